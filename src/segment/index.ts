/**
 * `segment`: lines → line roles (blank, furniture, reference lines, text) → paragraph
 * candidates (hard wraps undone, boilerplate marked) → continuations joined → link lists
 * and text ads marked → front matter (caption, credits, byline) → the main region's
 * body paragraphs → dateline → references (related titles linked to their URLs, inline
 * links). One rule a file in ./rules; see docs/results-segmentation.md.
 *
 * @module
 */
import {assertText} from '../internal/assert-text.js'
import type {StitchedText} from '../internal/offset-map.js'
import type {Dateline, Headline, Note, Paragraph, Segments, SegmentOptions, Span} from '../types.js'
import {isProse, toCandidates, type Candidate} from './candidates.js'
import {findFrontMatter} from './front-matter.js'
import {findHeadline} from './headline.js'
import {findNotes} from './notes.js'
import {joinContinuations} from './joining.js'
import {markLinkLists} from './link-lists.js'
import {type Line, splitLines} from './lines.js'
import {isColumnTitle, mainRegion, opensNumberedSection, type Region} from './main-region.js'
import {seenWords, stitchParagraph} from './paragraph.js'
import {collectReferences} from './references.js'
import {findColonDateline, findDateline, findDatelineLine, type DatelineMatch} from './rules/dateline.js'
import {endsSentence} from './text-shape.js'
import {isScoreLine} from './rules/box-score.js'
import {roleLines} from './line-roles.js'
import {withInlineLinks, withStrayLinks} from './links.js'
import {footnoteBlock, textWithoutMarkers, withoutMarkers, type FootnoteBlock} from './rules/pdf-footnotes.js'
import {HAS_LOWER, STARTS_UPPER} from '../internal/letter-patterns.js'
import {onFirstUse} from '../internal/on-first-use.js'

/**
 * Split raw article text into its parts: caption and credit, byline, dateline, clean
 * body paragraphs and references. Every span is an offset into `text`.
 *
 * The dateline opens the first body paragraph in the source; it is reported apart and
 * the paragraph starts after it, so that no span is counted twice.
 *
 * @param text - Raw article text: scraped page text, a PDF extraction, a pasted article.
 * @param options - Segmentation options (none yet).
 * @returns The article's parts.
 * @throws TypeError when `text` is not a string.
 *
 * @example
 * ```ts
 * import {segment} from 'nutgraf'
 *
 * const {body, dateline} = segment('MOSCOW (Reuters) - A paragraph\nwrapped here.\n\nSecond paragraph.')
 * body.map((paragraph) => paragraph.text)
 * // ['A paragraph wrapped here.', 'Second paragraph.']
 * dateline // {text: 'MOSCOW (Reuters) -', place: 'Moscow', span: {start: 0, end: 18}}
 * ```
 */
export function segment(text: string, options: SegmentOptions = {}): Segments {
  assertText(text, 'segment')
  void options
  return segmentText(text).segments
}

/**
 * What one segmentation computed, for `parseArticle` to reuse instead of computing it
 * again: the lines, the paragraph candidates, the main region and each body
 * paragraph's stitched text.
 *
 * @example
 * ```ts
 * const {segments, lines, bodyText} = segmentText('A paragraph.')
 * ```
 */
export interface Segmentation {
  segments: Segments
  lines: readonly Line[]
  candidates: readonly Candidate[]
  /** The main region the body was chosen from (undefined when there is no prose). */
  region: Region | undefined
  /** Each body paragraph's text with its map back to the input, in the order of `segments.body`. */
  bodyText: readonly StitchedText[]
}

/**
 * {@link segment} without the argument check, with its intermediate products.
 *
 * @example
 * ```ts
 * segmentText('MOSCOW (Reuters) - A paragraph.').segments.dateline?.place // 'Moscow'
 * ```
 */
