/**
 * Rule: a line of a box score or results table under a game story ("NEVADA 72, SAN JOSE
 * STATE 51", "White, Natalie 11-17 0-0 22; Barnes, …", "MILWAUKEE (96)"): a good share of
 * its words are scores or counts (whole numbers and ranges such as "11-17"), and it names
 * no month (a date line is not a score).
 *
 * @internal
 */

import {HAS_LOWER} from '../../internal/letter-patterns.js'

const score = /^\(?\d{1,4}(?:-\d{1,4})?[,;.)]{0,3}$/u
const month = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s\d/iu

/**
 * Whether `text` (one candidate, whitespace collapsed) reads as a line of a box score.
 *
 * @example
 * ```ts
 * isScoreLine('NEVADA 72, SAN JOSE STATE 51') // true
 * isScoreLine('Redd 9-20 4-6 24, Villanueva 5-11 2-2 13. Totals 36-83 17-23 96.') // true
 * isScoreLine('MILWAUKEE (96)') // true
 * isScoreLine('Reader views (0)') // false
 * isScoreLine('Jan. 14, 2008') // false
 * isScoreLine('The team won 72-51 on Saturday.') // false
 * ```
 */
export function isScoreLine(text: string): boolean {
  if (month.test(text)) return false
  const words = text.split(/\s+/u).filter((word) => word !== '')
  let scores = 0
  for (const word of words) if (score.test(word)) scores++
  // One score only in a team's heading in capitals ("SAN JOSE STATE (1-14)", not "Reader views (0)").
  if (scores === 1) return words.length <= 6 && !HAS_LOWER.test(text)
  return scores >= 2 && scores / words.length >= 0.3
}
