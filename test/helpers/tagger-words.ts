/**
 * Tagger words of a sentence written with single spaces between its words, for tests of
 * the name rules that read `TaggerWord`s (offsets as if the sentence were the input).
 */
import type {TaggerWord} from '../../src/entities/names/tagger-words.js'

/** The words of `sentence`, split at single spaces, none blocked. */
export function taggerWords(sentence: string): TaggerWord[] {
  let start = 0
  return sentence.split(' ').map((text) => {
    const word = {text, start, end: start + text.length, blocked: false, spaceBefore: start > 0}
    start += text.length + 1
    return word
  })
}
