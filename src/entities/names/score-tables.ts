/**
 * Results tables and score lines ("Bournemouth 1 Peterborough 2", "Luton 4 1 0 3 4 10 3"):
 * in a sentence that is mostly numbers, a capitalized name followed by a number is a
 * team, so an organization, unless it is a country (national sides are places, as
 * CoNLL marks them).
 *
 * @internal
 */
import {isMajorPlace} from './gazetteer.js'
import type {WordRange} from './word-ranges.js'
import type {TaggerWord} from './tagger-words.js'
import {STARTS_UPPER} from '../../internal/letter-patterns.js'

const NUMBER = /^\.?\d[\d.,:/-]*$/
const isNumber = (word: TaggerWord | undefined): boolean => !!word && NUMBER.test(word.text)
/**
 * Is this a word (not a URL) that starts with a capital?
 *
 * @example
 * ```ts
 * isCapital({text: 'Luton', start: 0, end: 5, spaceBefore: false}) // true
 * ```
 */
export const isCapital = (word: TaggerWord | undefined): boolean => !!word && !word.blocked && STARTS_UPPER.test(word.text)

/**
 * Is this sentence a row of a results table (at least 40% numbers, two or more)?
 *
 * @example
 * ```ts
 * // "Luton 4 1 0 3 4 10 3" → true; "Luton won 4 of 10" → false
 * ```
 */
function isResultsLine(words: readonly TaggerWord[]): boolean {
  let numbers = 0
  for (const word of words) if (isNumber(word)) numbers++
  return numbers >= 2 && numbers >= 0.4 * words.length
}

/**
 * The team ranges of a results line: each run of capitalized words (up to four)
 * directly followed by a number.
 *
 * @example
 * ```ts
 * // "Bournemouth 1 Peterborough 2" → ORG 0..1 and ORG 2..3
 * ```
 */
export function teamRanges(words: readonly TaggerWord[], sentence: number): WordRange[] {
  if (!isResultsLine(words)) return []
  const ranges: WordRange[] = []
  let index = 0
  while (index < words.length) {
    if (!isCapital(words[index])) {
      index++
      continue
    }
    let last = index
    while (last < words.length && last - index < 4 && isCapital(words[last])) last++
    if (isNumber(words[last])) {
      const text = words.slice(index, last).map((word) => word.text.toLowerCase()).join(' ')
      ranges.push({type: isMajorPlace(text) ? 'LOC' : 'ORG', sentence, first: index, last, fixed: true})
    }
    index = last
  }
  return ranges
}
