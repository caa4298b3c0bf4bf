/**
 * Small measures of a line or block of text that many rules share: word counts,
 * closing punctuation, case of the first letter, title case.
 *
 * @internal
 */

/**
 * Number of whitespace-separated words in `text` (a linear scan).
 *
 * @example
 * ```ts
 * countWords('one two\tthree') // 3
 * ```
 */
import {HAS_LETTER_OR_DIGIT, HAS_LOWER, STARTS_UPPER} from '../internal/letter-patterns.js'

export function countWords(text: string): number {
  let count = 0
  let inWord = false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    const space = code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0
    if (!space && !inWord) count++
    inWord = !space
  }
  return count
}

const closers = new Set(['"', "'", '”', '’', ')', ']', '»', '*'])
const finals = new Set(['.', '!', '?', '…', ':', ';'])

/**
 * Whether `text` ends a sentence: its last character, past closing quotes and
 * brackets, is `.`, `!`, `?`, `…` (or `:`/`;` when `loose`).
 *
 * @example
 * ```ts
 * endsSentence('He said "no."') // true
 * endsSentence('On the Net:', true) // true
 * ```
 */
export function endsSentence(text: string, loose = false): boolean {
  let index = text.length - 1
  while (index >= 0 && closers.has(text.charAt(index))) index--
  const last = text.charAt(index)
  if (last === ':' || last === ';') return loose
  return finals.has(last)
}

/**
 * The first letter of `text`, skipping quotes, brackets and dashes ('' when none).
 *
 * @example
 * ```ts
 * firstLetter('"(eBay') // 'e'
 * ```
 */
export function firstLetter(text: string): string {
  for (const char of text) {
    if (HAS_LETTER_OR_DIGIT.test(char)) return char
    if (!/[\s"'“‘(\[«—–-]/u.test(char)) return ''
  }
  return ''
}

/**
 * Whether `text` starts with a lower-case letter (after opening quotes or brackets).
 *
 * @example
 * ```ts
 * startsLower('“miscalculation and') // true
 * ```
 */
export function startsLower(text: string): boolean {
  return HAS_LOWER.test(firstLetter(text))
}

/**
 * The column width of a run of hard-wrapped lines, from their lengths: the longest line,
 * unless most lines fill a column and a few run far past it (pdftotext sets a line with a
 * glued sidebar word, or one in a tighter face, in one piece): then one line in eight may
 * stand out, so that an over-long line does not make every other line read as short. In a
 * short `wrapped` run (a sentence runs on to a line in lower case) one line may stand out as
 * two lines in one.
 *
 * @example
 * ```ts
 * columnWidth([80, 78, 81, 120, 79, 80, 77, 40, 79]) // 81
 * columnWidth([80, 60, 30]) // 80
 * columnWidth([77, 152, 78, 61], true) // 78
 * ```
 */
export function columnWidth(lengths: readonly number[], wrapped = false): number {
  const sorted = [...lengths].sort((a, b) => b - a)
  const longest = sorted[0] ?? 0
  const next = sorted[1] ?? 0
  // Fewer than eight hard-wrapped lines: one may stand out only as two lines in one (pdftotext joins the lines of a
  // line-end hyphen: "in 2005-" / "06, when he" → "in 200506, when he …"), 1.5–2.4 times a column that two lines fill.
  if (wrapped && sorted.length >= 3 && sorted.length < 8) {
    return longest >= next * 1.5 && longest <= next * 2.4 && (sorted[2] as number) >= next * 0.8 ? next : longest
  }
  const usual = sorted[Math.floor(sorted.length / 8)] ?? 0
  if (longest <= usual * 1.2) return longest
  let full = 0
  for (const length of sorted) if (length >= usual * 0.8) full++
  return full * 2 >= sorted.length ? usual : longest
}

/**
 * Whether a line is in title case: three or more words of four letters or more, at least
 * three in four of them capitalized (or a number).
 *
 * @example
 * ```ts
 * isTitleCase('Black Friday Sales Rise 3% as Shoppers Hunt for Deals Online') // true
 * isTitleCase('Online spending hit a record $11.8 billion, Adobe says') // false
 * ```
 */
export function isTitleCase(text: string): boolean {
  const words = text.split(' ').filter((word) => word.length >= 4)
  return words.length >= 3 && words.filter((word) => STARTS_UPPER.test(word) || /^\d/u.test(word)).length >= 0.75 * words.length
}
