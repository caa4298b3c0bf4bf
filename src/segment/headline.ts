/**
 * The headline and its dek: the best-scored headline-like line above the first body
 * paragraph, past bylines, captions, dates, share buttons and agency lines between them;
 * the dek is the line right under the headline when it reads as one.
 *
 * @internal
 */
import type {Candidate} from './candidates.js'
import {isProse} from './candidates.js'
import {parseByline} from './rules/byline.js'
import {isDekText, isMetaLine} from './rules/headline.js'
import {findDateline} from './rules/dateline.js'
import {countWords, endsSentence, isTitleCase} from './text-shape.js'
import {bestOption, bodyStemsOf, canHeadline, candidateOptions, normalized, opensWithSectionLabel, overlap, type HeadlineOption} from './headline-choice.js'

/** Most candidates between the headline and the first body paragraph (a PDF's menu column may stand between them). */
const maximumGap = 60
/** Most options scored, the nearest first (each is looked for again in the whole page). */
const maximumOptions = 200

/**
 * Indices of the headline and dek among the candidates.
 *
 * @example
 * ```ts
 * const found: HeadlineIndices = {headline: 2, dek: 3}
 * ```
 */
export interface HeadlineIndices {
  headline: number
  dek?: number
  /** The headline's own lines when the candidate also holds date, byline or navigation lines (hard-wrapped text). */
  span?: {start: number; end: number}
  /** The dek's lines when it stands in the headline's candidate, on the lines right under it. */
  dekSpan?: {start: number; end: number}
}

/**
 * Find the headline above the first body paragraph (`body`: indices of the body
 * candidates) and the dek under it. Claimed candidates (bylines, captions) and
 * boilerplate are stepped over, but for link lists: a run of short title lines (other
 * stories' titles, section names) often takes the headline in; every headline-like line (or run of wrapped lines) up to
 * the first prose paragraph above is an option, and the best scored wins (see
 * ./headline-choice.ts). A dek that ends with a full stop may have been taken for the
 * first body paragraph: it is the dek when a byline stands between it and the next body
 * paragraph.
 *
 * @example
 * ```ts
 * findHeadline(source, candidates, [4, 5, 6], new Set([3])) // {headline: 1, dek: 2}
 * ```
 */
export function findHeadline(source: string, candidates: readonly Candidate[], body: readonly number[], claimed: ReadonlySet<number>): HeadlineIndices | undefined {
  const first = body[0]
  if (first === undefined) return undefined
  const options: HeadlineOption[] = []
  let distance = 0
  for (let index = first - 1; index >= Math.max(0, first - maximumGap) && options.length < maximumOptions; index--) {
    const candidate = candidates[index] as Candidate
    // A navigation candidate may hold the headline: after a section label on its line, or on a line of its own (a breadcrumb glued above it).
    const labelled = candidate.boilerplate === 'navigation' && (opensWithSectionLabel(candidate.text) || candidate.lines.length > 1)
    if (claimed.has(index) || (candidate.boilerplate && candidate.boilerplate !== 'inserted' && candidate.boilerplate !== 'links' && !labelled)) continue
    if (isProse(candidate) && !isDekText(candidate.text)) break
    const own = candidateOptions(candidate, index, distance)
    options.push(...(own.length > 0 ? own : overByline(candidates, index, distance, claimed)))
    distance++
  }
  const bodyTexts = body.map((index) => (candidates[index] as Candidate).text)
  const best = titleOverDek(options, bestOption(options, source, bodyTexts), claimed, bodyTexts)
  // With nothing above it, the first "body paragraph" may be the headline, when the byline stands under it.
  if (!best) {
    if (body.length < 2 || overByline(candidates, first, 0, claimed).length === 0) return undefined
    // Over a dek that ends with a full stop too, over the byline: the two are the headline and its dek.
    return body[1] === first + 1 && dekOverByline(candidates, first + 1, claimed) ? {headline: first, dek: first + 1} : {headline: first}
  }
  const candidate = candidates[best.index] as Candidate
  if (best.to < candidate.lines.length - 1) return withOwnDek(candidate, best)
  const dekked = withDek(candidates, best.index, first, claimed)
  // A section label left out of the headline, on the lines above it in its block ("Culture" / "'I wanted …': novelist
  // Amara Obi …", the dek the next block) or on its line ("Opinion | …"): the headline is the rest.
  const found = best.start > candidate.start ? {...dekked, span: {start: best.start, end: best.end}} : dekked
  if (best.from > 0 || found.dek !== undefined || first !== best.index + 1 || body.length < 2) return found
  // The first "body paragraph" right under the headline, then a byline (after a caption, maybe) or the paragraph a
  // dateline opens ("New Delhi, Dec 1 (PTI) The Centre …"), then the body: a dek.
  const dek = candidates[first] as Candidate
  const storyOpens = bylineFollows(candidates, first + 1, body[1] as number, claimed) || findDateline((candidates[body[1] as number] as Candidate).text) !== undefined
  return storyOpens && isDekText(dek.text) ? {headline: best.index, dek: first} : found
}

/** Whether the claimed candidates from `from` up to `to` (captions, a byline) hold a byline. */
function bylineFollows(candidates: readonly Candidate[], from: number, to: number, claimed: ReadonlySet<number>): boolean {
  for (let index = from; index < to && claimed.has(index); index++) {
    if (bylineAt(candidates, index, claimed)) return true
  }
  return false
}

