/**
 * Spelled-out numbers of amounts: "forty", "Twenty-Five Million", "Two Hundred Fifty
 * Thousand", "one hundred and fifty", "nine and one-half", "one and a half million",
 * "half a million", "a billion", "one-half of one", "a quarter of a". A left-to-right
 * read over the lexemes, each looked at once.
 *
 * @internal
 */
import {cardinals, fractions, scales} from '../../data/number-words.js'
import type {Lexeme} from './lexer.js'

/** Most words one spelled-out number may have ("two hundred fifty-five thousand three hundred and twelve" has 10). */
const maxWords = 16

/** A number read from words: lexemes `[start, end)`, its value, and whether a scale word ("million") was in it. */
export interface SpelledNumber {
  end: number
  value: number
  scaled: boolean
}

/**
 * The lower-case word at `at`, or '' when it is not a word or a blank line stands
 * before it (an amount never runs over a paragraph break).
 *
 * @example
 * ```ts
 * wordAt(lex('Ten Dollars'), 1) // 'dollars'
 * ```
 */
export function wordAt(lexemes: readonly Lexeme[], at: number): string {
  const lexeme = lexemes[at]
  return lexeme && lexeme.kind === 'word' && !lexeme.paragraphBefore ? lexeme.text.toLowerCase() : ''
}

/** A hyphen touching the words on both sides ("Twenty-Five", "one-half"). */
function isJoiningHyphen(lexemes: readonly Lexeme[], at: number): boolean {
  const hyphen = lexemes[at]
  return hyphen !== undefined && hyphen.kind === 'symbol' && hyphen.text === '-' && hyphen.glued && lexemes[at + 1]?.glued === true
}

/** The next word of a number: past a joining hyphen when there is one. */
function next(lexemes: readonly Lexeme[], at: number): number {
  return isJoiningHyphen(lexemes, at) ? at + 1 : at
}

/**
 * A fraction at `at`: "half", "a half", "one-half", "a quarter", "three-quarters".
 * Returns its value and the index after it.
 */
function fractionAt(lexemes: readonly Lexeme[], at: number): {end: number; value: number} | undefined {
  const word = wordAt(lexemes, at)
  const bare = fractions.get(word)
  if (bare !== undefined && (word === 'half' || word === 'quarter')) return {end: at + 1, value: bare}
  const numerator = word === 'a' || word === 'an' ? 1 : cardinals.get(word)
  if (numerator === undefined || numerator === 0 || numerator > 9) return undefined
  const after = next(lexemes, at + 1)
  const fraction = fractions.get(wordAt(lexemes, after))
  if (fraction === undefined) return undefined
  return {end: after + 1, value: numerator * fraction}
}

/**
 * Read a spelled-out number starting at lexeme `at`.
 *
 * @example
 * ```ts
 * readSpelled(lex('Two Hundred Fifty Thousand Dollars'), 0) // {end: 4, value: 250000, scaled: true}
 * readSpelled(lex('half a million dollars'), 0)             // {end: 3, value: 500000, scaled: true}
 * ```
 */
export function readSpelled(lexemes: readonly Lexeme[], at: number): SpelledNumber | undefined {
  const first = wordAt(lexemes, at)
  if (first === 'half' || ((first === 'a' || first === 'one' || cardinals.has(first)) && fractionAt(lexemes, at))) {
    return readFractionFirst(lexemes, at)
  }
  let index = at
  if (first === 'a' || first === 'an') {
    // "a million", "a hundred"; a bare scale word ("hundred dollars" in "a few hundred dollars") starts nothing.
    if (!scales.has(wordAt(lexemes, at + 1))) return undefined
    index = at + 1
  } else if (!cardinals.has(first)) return undefined
  let total = 0
  let group = 0
  let read = false
  let scaled = false
  let lastWasTen = false
  let endedWithFraction = false
  let lastScale = 0
  // A bound on the words of one number keeps "hundred hundred hundred …" linear.
  for (let words = 0; words < maxWords; words++) {
    const word = wordAt(lexemes, index)
    const cardinal = cardinals.get(word)
    const scale = scales.get(word)
    if (cardinal !== undefined) {
      // "twenty-five", "two hundred fifty", "fifty thousand one": not "one two" or "twenty twenty".
      const fits = !read || group % 100 === 0 || (lastWasTen && cardinal > 0 && cardinal < 10)
      if (!fits) break
      group += cardinal
      lastWasTen = cardinal >= 20 && cardinal % 10 === 0
    } else if (scale !== undefined) {
      // "two hundred fifty thousand", "two million three hundred thousand": not "hundred hundred",
      // "thousand million" or a scale with no number before it in its group.
      if (read && group === 0) break
      if (word === 'hundred') {
        if (group >= 100) break
        group = (group || 1) * 100
      } else {
        if (lastScale !== 0 && scale >= lastScale) break
        total += (group || 1) * scale
        group = 0
        lastScale = scale
      }
      scaled = true
      lastWasTen = false
    } else if (word === 'and' && read) {
      // "nine and one-half", "one and a half million", "one hundred and fifty".
      const fraction = fractionAt(lexemes, index + 1)
      if (fraction) {
        group += fraction.value
        index = fraction.end
        endedWithFraction = true
        continue
      }
      if (!cardinals.has(wordAt(lexemes, index + 1))) break
    } else break
    read = true
    endedWithFraction = false
    index = next(lexemes, index + 1)
  }
  if (!read) return undefined
  // Back off a trailing hyphen or "and" that led nowhere.
  let end = index
  while (end > at && (wordAt(lexemes, end - 1) === 'and' || lexemes[end - 1]?.kind === 'symbol')) end--
  // "nine and one-half of one percent": "of one" leaves the number as it is.
  if (endedWithFraction && end === index) end = skipOfOne(lexemes, end)
  return {end, value: total + group, scaled}
}

/** Past "of a" / "of one" after a fraction ("one-half of one percent"), or `at` itself. */
function skipOfOne(lexemes: readonly Lexeme[], at: number): number {
  return wordAt(lexemes, at) === 'of' && ['a', 'an', 'one'].includes(wordAt(lexemes, at + 1)) ? at + 2 : at
}

/**
 * "half a million", "half a", "one-half of one", "a quarter of a", "three-quarters of a":
 * a fraction, then a scale after "a" or the words "of a/one" (which leave it as it is).
 */
function readFractionFirst(lexemes: readonly Lexeme[], at: number): SpelledNumber | undefined {
  const fraction = fractionAt(lexemes, at)
  if (!fraction) return undefined
  let end = fraction.end
  const after = wordAt(lexemes, end)
  if (after === 'of') return {end: skipOfOne(lexemes, end), value: fraction.value, scaled: false}
  if (after === 'a' || after === 'an') {
    const scale = scales.get(wordAt(lexemes, end + 1))
    if (scale !== undefined) return {end: end + 2, value: fraction.value * scale, scaled: true}
    end++
  }
  return {end, value: fraction.value, scaled: false}
}
