/**
 * Front matter: the caption of the lead photo (with its credit), other captions and
 * stand-alone credits, and the byline, found among the paragraph candidates.
 *
 * @internal
 */
import type {Byline, Caption, Span} from '../types.js'
import type {Candidate} from './candidates.js'
import {isProse} from './candidates.js'
import {pieces, type Line} from './lines.js'
import {stitch} from '../internal/offset-map.js'
import {authorsUnderHeading, isAffiliationLine, isAuthorsHeading, nameOverRole, nameOverStamp, parseByline, SOCIAL_HANDLE} from './rules/byline.js'
import {bracketWidth, captionLabel, describesPhoto, hasPhotoMarker, mediaLabel, reportsSpeech} from './rules/caption-label.js'
import {findCredit, findGluedCredit, isCreditLine} from './rules/credit.js'
import {findDateline} from './rules/dateline.js'
import {isAddressLine} from './rules/note-kind.js'
import {isStampLine} from './rules/stamp.js'
import {endsSentence} from './text-shape.js'

/** A photo's credit in brackets at the end of a block: "(UPI Photo/Monika Graff)." */
const PHOTO_CREDIT = /\([^()]{0,40}\bphoto(?:graph)?\b[^()]{0,60}\)\.?$/iu

/** Longest caption, in words. */
const captionWords = 60

/**
 * What front matter claims: indices of candidates that are not body, and the parts found.
 *
 * @example
 * ```ts
 * findFrontMatter(source, candidates).byline?.authors // ['Jane Doe']
 * ```
 */
export interface FrontMatter {
  claimed: Set<number>
  caption?: Caption
  /** Every caption found, in input order (`caption` is the first). */
  captions: Caption[]
  byline?: Byline
  /** The block a byline stands in below its first line ("Storm cleanup begins" / "By Marcus Webb"): no body, but open to the headline. */
  bylineHost?: number
}

/**
 * Find the caption, credits and byline among `candidates`.
 *
 * @example
 * ```ts
 * findFrontMatter(source, candidates).caption?.credit?.text // 'Russian Defense Ministry'
 * ```
 */
export function findFrontMatter(source: string, candidates: readonly Candidate[], region?: {first: number; last: number}): FrontMatter {
  const claimed = new Set<number>()
  const firstProse = candidates.findIndex((candidate) => isProse(candidate))
  const lead = firstProse < 0 ? candidates.length : firstProse
  const result: FrontMatter = {claimed, captions: []}
  const byline = findByline(source, candidates, bylineWindow(candidates, lead, region))
  if (byline) {
    // A byline under the headline in one block ("Storm cleanup begins" / "By Marcus Webb") leaves the block to the headline.
    if (byline.whole) claimed.add(byline.index)
    else result.bylineHost = byline.index
    // (A byline over several blocks, "Authors" and its writers, claims them all.)
    for (let index = byline.index + 1; candidates[index] !== undefined && (candidates[index] as Candidate).end <= byline.byline.span.end; index++) claimed.add(index)
    result.byline = byline.byline
  }
  // Captions are looked for in the article and just after it (a credit line and its caption), not in
  // the page footer, unless a photo's credit in brackets ends them ("… caucuses. (UPI Photo/Jane Roe)"); bylines near its top.
  const last = region ? region.last + 2 : candidates.length - 1
  candidates.forEach((candidate, index) => {
    if ((index > last && !PHOTO_CREDIT.test(candidate.text)) || claimed.has(index) || index === byline?.index || candidate.words > captionWords) return
    const caption = captionAt(source, candidates, index, index < lead || index === 0, claimed)
    if (caption) result.captions.push(caption)
  })
  // A gallery's other captions: short, quoting no one, and sharing a sentence of six words or more with a caption found
  // ("… in London. Joleon Lescott's stoppage time own goal gave 10-man Chelsea a dramatic 2-1 win.").
  const shared = new Set(result.captions.flatMap((caption) => sentencesOf(caption.text)))
  candidates.forEach((candidate, index) => {
    if (shared.size === 0 || index > last || claimed.has(index) || candidate.words > captionWords || reportsSpeech(candidate.text) || !sentencesOf(candidate.text).some((sentence) => shared.has(sentence))) return
    claimed.add(index)
    result.captions.push(makeCaption(source, {start: candidate.start, end: candidate.end}, undefined, candidate.lines))
  })
  result.captions.sort((a, b) => a.span.start - b.span.start)
  if (result.captions[0]) result.caption = result.captions[0]
  return result
}

