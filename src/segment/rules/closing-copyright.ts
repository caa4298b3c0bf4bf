/**
 * Rule: a copyright notice closes the article. Prose after it in the main region — a rights
 * notice, a subscription offer ("As an X Premium member, you will gain access to …"), a
 * paywall's "The full article contains 339 words …" — is the page's, not the article's,
 * unless about as much prose follows as came before it (a notice inside a longer page). So does a
 * horizontal rule ("--------------") with a house ad under it ("Sign up now!", "Don't forget to
 * check out …"); a rule between two parts of the story is no end.
 *
 * @internal
 */
import {isProse, type Candidate} from '../candidates.js'

/** A stretch of candidates, first and last index inclusive; `cut` when an end cut it. */
interface Stretch {
  first: number
  last: number
  cut?: boolean
}

/** A horizontal rule: a line of dashes, underscores or equals signs. */
const RULE = /^(?:-{4,}|_{4,}|={4,})$/u

/** What a house ad says: "Sign up now!", "Don't forget to check out …", "Mark your calendars!". */
const PROMOTION = /\b(?:sign up|click here|check out|learn more|mark your calendars?|don\W?t (?:miss|forget))\b/iu

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
export function cutAtCopyright<R extends Stretch>(candidates: readonly Candidate[], region: R): R | Stretch {
  // Prose words of the whole region and, from each candidate on, whether a house ad follows: one pass each, so that
  // a page of many rules or notices costs O(n).
  let total = 0
  for (let index = region.first; index <= region.last; index++) if (isProse(candidates[index] as Candidate)) total += (candidates[index] as Candidate).words
  const promotesAfter: boolean[] = []
  for (let index = region.last, promotes = false; index >= region.first; index--) {
    promotesAfter[index - region.first] = promotes
    promotes ||= PROMOTION.test((candidates[index] as Candidate).text)
  }
  let before = 0
  for (let index = region.first; index <= region.last; index++) {
    const candidate = candidates[index] as Candidate
    const own = isProse(candidate) ? candidate.words : 0
    const rule = RULE.test(candidate.text)
    if ((rule || candidate.boilerplate === 'copyright') && before > 0) {
      const after = total - before - own
      if (after < before && (rule ? promotesAfter[index - region.first] === true : after < tailWords)) return {first: region.first, last: index - 1, cut: true}
    }
    before += own
  }
  return region
}