export function segmentText(text: string): Segmentation {
  const lines = splitLines(text)
  const footnotes = footnoteBlock(lines.map((line) => line.text))
  const roles = roleLines(lines, footnotes)
  const candidates = markLinkLists(joinContinuations(toCandidates(text, footnotes ? markerFreeLines(lines, footnotes) : lines, roles)))
  const unclaimed = mainRegion(candidates, new Set())
  const front = findFrontMatter(text, candidates, unclaimed)
  // With front matter claimed, its candidates score differently: the region is found again then.
  const region = front.claimed.size === 0 ? unclaimed : mainRegion(candidates, front.claimed)
  const parts = articleParts(text, candidates, front.claimed, region, front.bylineHost, front.byline?.authors ?? [])
  const chosen = parts.body.map((index) => candidates[index] as Candidate)
  const seen = seenWords(text)
  const {lead, opening} = openingDateline(text, chosen)
  const above = opening || !chosen[0] ? undefined : (datelineAbove(text, candidates, chosen[0], parts.claimed) ?? reportingFrom(parts.notes, chosen[0].start))
  const built = chosen.map((candidate, index) => {
    const lastLine = candidate.lines.length - 1
    const spans: Span[] = candidate.lines.map((line, at) => ({
      start: line.start + (at === 0 ? (candidate.skip ?? 0) : 0),
      end: line.end - (at === lastLine ? (candidate.signOff ?? candidate.linkLabel ?? 0) : 0),
    }))
    if (index === lead && opening && spans[0]) spans[0] = {start: opening.skipTo, end: spans[0].end}
    const pieces = footnotes ? withoutMarkers(text, spans, footnotes.numbers) : spans
    const built = stitchParagraph(text, pieces.filter((span) => span.end > span.start), seen)
    return candidate.list ? {...built, paragraph: {...built.paragraph, list: true}} : built
  })
  const body: Paragraph[] = built.map((item) => item.paragraph)
  const kept = built.filter((item) => item.paragraph.spans.length > 0)
  const segments: Segments = {
    ...(parts.headline ? {headline: parts.headline} : {}),
    ...(front.caption ? {caption: front.caption} : {}),
    captions: front.captions,
    ...(front.byline ? {byline: front.byline} : {}),
    ...(opening ? {dateline: opening.dateline} : above ? {dateline: above} : {}),
    body: kept.map((item) => item.paragraph),
    notes: above ? parts.notes.filter((note) => note.span.start !== above.span.start) : parts.notes,
    references: withInlineLinks(text, collectReferences(text, lines, roles), body),
  }
  segments.references = withStrayLinks(lines, roles, segments)
  return {segments, lines, candidates, region, bodyText: kept.map((item) => item.stitched)}
}

/** Where the writer reports from, under the byline (The New York Times: "Reporting from Haddam Falls, Vt."). */
const REPORTING_FROM = onFirstUse(() => RegExp(String.raw`^Reporting from (\p{Lu}[^\n]{1,60})$`, 'u'))

/** A "Reporting from …" note above the body (`bodyStart`) as the dateline: it names the place the story is filed from. */
function reportingFrom(notes: readonly Note[], bodyStart: number): Dateline | undefined {
  for (const note of notes) {
    const place = note.span.start < bodyStart ? REPORTING_FROM().exec(note.text)?.[1] : undefined
    if (place) return {text: note.text, place, span: note.span}
  }
  return undefined
}

/**
 * The lines above a footnote block with their markers left out of the text (their spans
 * unchanged: the markers are cut from the body's pieces later), so that "governments.3"
 * reads as the end of a sentence.
 */
function markerFreeLines(lines: readonly Line[], footnotes: FootnoteBlock): Line[] {
  return lines.map((line) => {
    if (line.index >= footnotes.rule) return line
    const text = textWithoutMarkers(line.text, footnotes.numbers)
    return text === line.text ? line : {...line, text}
  })
}

