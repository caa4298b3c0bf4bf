/**
 * The headline and its dek: the nearest line above the first body paragraph that reads
 * as a headline, past bylines, captions, dates, share buttons and agency lines between
 * them; the dek is the line right under the headline when it reads as one.
 *
 * @internal
 */
import type {Candidate} from './candidates.js'
import type {Line} from './lines.js'
import {countWords} from './text-shape.js'
import {isProse} from './candidates.js'
import {parseByline} from './rules/byline.js'
import {findDateline, findDatelineLine} from './rules/dateline.js'
import {isDekText, isHeadlineText, isMetaLine, opensWithDate} from './rules/headline.js'

/** Most candidates between the headline and the first body paragraph. */
const maximumGap = 10

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
}

/**
 * Find the headline above the first body paragraph (`body`: indices of the body
 * candidates) and the dek under it. Claimed candidates (bylines, captions) and
 * boilerplate are stepped over. A dek that ends with a full stop may have been taken for
 * the first body paragraph: it is the dek when a byline stands between it and the next
 * body paragraph.
 *
 * @example
 * ```ts
 * findHeadline(candidates, [4, 5, 6], new Set([3])) // {headline: 1, dek: 2}
 * ```
 */
export function findHeadline(candidates: readonly Candidate[], body: readonly number[], claimed: ReadonlySet<number>): HeadlineIndices | undefined {
  const first = body[0]
  if (first === undefined) return undefined
  for (let index = first - 1; index >= Math.max(0, first - maximumGap); index--) {
    const candidate = candidates[index] as Candidate
    if (claimed.has(index) || (candidate.boilerplate && candidate.boilerplate !== 'inserted')) continue
    if (isProse(candidate) && !isDekText(candidate.text)) return gluedToBody(candidates, first)
    const own = ownLines(candidate)
    if (own) return {headline: index, span: own}
    if (!isHeadlineText(candidate.text) || parseByline(candidate.text) || findDatelineLine(candidate.text) || findDateline(candidate.text)) continue
    // A dek without a full stop is headline-like too: the headline is then the line above it (unless that line is the
    // page's title, which repeats the headline with the site's name: "At least 107 killed … - Wikinews").
    const above = candidates[index - 1]
    if (above && !claimed.has(index - 1) && !above.boilerplate && isHeadlineText(above.text) && isDekText(candidate.text) && candidate.lower >= 0.3 && !above.text.startsWith(candidate.text)) {
      return {headline: index - 1, dek: index}
    }
    const found = withDek(candidates, index, first, claimed)
    if (found.dek !== undefined || first !== index + 1 || body.length < 2) return found
    // The first "body paragraph" right under the headline, then a byline or caption, then the body: a dek.
    const between = (body[1] as number) - first - 1
    const dek = candidates[first] as Candidate
    const next = candidates[first + 1]
    if (between > 0 && claimed.has(first + 1) && next && parseByline(next.text) && isDekText(dek.text)) return {headline: index, dek: first}
    return found
  }
  return gluedToBody(candidates, first)
}

/**
 * The headline glued to the first body paragraph in hard-wrapped text: its first line reads
 * as a headline and every further line opens with a date or is a byline ("Bridge to close
 * for repairs\nTue, 2008-03-04 09:15.").
 */
function gluedToBody(candidates: readonly Candidate[], first: number): HeadlineIndices | undefined {
  const [top, ...rest] = (candidates[first] as Candidate).lines
  if (!top || rest.length === 0 || !isHeadlineText(top.text) || parseByline(top.text)) return undefined
  if (!rest.every((line) => opensWithDate(line.text) || parseByline(line.text))) return undefined
  return {headline: first, span: {start: top.start, end: top.end}}
}

/** Whether a line glued to a headline is not part of it: a date, byline, role, credit or label line. */
const isGluedMeta = (text: string): boolean => isMetaLine(text) || parseByline(text) !== undefined

/**
 * The headline's lines in a candidate of several lines where date, byline or navigation
 * lines are glued before or after it ("Bridge to close\nTue Mar 4, 9:15 AM ET").
 */
function ownLines(candidate: Candidate): {start: number; end: number} | undefined {
  const {lines} = candidate
  // A headline wrapped over lines is one headline; only a candidate with a glued date/byline line, or one that reads as no headline whole, is split.
  if (lines.length < 2 || (isHeadlineText(candidate.text) && !lines.some((line) => isGluedMeta(line.text)))) return undefined
  let first = 0
  let last = lines.length - 1
  // Leading lines stepped over: date, byline or label lines, and one- or two-word section names ("Home", "World news").
  while (first < last && (isGluedMeta((lines[first] as Line).text) || (countWords((lines[first] as Line).text) <= 2 && !isHeadlineText((lines[first] as Line).text)))) first++
  while (last > first && isGluedMeta((lines[last] as Line).text)) last--
  if (first === 0 && last === lines.length - 1) return undefined
  const text = lines.slice(first, last + 1).map((line) => line.text).join(' ')
  if (!isHeadlineText(text) || parseByline(text) || findDatelineLine(text)) return undefined
  return {start: (lines[first] as Line).start, end: (lines[last] as Line).end}
}

/** The dek: the candidate right under the headline, before the body, that reads as one. */
function withDek(candidates: readonly Candidate[], headline: number, first: number, claimed: ReadonlySet<number>): HeadlineIndices {
  const next = headline + 1
  const candidate = candidates[next]
  if (!candidate || next >= first || claimed.has(next) || candidate.boilerplate || !isDekText(candidate.text)) return {headline}
  return {headline, dek: next}
}