/**
 * The title in title case over `best` when `best`, in sentence case, reads as its dek:
 * - in one block, the lines right above it ("Black Friday Sales Rise 3% as Shoppers Hunt for Deals
 *   Online" / "Online spending hit a record $11.8 billion, Adobe says"), where the dek shares more
 *   words with the body;
 * - in a block of its own, the block right above, when the byline stands under the dek ("The Fed's
 *   Quiet Pivot" / "What the minutes don't say about the balance sheet" / "Claudia Ruiz") or the
 *   title opens the input ("I Replaced Our Kafka Cluster With Postgres. Here's What Happened." /
 *   "Six months, …"), and the title shares a good part of its words with the body (`bodyTexts`; a
 *   menu in title case does not: "Local News Business Sports …");
 * - in any case, the input's first line when it is a whole title of four words or more and the byline
 *   stands under the dek ("'We were never going to be a normal band': an interview with Lorna Fitch" /
 *   "The singer talks about her new album …" / "By Jessie Amankwah"): a quoted title shares few words with the body.
 */
function titleOverDek(options: readonly HeadlineOption[], best: HeadlineOption | undefined, claimed: ReadonlySet<number>, bodyTexts: readonly string[]): HeadlineOption | undefined {
  if (!best || isTitleCase(best.text)) return best
  if (best.from > 0) return options.find((option) => option.index === best.index && option.from === 0 && option.to === best.from - 1 && isTitleCase(option.text)) ?? best
  if (best.to !== best.lines.length - 1 || !(claimed.has(best.index + 1) || best.index === 1) || !isDekText(best.text)) return best
  const title = options.find((option) => option.index === best.index - 1 && option.from === 0 && option.to === option.lines.length - 1)
  if (!title) return best
  // A one-line title that ends a sentence (a full stop, a question), over a dek that ends with a full stop, over the
  // byline (see overByline).
  if (endsSentence(title.text) && best.text.endsWith('.') && title.lines.length === 1) return title
  const shared = overlap(title.text, bodyStemsOf(bodyTexts))
  // The input's first line, a whole title of four words or more over a dek and the byline, is the headline though it
  // shares few words with the body — not a menu (no word shared), nor a print header that holds the headline ("… - Site").
  // A feature's title may share no word with the body ("The farmers who stayed: drought, debt and a town that refuses to
  // empty"): two function words in lower case tell it from a menu then.
  const titled = shared >= firstLineOverlap || (title.text.match(FUNCTION_WORD) ?? []).length >= 2
  if (title.index === 0 && claimed.has(best.index + 1) && countWords(title.text) >= 4 && titled && !normalized(title.text).includes(normalized(best.text))) return title
  return isTitleCase(title.text) && shared >= titleOverlap ? title : best
}

/** A function word in lower case inside a line: a title's or a sentence's, not a menu's ("Local News Business Sports"). */
const FUNCTION_WORD = / (?:the|a|an|of|to|and|or|who|that|in|on|for|with|is|are|was)(?= )/gu

/** Least share of a title's content words found in the body, for it to stand over a dek (see {@link titleOverDek}). */
const titleOverlap = 0.4
/** The same for the input's first line, in any case. */
const firstLineOverlap = 0.2

/**
 * A one-line headline that ends with a full stop or a question mark ("Guest essay: Our cities are running out of
 * water. Here's what we can do.") is an option only right above the byline, or above a one-line
 * dek that ends with one too, right above the byline ("Small towns are running out of doctors. Here
 * is one fix that works." / "Rural hospitals need residency programs, not signing bonuses." / "By …").
 * Over such a dek, it is the headline (see titleOverDek).
 */
function overByline(candidates: readonly Candidate[], index: number, distance: number, claimed: ReadonlySet<number>): HeadlineOption[] {
  const candidate = candidates[index] as Candidate
  if (candidate.lines.length !== 1 || !endsSentence(candidate.text) || !(bylineAt(candidates, index + 1, claimed) || dekOverByline(candidates, index + 1, claimed))) return []
  // (A question is a headline as it stands: "Did the governor cut school funding by $400 million?")
  if (!canHeadline(candidate.text.endsWith('.') ? candidate.text.slice(0, -1) : candidate.text)) return []
  return [{index, from: 0, to: 0, text: candidate.text, start: candidate.start, end: candidate.end, distance, lines: candidate.lines}]
}

/** Whether the candidate at `index` is a byline (claimed). */
function bylineAt(candidates: readonly Candidate[], index: number, claimed: ReadonlySet<number>): boolean {
  const candidate = candidates[index]
  return candidate !== undefined && claimed.has(index) && parseByline(candidate.text) !== undefined
}

/** Whether the candidate at `index` is a one-line sentence that reads as a dek, right over the byline. */
function dekOverByline(candidates: readonly Candidate[], index: number, claimed: ReadonlySet<number>): boolean {
  const candidate = candidates[index]
  return candidate !== undefined && !claimed.has(index) && !candidate.boilerplate && candidate.lines.length === 1 && candidate.text.endsWith('.') && isDekText(candidate.text) && bylineAt(candidates, index + 1, claimed)
}

/** The headline on some lines of its candidate, with the lines right under it as its dek when they read as one. */
function withOwnDek(candidate: Candidate, best: HeadlineOption): HeadlineIndices {
  const span = {start: best.start, end: best.end}
  const under = candidate.lines[best.to + 1]
  if (!under || !isDekText(under.text) || isMetaLine(under.text) || parseByline(under.text)) return {headline: best.index, span}
  return {headline: best.index, span, dekSpan: {start: under.start, end: under.end}}
}

/** The dek: the candidate right under the headline, before the body, that reads as one. */
function withDek(candidates: readonly Candidate[], headline: number, first: number, claimed: ReadonlySet<number>): HeadlineIndices {
  const next = headline + 1
  const candidate = candidates[next]
  if (!candidate || next >= first || claimed.has(next) || candidate.boilerplate || !isDekText(candidate.text)) return {headline}
  return {headline, dek: next}
}