/** A text's sentences of six words or more, lower-cased. */
function sentencesOf(text: string): string[] {
  return text.toLowerCase().split(/(?<=[.!?])\s+/u).filter((sentence) => sentence.split(' ').length > 5)
}

/** Bylines stand before the article's third paragraph (or before the first prose of all). */
function bylineWindow(candidates: readonly Candidate[], lead: number, region?: {first: number; last: number}): number {
  if (!region) return lead + 1
  let prose = 0
  for (let index = region.first; index <= region.last; index++) {
    if (isProse(candidates[index] as Candidate) && ++prose === 3) return index
  }
  return region.last + 1
}

function findByline(source: string, candidates: readonly Candidate[], window: number): {index: number; whole: boolean; byline: Byline} | undefined {
  for (let index = 0; index < Math.min(window, candidates.length); index++) {
    const candidate = candidates[index] as Candidate
    if (isProse(candidate)) continue
    const found = authorsList(candidates, index) ?? bylineIn(candidate) ?? nameOverRoleBlocks(candidate, candidates[index + 1])
    if (!found) continue
    // The writer's outlet or job on the next line, a block of its own in hard-wrapped text ("By Aaron Whitfield" / "Staff Writer").
    const under = found.end === candidate.end && candidate.lines.length === 1 ? candidates[index + 1] : undefined
    const {start} = found
    const end = under && under.lines.length === 1 && isAffiliationLine(under.text) ? under.end : found.end
    return {index, whole: found.whole, byline: {text: source.slice(start, end), authors: found.authors, span: {start, end}}}
  }
  return undefined
}

/** Candidates an "Authors" list may run over: its heading, then up to four writers' names and jobs, a blank line between each. */
const authorsListCandidates = 9

/** The writers under an "Authors" heading that opens the candidate at `index`, over it and the next few candidates. */
function authorsList(candidates: readonly Candidate[], index: number): {start: number; end: number; authors: string[]; whole: boolean} | undefined {
  const first = candidates[index] as Candidate
  if (!isAuthorsHeading(first.lines[0]?.text ?? '')) return undefined
  const lines: Line[] = []
  for (let at = index; at < Math.min(candidates.length, index + authorsListCandidates) && !isProse(candidates[at] as Candidate); at++) lines.push(...(candidates[at] as Candidate).lines)
  const found = authorsUnderHeading(lines.map((line) => line.text))
  return found ? {start: first.start, end: (lines[found.count - 1] as Line).end, authors: found.authors, whole: true} : undefined
}

/** A writer's name over their job or the date, as blocks of one line each ("Tom Edgington" / "Transport correspondent"). */
function nameOverRoleBlocks(candidate: Candidate, next: Candidate | undefined): {start: number; end: number; authors: string[]; whole: boolean} | undefined {
  if (!next || candidate.lines.length !== 1 || next.lines.length !== 1) return undefined
  const match = nameOverRole(candidate.text, next.text)
  if (match) return {start: candidate.start, end: next.end, authors: match.authors, whole: true}
  // The name over the date ("Claudia Ruiz" / "Nov 30, 2026"): the byline is the name; the date stays the page's stamp.
  const dated = nameOverStamp(candidate.text, next.text)
  return dated ? {start: candidate.start, end: candidate.end, authors: dated.authors, whole: true} : undefined
}