/** The body's candidates (indices), the headline and dek above them and the notes around them. */
function articleParts(
  source: string,
  candidates: readonly Candidate[],
  frontClaimed: ReadonlySet<number>,
  region: Region | undefined,
  bylineHost: number | undefined,
  authors: readonly string[],
): {body: number[]; headline?: Headline; notes: Note[]; claimed: Set<number>} {
  const claimed = new Set(frontClaimed)
  // The block a byline stands in is no body; the headline may stand in it, above the byline.
  let body = chooseBody(candidates, bylineHost === undefined ? claimed : new Set([...claimed, bylineHost]), region)
  const found = findHeadline(source, candidates, body, claimed)
  if (bylineHost !== undefined) claimed.add(bylineHost)
  let headline: Headline | undefined
  if (found) {
    const part = (index: number): {text: string; span: Span} => {
      const candidate = candidates[index] as Candidate
      return {text: source.slice(candidate.start, candidate.end), span: {start: candidate.start, end: candidate.end}}
    }
    const own = found.span ? {text: source.slice(found.span.start, found.span.end), span: found.span} : part(found.headline)
    const dek = found.dekSpan ? {text: source.slice(found.dekSpan.start, found.dekSpan.end), span: found.dekSpan} : found.dek === undefined ? undefined : part(found.dek)
    headline = dek ? {...own, dek} : own
    claimed.add(found.headline)
    if (found.dek !== undefined) claimed.add(found.dek)
  }
  const first = found?.headline ?? body[0] ?? 0
  const last = body.at(-1) ?? first
  const notes = body.length === 0 ? [] : findNotes(candidates, first, last, claimed, authors)
  for (const note of notes) {
    for (let index = note.index; index <= note.last; index++) claimed.add(index)
  }
  body = withoutPullQuotes(candidates, body.filter((index) => !claimed.has(index)))
  const noted = notes.map((note) => ({kind: note.kind, span: note.span}))
  // A wire sign-off after a body paragraph's last sentence (" - Sapa") is a contributors note.
  for (const index of body) {
    const {signOff, end} = candidates[index] as Candidate
    if (signOff) noted.push({kind: 'contributors', span: {start: end - signOff + 1, end}})
  }
  noted.sort((a, b) => a.span.start - b.span.start)
  return {
    body,
    ...(headline ? {headline} : {}),
    notes: noted.map((note) => ({kind: note.kind, text: source.slice(note.span.start, note.span.end), span: note.span})),
    claimed,
  }
}

