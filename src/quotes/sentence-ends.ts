/**
 * Where a sentence ends, read from the characters alone: a full stop, question or
 * exclamation mark (and any closing marks after it) followed by a space and a capital, a
 * digit or an opening mark, or by the end of the text. A full stop after an abbreviation
 * ("Sen.", "U.S.") or an initial ends nothing.
 *
 * @internal
 */
import {abbreviations} from '../data/abbreviations.js'
import {ONE_UPPER} from '../internal/letter-patterns.js'
import {onFirstUse} from '../internal/on-first-use.js'

const closing = /["'”’»)\]]/
const startsSentence = onFirstUse(() => RegExp('[\\p{Lu}\\p{N}"\'“‘«(`]', 'u'))

const WORD_OR_FULL_STOP_CHAR = onFirstUse(() => RegExp(String.raw`[\p{L}\p{N}.]`, 'u'))

/** The word that ends just before `offset` (letters, digits and inner dots). */
function wordBefore(text: string, offset: number): string {
  let start = offset
  while (start > 0 && WORD_OR_FULL_STOP_CHAR().test(text.charAt(start - 1))) start--
  return text.slice(start, offset)
}

/**
 * The offset just past the end of the sentence that `from` stands in (its final
 * punctuation and closing marks included), or `limit` (the text's length by default) when
 * no sentence ends before it. The scan stops at `limit`, so that callers stay linear.
 *
 * @example
 * ```ts
 * nextSentenceEnd('It was "well alight. Sen. Smith came.', 8) // 20
 * ```
 */
export function nextSentenceEnd(text: string, from: number, limit: number = text.length): number {
  const stop = Math.min(limit, text.length)
  for (let index = from; index < stop; index++) {
    const char = text.charAt(index)
    if (char !== '.' && char !== '?' && char !== '!' && char !== '…') continue
    if (char === '.') {
      const word = wordBefore(text, index)
      if (abbreviations.has(word) || ONE_UPPER.test(word) || word.includes('.')) continue
    }
    let end = index + 1
    while (end < text.length && closing.test(text.charAt(end))) end++
    if (end >= text.length) return text.length
    if (!/\s/.test(text.charAt(end))) continue
    let next = end
    while (next < text.length && /\s/.test(text.charAt(next))) next++
    if (next >= text.length || startsSentence().test(text.charAt(next))) return end
  }
  return stop
}
