/**
 * The article's main region on a scraped page: the stretch of candidates with the most
 * prose, where navigation, link lists and other short lines between prose cost
 * something (a maximum-sum run, linear time). A heading that opens a comment section
 * ends the region.
 *
 * @internal
 */
import type {Candidate} from './candidates.js'
import {isProse} from './candidates.js'

/** What a short non-prose candidate costs, in words of prose. */
const gapCost = 6

/**
 * The first and last index (inclusive) of the main region, or undefined when there is
 * no prose at all.
 *
 * @example
 * ```ts
 * mainRegion(candidates, new Set()) // {first: 3, last: 27}
 * ```
 */
export function mainRegion(candidates: readonly Candidate[], claimed: ReadonlySet<number>): {first: number; last: number} | undefined {
  let best: {first: number; last: number; score: number} | undefined
  let sum = 0
  let first = 0
  candidates.forEach((candidate, index) => {
    if (sum <= 0) {
      sum = 0
      first = index
    }
    sum += scoreOf(candidate, claimed.has(index))
    if (sum > 0 && (!best || sum > best.score)) best = {first, last: index, score: sum}
  })
  if (!best) return undefined
  return cutAtSectionEnd(candidates, best)
}

function scoreOf(candidate: Candidate, claimed: boolean): number {
  if (claimed || candidate.boilerplate === 'ad' || candidate.boilerplate === 'share') return 0
  if (isProse(candidate)) return candidate.words
  return -(gapCost + candidate.words / 2)
}

/** A comment-section heading after the first prose ends the article. */
function cutAtSectionEnd(candidates: readonly Candidate[], region: {first: number; last: number}): {first: number; last: number} {
  let seenProse = false
  for (let index = region.first; index <= region.last; index++) {
    const candidate = candidates[index] as Candidate
    if (seenProse && candidate.boilerplate === 'section-end') return {first: region.first, last: index - 1}
    seenProse ||= isProse(candidate)
  }
  return region
}
