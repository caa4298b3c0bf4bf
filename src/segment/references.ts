/**
 * References: bare URLs (author pages named from their slug), related-article lines
 * linked to the URL whose slug matches their title, and reference-list and footnote
 * entries. Each keeps its exact source text and span.
 *
 * @internal
 */
import type {Reference} from '../types.js'
import type {Line} from './lines.js'
import type {LineRole} from './line-roles.js'
import {authorOfUrl} from './rules/author-page.js'
import {findUrls, slugWords, urlOfLine} from './rules/url-line.js'
import {onFirstUse} from '../internal/on-first-use.js'

/**
 * Build the references of the lines whose role is a reference.
 *
 * @example
 * ```ts
 * const source = 'Related article: Drills Begin\n\nhttps://x.com/2022/02/10/drills-begin'
 * const lines = splitLines(source)
 * collectReferences(source, lines, roleLines(lines))
 * // [{kind: 'related', title: 'Drills Begin', url: 'https://x.com/2022/02/10/drills-begin', …}]
 * ```
 */
export function collectReferences(source: string, lines: readonly Line[], roles: readonly LineRole[]): Reference[] {
  const references: Reference[] = []
  let entry: {reference: Reference; kind: 'citation' | 'footnote'} | undefined
  let afterEntry = false
  lines.forEach((line, index) => {
    const role = roles[index]
    if (!role) return
    const previousEntry = afterEntry
    if (role.kind !== 'blank') afterEntry = role.kind === 'entry'
    const span = {start: line.start, end: line.end}
    if (role.kind === 'entry') {
      // A bare URL under a "Label:" line (a blank between them) belongs to that label's entry.
      const labelled = entry !== undefined && previousEntry && urlOfLine(line.text) !== undefined && entry.reference.text.endsWith(':') && findUrls(entry.reference.text).length === 0
      if ((!role.opens || labelled) && entry) {
        entry.reference.span.end = line.end
        entry.reference.text = source.slice(entry.reference.span.start, line.end)
        return
      }
      entry = {reference: {kind: role.entry, text: line.text, span}, kind: role.entry}
      references.push(entry.reference)
      return
    }
    if (role.kind === 'heading') {
      references.push({kind: 'heading', text: line.text, title: line.text.endsWith(':') ? line.text.slice(0, -1).trimEnd() : line.text, span})
      return
    }
    if (role.kind === 'url') {
      const name = authorOfUrl(role.url)
      references.push(name ? {kind: 'author', text: line.text, name, url: role.url, span} : {kind: 'link', text: line.text, url: role.url, span})
    } else if (role.kind === 'related' && role.summary) {
      // A teaser card's summary: the end of its title's reference.
      const card = references.at(-1)
      if (card?.kind !== 'related') return
      card.span.end = line.end
      card.text = source.slice(card.span.start, line.end)
    } else if (role.kind === 'related') {
      const {title, url} = role.related
      references.push({kind: 'related', text: line.text, ...(title ? {title} : {}), ...(url ? {url} : {}), span})
    }
  })
  for (const reference of references) {
    if (reference.kind !== 'citation' && reference.kind !== 'footnote') continue
    const url = findUrls(reference.text)[0]
    if (!url) continue
    reference.url = url.url
    const label = siteLabel(reference.text, url)
    if (label) reference.title = label
  }
  return linkRelated(withoutEmptyHeadings(references))
}

/**
 * The label naming the site of an entry that is only "Label: <url>" ("Federal Reserve:
 * http://www.federalreserve.gov", the label and URL maybe on two lines), or undefined.
 */
function siteLabel(text: string, url: {url: string; index: number}): string | undefined {
  if (!/^[\s.)\]>]*$/u.test(text.slice(url.index + url.url.length))) return undefined
  const label = text.slice(0, url.index).trimEnd()
  if (!label.endsWith(':')) return undefined
  const name = label.slice(0, -1).trim()
  return name.length > 0 && !/https?:|www\./iu.test(name) ? name : undefined
}

/** A reference-list heading stays only with the entries under it. */
function withoutEmptyHeadings(references: Reference[]): Reference[] {
  return references.filter((reference, index) => {
    if (reference.kind !== 'heading') return true
    const next = references[index + 1]?.kind
    return next === 'citation' || next === 'footnote'
  })
}

/** Give each related title without a URL the link whose slug matches it; that link is then consumed. */
function linkRelated(references: Reference[]): Reference[] {
  const consumed = new Set<Reference>()
  const position = new Map(references.map((reference, index) => [reference, index]))
  references.forEach((related, at) => {
    if (related.kind !== 'related' || related.url !== undefined || !related.title) return
    const title = titleWords(related.title)
    // A link line, or a "Read more: <url>" line without a title of its own right after it, whose slug matches the title.
    const isLink = (candidate: Reference): boolean =>
      candidate.kind === 'link' || (candidate.kind === 'related' && !candidate.title && (position.get(candidate) ?? 0) > at && (position.get(candidate) ?? 0) - at <= 2)
    const link = references.find((candidate) => isLink(candidate) && !consumed.has(candidate) && slugMatches(title, candidate.url ?? ''))
    if (!link || link.url === undefined) return
    related.url = link.url
    consumed.add(link)
  })
  return references.filter((reference) => !consumed.has(reference))
}

const NON_WORD_RUN = onFirstUse(() => RegExp(String.raw`[^\p{L}\p{N}]+`, 'u'))

function titleWords(title: string): string[] {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/['’]/gu, '')
    .split(NON_WORD_RUN())
    .filter((word) => word.length > 0)
}

/**
 * Most of the title's words, in order, make up the slug (a slug may drop or shorten a few).
 *
 * @example
 * ```ts
 * slugMatches(['drills', 'begin'], 'https://x.com/2022/02/10/drills-begin') // true
 * ```
 */
export function slugMatches(title: readonly string[], url: string): boolean {
  const slug = slugWords(url)
  if (slug.length < 2 || title.length === 0) return false
  const set = new Set(slug)
  const shared = title.filter((word) => set.has(word)).length
  return shared >= 2 && shared / Math.min(title.length, slug.length) >= 0.8
}
