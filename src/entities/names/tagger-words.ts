/**
 * The tagger's view of nutgraf's tokens: one word sequence a sentence, with the
 * possessive split off as gold data does ("Russia's" → "Russia" "'s") and each URL
 * as a placeholder that is never tagged.
 *
 * @internal
 */
import type {Token, TokenizedText} from '../tokens.js'
import {HAS_LETTER} from '../../internal/letter-patterns.js'

/**
 * A word for the tagger, with its span in the text.
 *
 * @example
 * ```ts
 * const word: TaggerWord = {text: 'Russia', start: 0, end: 6, blocked: false, spaceBefore: false}
 * ```
 */
export interface TaggerWord {
  text: string
  start: number
  end: number
  /** Never part of a name (a URL); absent means false. */
  blocked?: boolean
  /** Whitespace or a line break stands before it. */
  spaceBefore: boolean
}

/** "'s", "’s", "'" at the end of a word. */
const POSSESSIVE = /['’][sS]?$/

/** Placeholder word for a URL. */
const urlWord = '<url>'

/**
 * Split the tokens of each sentence into tagger words. A token that stays one word is
 * its own tagger word (a token has the fields of one, and no `blocked`): no copy of every
 * token is made.
 *
 * @example
 * ```ts
 * taggerWords(tokenize("Russia's drills"))[0]?.map((word) => word.text) // ['Russia', "'s", 'drills']
 * ```
 */
export function taggerWords(tokenized: TokenizedText): TaggerWord[][] {
  return tokenized.sentences.map((sentence) => {
    const words: TaggerWord[] = []
    const {tokens} = tokenized
    for (let index = sentence.first; index < sentence.last; index++) {
      const token = tokens[index] as Token
      const spaceBefore = token.spaceBefore
      if (token.kind === 'url') {
        words.push({text: urlWord, start: token.start, end: token.end, blocked: true, spaceBefore})
        continue
      }
      const possessive = token.kind === 'word' && token.text.length > 2 ? POSSESSIVE.exec(token.text) : null
      if (possessive && HAS_LETTER.test(token.text.charAt(possessive.index - 1))) {
        const cut = token.start + possessive.index
        words.push({text: token.text.slice(0, possessive.index), start: token.start, end: cut, blocked: false, spaceBefore})
        words.push({text: token.text.slice(possessive.index), start: cut, end: token.end, blocked: false, spaceBefore: false})
        continue
      }
      words.push(token)
    }
    return words
  })
}
