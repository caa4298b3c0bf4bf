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
 * Find the headline above candidate `first` (the first body paragraph) and the dek under
 * it. Claimed candidates (bylines, captions) and boilerplate are stepped over.
 *
 * @example
 * ```ts
 * findHeadline(candidates, 4, new Set([3])) // {headline: 1, dek: 2}
 * ```
 */
export function findHeadline(candidates: readonly Candidate[], first: number, claimed: ReadonlySet<number>): HeadlineIndices | undefined {
  for (let index = first - 1; index >= Math.max(0, first - maximumGap); index--) {
    const candidate = candidates[index] as Candidate
    if (claimed.has(index) || (candidate.boilerplate && candidate.boilerplate !== 'inserted')) continue
    if (isProse(candidate) && !isDekText(candidate.text)) return undefined
    if (!isHeadlineText(candidate.text) || parseByline(candidate.text)) continue
    // A dek with a full stop may stand between the headline and the byline.
    const above = candidates[index - 1]
    if (above && !claimed.has(index - 1) && !above.boilerplate && isHeadlineText(above.text) && isDekText(candidate.text) && hasLowerWords(candidate)) {
      return {headline: index - 1, dek: index}
    }
    return withDek(candidates, index, first, claimed)
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

/** A dek reads as a phrase: some of its words are lower case. */
function hasLowerWords(candidate: Candidate): boolean {
  return candidate.lower >= 0.3
}
