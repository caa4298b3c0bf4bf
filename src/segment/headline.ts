/**
 * The headline and its dek: the nearest line above the first body paragraph that reads
 * as a headline, past bylines, captions, dates, share buttons and agency lines between
 * them; the dek is the line right under the headline when it reads as one.
 *
 * @internal
 */
import type {Candidate} from './candidates.js'
import {isProse} from './candidates.js'
import {parseByline} from './rules/byline.js'
import {findDateline, findDatelineLine} from './rules/dateline.js'
import {isDekText, isHeadlineText} from './rules/headline.js'

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
    if (isProse(candidate) && !isDekText(candidate.text)) return undefined
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
  return undefined
}

/** The dek: the candidate right under the headline, before the body, that reads as one. */
function withDek(candidates: readonly Candidate[], headline: number, first: number, claimed: ReadonlySet<number>): HeadlineIndices {
  const next = headline + 1
  const candidate = candidates[next]
  if (!candidate || next >= first || claimed.has(next) || candidate.boilerplate || !isDekText(candidate.text)) return {headline}
  return {headline, dek: next}
}
