/**
 * Rule: a copyright notice closes the article. Prose after it in the main region — a rights
 * notice, a subscription offer ("As an X Premium member, you will gain access to …"), a
 * paywall's "The full article contains 339 words …" — is the page's, not the article's,
 * unless about as much prose follows as came before it (a notice inside a longer page).
 *
 * @internal
 */
import {isProse, type Candidate} from '../candidates.js'
import type {Region} from '../main-region.js'

/** Most prose words after the notice that it cuts off. */
const tailWords = 100

/**
 * The region cut before the copyright notice that closes the article (after some prose, with
 * less prose after it than before it and under `tailWords`), or the region as it was.
 *
 * @example
 * ```ts
 * cutAtCopyright(candidatesOf('A story of many words here.\n\nCopyright 2008 AP.\n\nAs a Premium member, you get more.'), {first: 0, last: 2}) // {first: 0, last: 0, cut: true}
 * ```
 */
export function cutAtCopyright(candidates: readonly Candidate[], region: Region): Region {
  let before = 0
  for (let index = region.first; index <= region.last; index++) {
    const candidate = candidates[index] as Candidate
    if (candidate.boilerplate === 'copyright' && before > 0) {
      let after = 0
      for (let at = index + 1; at <= region.last; at++) if (isProse(candidates[at] as Candidate)) after += (candidates[at] as Candidate).words
      if (after < tailWords && after < before) return {first: region.first, last: index - 1, cut: true}
    }
    if (isProse(candidate)) before += candidate.words
  }
  return region
}