/** A paragraph that is only a quotation ("We have patched this bridge …"), of 30 characters or more: maybe a pull quote. */
const LONE_QUOTE = /^["“]([^"“”]{30,600}?)[.,!?]?["”]$/u
/** Most lone quotations looked for in the rest of the body (each look reads the whole body). */
const maximumPullQuotes = 20

/**
 * The body without its pull quotes: a paragraph that is only a quotation that another body paragraph holds word for
 * word ('"We have patched this bridge for twenty years. It is time to replace it."' under '"We have patched … replace
 * it," Blaine told the council.'). Its words stay in the body, once.
 */
function withoutPullQuotes(candidates: readonly Candidate[], body: readonly number[]): number[] {
  const texts = body.map((index) => (candidates[index] as Candidate).text.replace(/\s+/gu, ' '))
  // Each paragraph's quotation when it is only one (read once: the looks below compare every other paragraph).
  const lone = texts.map((text) => LONE_QUOTE.exec(text)?.[1])
  let looks = 0
  return body.filter((_, at) => {
    const quoted = lone[at]
    if (!quoted || looks++ >= maximumPullQuotes) return true
    return !texts.some((text, other) => other !== at && lone[other] === undefined && text.includes(quoted))
  })
}

/** Body candidates (indices): prose in the main region and short finished lines among it, a match result right above it; everything when there is no prose. */
function chooseBody(candidates: readonly Candidate[], claimed: ReadonlySet<number>, region: Region | undefined): number[] {
  const chosen: number[] = []
  // A post embedded in the story stands between its paragraphs, maybe past the region's last one (an island below it).
  const end = region ? (region.islands ?? []).reduce((most, island) => Math.max(most, island), region.last) : -1
  candidates.forEach((candidate, index) => {
    if (claimed.has(index) || candidate.boilerplate) return
    const embedded = region !== undefined && index > region.first && index < end && EMBED_SIGNATURE().test(candidate.lines.at(-1)?.text ?? '')
    if (!region || embedded || (index >= region.first && index <= region.last && (isBodyCandidate(candidates, index, claimed) || index >= (region.scores ?? Infinity))) || region.islands?.includes(index)) chosen.push(index)
  })
  // The result over a match report ("Doncaster Rovers 1 Carlisle United 0"), right above its first paragraph, is the report's.
  const at = region && chosen[0] === region.first ? region.first - 1 : -1
  const above = candidates[at]
  if (above && !claimed.has(at) && !above.boilerplate && isScoreLine(above.text) && HAS_LOWER.test(above.text)) chosen.unshift(at)
  return chosen
}

/** The signature under a post embedded in a story: "— Ryan Reynolds (@VancityReynolds) April 21, 2026". */
const EMBED_SIGNATURE = onFirstUse(() => RegExp(String.raw`^[—–-] ?\p{Lu}[^()\n]{0,60} \(@\w{1,30}\)(?: \p{Lu}\p{Ll}{2,8}\.? \d{1,2}, \d{4})?$`, 'u'))

/** Inside the main region: prose, a short finished line, a subheading between prose, a list item or table row. */
function isBodyCandidate(candidates: readonly Candidate[], index: number, claimed: ReadonlySet<number>): boolean {
  const candidate = candidates[index] as Candidate
  if (isProse(candidate) || (candidate.words >= 2 && endsSentence(candidate.text, true)) || isSubheading(candidates, index, claimed) || opensNumberedSection(candidates, index)) return true
  // A list beside prose (past its other items); a table between two paragraphs of prose (layout tables are not).
  if (candidate.list) return proseBeside(candidates, index, 'list', -1) || proseBeside(candidates, index, 'list', 1)
  if (candidate.row) return proseBeside(candidates, index, 'row', -1) && proseBeside(candidates, index, 'row', 1)
  return false
}

/** Whether prose stands next to the run of items or rows that holds candidate `index`, on one side. */
function proseBeside(candidates: readonly Candidate[], index: number, kind: 'list' | 'row', step: 1 | -1): boolean {
  let at = index + step
  while (candidates[at]?.[kind]) at += step
  // The line that introduces a list ("Key features:") stands between it and the prose above.
  if (step < 0 && kind === 'list' && candidates[at]?.text.endsWith(':')) at--
  // So may one short line: its heading above it ("Key points"), or the title of what follows it ("Network Rail says lines will reopen").
  const between = candidates[at]
  if (kind === 'list' && between && !isProse(between) && !between.boilerplate && between.words <= 8) at += step
  const next = candidates[at]
  return next !== undefined && isProse(next)
}

/** A short heading between two paragraphs of prose ("The manifesto") is part of the article. */
function isSubheading(candidates: readonly Candidate[], index: number, claimed: ReadonlySet<number>): boolean {
  const heading = (at: number): boolean => {
    const candidate = candidates[at]
    return candidate !== undefined && !candidate.boilerplate && !claimed.has(at) && candidate.words <= 8 && STARTS_UPPER.test(candidate.text)
  }
  // Up to two headings in a row ("The 'threats' to Di" / "The official account").
  const proseAt = (at: number): boolean => candidates[at] !== undefined && !claimed.has(at) && isProse(candidates[at] as Candidate)
  // (A title wrapped on short lines beside wide prose is another column's, read between the paragraphs: PDF text.)
  if (!heading(index) || isColumnTitle(candidates, index)) return false
  // The second of two: a title of 2+ words, not a label ("Font:") or a menu item ("Money").
  const titled = (at: number): boolean => heading(at) && (candidates[at] as Candidate).words >= 2 && !(candidates[at] as Candidate).text.endsWith(':')
  // After a list ("- Rail services cancelled" / "Network Rail says lines will reopen" / prose), too.
  // (A date line may stand between the prose above and the heading: "Published: 16 December 2007" / "Dodi and Di's relationship".)
  // (So may a live page's time of an entry: "09:50 BST" / "More than 300 firefighters at the scene".)
  const proseAbove = (at: number): boolean => proseAt(candidates[at - 1]?.boilerplate === 'meta' || TIME_LINE().test(candidates[at - 1]?.text ?? '') ? at - 2 : at - 1)
  const before = proseAbove(index) || (candidates[index - 1]?.list === true && proseAt(index + 1)) || (titled(index) && titled(index - 1) && proseAbove(index - 1))
  const after = proseAt(index + 1) || (titled(index) && titled(index + 1) && proseAt(index + 2))
  return before && after && (proseAbove(index) || proseAt(index + 1))
}

/** A time alone on its line: "09:50 BST", "10:42 a.m. ET", "8.15pm". */
const TIME_LINE = onFirstUse(() => /^\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,4})?$/iu)

