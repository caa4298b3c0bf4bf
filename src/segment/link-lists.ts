/**
 * Rule: link lists are not body. After a "Related stories" / "More news" heading, the
 * short unfinished lines that follow are the list's link titles; a short line right
 * above a bare domain URL ("Shop for shoes at X." / www.x.com) is a text ad.
 *
 * @internal
 */
import type {Candidate} from './candidates.js'
import {endsSentence} from './text-shape.js'

/** Longest link title, in words. */
const titleWords = 15

/**
 * Mark link titles under a link-list heading, and text ads, as boilerplate.
 *
 * @example
 * ```ts
 * markLinkLists(candidates).map((candidate) => candidate.boilerplate)
 * // ['links', 'links', 'links', undefined]  (heading, two titles, the paragraph after)
 * ```
 */
export function markLinkLists(candidates: readonly Candidate[]): Candidate[] {
  let inList = false
  return candidates.map((candidate) => {
    if (candidate.boilerplate) {
      inList = candidate.boilerplate === 'links' || (inList && candidate.boilerplate !== 'section-end')
      return candidate
    }
    if (candidate.nextUrl && candidate.words <= 25 && isDomainOnly(candidate.nextUrl)) return {...candidate, boilerplate: 'ad'}
    if (inList && candidate.words <= titleWords && !endsSentence(candidate.text)) return {...candidate, boilerplate: 'links'}
    inList = false
    return candidate
  })
}

/** "www.example.com" or "https://example.com/" — a display URL, with no path. */
function isDomainOnly(url: string): boolean {
  return /^(?:https?:\/\/)?[^/\s]{1,200}\/?$/iu.test(url)
}
