/**
 * The statistical name tagger: an averaged structured perceptron over hashed token
 * features, decoded with constrained Viterbi. Works on any word sequence (gold tokens
 * or nutgraf's), one document at a time so that document cues apply.
 *
 * @internal
 */
import {viterbi} from './decode.js'
import {getModel} from './model.js'
import {type Tag, tags} from './tags.js'
import {documentEmissions} from './word-scores.js'

/**
 * Tag every sentence of one document with BIO tags (PER / ORG / LOC / MISC).
 *
 * @example
 * ```ts
 * tagDocument([['Mark', 'Milley', 'spoke', '.']])[0] // ['B-PER', 'I-PER', 'O', 'O']
 * ```
 */
export function tagDocument(sentences: ReadonlyArray<readonly string[]>): Tag[][] {
  const weights = getModel()
  const tagged: Tag[][] = []
  documentEmissions(weights, sentences, (emissions, length) => {
    tagged.push(viterbi(emissions, length, weights.transitions).map((tag) => tags[tag] as Tag))
  })
  return tagged
}