/** Lines of a block looked at for a byline: a headline, a dek and navigation may stand above it. */
const bylineLines = 4

/**
 * The byline in a block that is not prose: the whole block ("By Jane Doe, Friday"), or one of its
 * first lines ("Storm cleanup begins" / "By Marcus Webb" / "Oct. 10, 2024"), with the outlet or job
 * ("Boston Globe Staff") or the writer's address on the line under it. `whole`: the block is the byline's.
 */
function bylineIn(candidate: Candidate): {start: number; end: number; authors: string[]; whole: boolean} | undefined {
  const {lines} = candidate
  for (let at = 0; at < Math.min(bylineLines, lines.length); at++) {
    const line = lines[at] as Line
    const under = lines[at + 1]
    const match = parseByline(line.text) ?? (under ? (nameOverRole(line.text, under.text) ?? nameOverStamp(line.text, under.text)) : undefined)
    if (!match) continue
    const affiliation = under !== undefined && (isAffiliationLine(under.text) || isAddressLine(under.text) || SOCIAL_HANDLE.test(under.text))
    const end = affiliation ? under.end : line.start + match.end
    return {start: line.start, end, authors: match.authors, whole: at === 0}
  }
  // A byline wrapped over two lines ("By Jane Doe and" / "John Roe").
  const match = lines.length === 2 ? parseByline(candidate.text) : undefined
  return match ? {start: candidate.start, end: candidate.end, authors: match.authors, whole: true} : undefined
}

/** A caption at `index`: a candidate with a credit, or one beside a stand-alone credit line. */
function captionAt(
  source: string,
  candidates: readonly Candidate[],
  index: number,
  inLead: boolean,
  claimed: Set<number>,
): Caption | undefined {
  const candidate = candidates[index] as Candidate
  // A bracketed placeholder is read inside its brackets: "[Photo: … (Credit)]".
  const bracket = bracketWidth(candidate.text)
  const start = candidate.start + bracket
  const end = candidate.end - bracket
  const raw = source.slice(start, end)
  // One that describes (words in lower case) is a caption; "[Photo: Reuters]" is a credit.
  const placeholder = bracket > 0 && (mediaLabel(raw) > 0 || captionLabel(raw) > 0) && candidate.lower >= 0.25
  const found = findCredit(raw)
  const alone = candidate.words <= 10 && !placeholder ? found : undefined
  if (alone && alone.captionEnd === 0) {
    claimed.add(index)
    const partner = partnerOf(candidates, index, claimed)
    const creditSpan = {start: start + alone.start, end: start + alone.end}
    // A credit with no caption beside it (the photo had none) is kept as a caption of no text, not dropped.
    if (partner === undefined) return makeCaption(source, {start: creditSpan.start, end: creditSpan.start}, creditSpan)
    claimed.add(partner)
    const other = candidates[partner] as Candidate
    return makeCaption(source, {start: other.start, end: other.end}, creditSpan, other.lines)
  }
  // A credit glued without a mark is guessed only where a caption may stand: never in boilerplate (a cookie panel's "Accept").
  const glued = (index === 0 || (inLead && !isProse(candidate))) && candidates.length > index + 1 && !candidate.boilerplate
  const credit = found ?? (glued ? findGluedCredit(raw) : undefined)
  if (credit && credit.captionEnd > 0) {
    claimed.add(index)
    return makeCaption(source, {start, end: start + credit.captionEnd}, {start: start + credit.start, end: start + credit.end}, candidate.lines)
  }
  // (A caption across a PDF page break is read without the page's furniture between its lines.)
  if (placeholder || captionLabel(raw) > 0 || (hasPhotoMarker(raw) && candidate.words <= 20) || describesPhoto(bracket > 0 ? raw : candidate.text)) {
    claimed.add(index)
    return makeCaption(source, {start, end}, undefined, candidate.lines)
  }
  return undefined
}

