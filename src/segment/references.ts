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
import {findUrls, slugWords} from './rules/url-line.js'
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
  lines.forEach((line, index) => {
    const role = roles[index]
    if (!role) return
    const span = {start: line.start, end: line.end}
    if (role.kind === 'entry') {
      if (!role.opens && entry) {
        entry.reference.span.end = line.end
        entry.reference.text = source.slice(entry.reference.span.start, line.end)
        return
      }
      entry = {reference: {kind: role.entry, text: line.text, span}, kind: role.entry}
      references.push(entry.reference)
      return
    }
    if (role.kind === 'url') {
      const name = authorOfUrl(role.url)
      references.push(name ? {kind: 'author', text: line.text, name, url: role.url, span} : {kind: 'link', text: line.text, url: role.url, span})
    } else if (role.kind === 'related') {
      const {title, url} = role.related
      references.push({kind: 'related', text: line.text, ...(title ? {title} : {}), ...(url ? {url} : {}), span})
    }
  })
  for (const reference of references) {
    if (reference.kind !== 'citation' && reference.kind !== 'footnote') continue
    const url = findUrls(reference.text)[0]
    if (url) reference.url = url.url
  }
  return linkRelated(references)
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