/** A dateline on its own line right above the first body paragraph ("SEATTLE Jan 14, 2008 (AP)"). */
function datelineAbove(source: string, candidates: readonly Candidate[], first: Candidate, claimed: ReadonlySet<number>): Dateline | undefined {
  let index = candidates.indexOf(first) - 1
  while (index >= 0 && (candidates[index] as Candidate).boilerplate === 'share') index--
  const candidate = candidates[index]
  if (!candidate || claimed.has(index) || candidate.lines.length !== 1) return undefined
  const place = findDatelineLine(candidate.text)
  return place ? {text: source.slice(candidate.start, candidate.end), place, span: {start: candidate.start, end: candidate.end}} : undefined
}

/** Most words above the paragraph a dateline opens: a standfirst or a release's highlights, not a story. */
const wordsAboveDateline = 60

/**
 * The body paragraph the dateline opens (`lead`), and the dateline: the first paragraph that is no list item,
 * or the second or third when the short ones above it have none (a standfirst: "Shah said the money …" / "New
 * Delhi, Dec 1 (PTI) The Centre …"; a release's highlights: "Revenue of $412.6 million …" / "PITTSBURGH, Nov. 30,
 * 2026 (GLOBE NEWSWIRE) -- …"). A press release's highlights may also be a list.
 */
function openingDateline(source: string, chosen: readonly Candidate[]): {lead: number; opening?: {dateline: Dateline; skipTo: number}} {
  const first = Math.max(0, chosen.findIndex((candidate) => !candidate.list))
  let above = 0
  // "NEW DELHI: …" is a dateline when one paragraph opens with capitals and a colon; a transcript's turns open many.
  const colon = chosen.filter((candidate) => CAPITALS_COLON().test(candidate.text)).length === 1
  for (let index = first; index < Math.min(chosen.length, first + 3); index++) {
    const candidate = chosen[index] as Candidate
    const opening = datelineOf(source, candidate, findDateline) ?? (colon ? datelineOf(source, candidate, findColonDateline) : undefined)
    if (opening) return {lead: index, opening}
    above += candidate.words
    if (above > wordsAboveDateline) break
  }
  return {lead: first}
}

const CAPITALS_COLON = onFirstUse(() => RegExp(String.raw`^\p{Lu}[\p{Lu}'’. -]{1,40}:\s`, 'u'))

/** The dateline at the start of the first body paragraph, and where the paragraph then starts. */
function datelineOf(source: string, candidate: Candidate, find: (text: string) => DatelineMatch | undefined): {dateline: Dateline; skipTo: number} | undefined {
  const first = candidate.lines[0]
  const match = first ? find(candidate.text) : undefined
  if (!first || !match || match.length > first.text.length) return undefined
  const span = {start: first.start, end: first.start + match.length}
  let skipTo = span.end
  while (skipTo < first.end && /\s/u.test(source.charAt(skipTo))) skipTo++
  const dateline: Dateline = {text: source.slice(span.start, span.end), ...(match.place ? {place: match.place} : {}), ...(match.date ? {date: match.date} : {}), span}
  return {dateline, skipTo}
}