/** The caption beside a stand-alone credit: the short candidate before it, else the one after. */
function partnerOf(candidates: readonly Candidate[], index: number, claimed: ReadonlySet<number>): number | undefined {
  for (const other of [index - 1, index + 1]) {
    const candidate = candidates[other]
    if (candidate && !claimed.has(other) && captionLabel(candidate.text) > 0) return other
  }
  for (const other of [index - 1, index + 1]) {
    const candidate = candidates[other]
    if (!candidate || claimed.has(other) || candidate.boilerplate) continue
    if (candidate.words > captionWords || candidate.words < 3 || isCreditLine(candidate.text) || isStampLine(candidate.text)) continue
    if (other < index && isProse(candidate) && candidate.words > 35) continue
    if (readsAsBody(candidates, other, other < index ? -1 : 1) && !(other < index && inColumn(candidates, other))) continue
    return other
  }
  return undefined
}

/**
 * Whether the short candidate at `index`, right above a stand-alone credit, was set in a column of PDF text with no blank
 * line around it and the column's prose going on under the credit (the paragraph above, it, the credit, a paragraph): a caption the reflow split off the paragraph above ("… homes we
 * own.\"" / "Residents at Bayview Estates" / "listen during Monday's hearing." / "TERESA OKAFOR/LEDGER").
 */
function inColumn(candidates: readonly Candidate[], index: number): boolean {
  const [above, candidate, credit, below] = [candidates[index - 1], candidates[index] as Candidate, candidates[index + 1], candidates[index + 2]]
  const touches = (upper: Candidate | undefined, lower: Candidate | undefined): boolean => upper !== undefined && lower !== undefined && (lower.lines[0]?.index ?? 0) - (upper.lines.at(-1)?.index ?? 0) === 1
  return candidate.words <= 20 && touches(above, candidate) && touches(candidate, credit) && touches(credit, below) && isProse(below as Candidate)
}

/**
 * Whether the candidate at `index`, beside a stand-alone credit, reads as a paragraph of the body
 * rather than as its caption: prose that reports speech or quotes or opens with a dateline, or prose in a run of prose (the
 * candidate on its other side, `away` from the credit, is prose too), or prose with prose across the credit (under the credit,
 * a caption; above it, one no shorter than the paragraph under the credit).
 */
function readsAsBody(candidates: readonly Candidate[], index: number, away: 1 | -1): boolean {
  const candidate = candidates[index] as Candidate
  const beyond = candidates[index + away]
  // A short finished sentence in a run of prose ("It passed.") is the body's too.
  if (!isProse(candidate)) return endsSentence(candidate.text) && beyond !== undefined && !beyond.boilerplate && isProse(beyond)
  // Across the credit, prose: a caption above the credit is shorter than the paragraph under it; none is under it.
  const across = candidates[index - 2 * away]
  const between = across !== undefined && !across.boilerplate && isProse(across) && (away > 0 || candidate.words >= across.words)
  return reportsSpeech(candidate.text) || findDateline(candidate.text) !== undefined || (beyond !== undefined && !beyond.boilerplate && isProse(beyond)) || between
}

/** A caption from its source span (a caption label skipped), on its candidate's `lines` when given (what stands between them is left out), and its credit's span. */
function makeCaption(source: string, labelled: Span, credit?: Span, lines: readonly Span[] = [labelled]): Caption {
  const raw = source.slice(labelled.start, labelled.end)
  const span = {start: labelled.start + (captionLabel(raw) || mediaLabel(raw)), end: labelled.end}
  const within = lines.map((line) => ({start: Math.max(line.start, span.start), end: Math.min(line.end, span.end)})).filter((piece) => piece.end > piece.start)
  const text = stitch(source, [within.flatMap((piece) => pieces(source, piece))], {dehyphenate: true}).text
  return credit ? {text, span, credit: {text: source.slice(credit.start, credit.end), span: credit}} : {text, span}
}
