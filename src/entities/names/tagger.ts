/**
 * The statistical name tagger: an averaged structured perceptron over hashed token
 * features, decoded with constrained Viterbi. Works on any word sequence (gold tokens
 * or nutgraf's), one document at a time so that document cues apply.
 *
 * @internal
 */
import {viterbi} from './decode.js'
import {documentCues, sentenceFeatureIds} from './features.js'
import {addScores, getModel} from './model.js'
import {type Tag, tagCount, tags} from './tags.js'

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
  const cues = documentCues(sentences)
  return sentences.map((sentence) => {
    const ids = sentenceFeatureIds(sentence, cues)
    const emissions = new Float64Array(sentence.length * tagCount)
    ids.forEach((row, index) => addScores(weights, row, emissions, index * tagCount))
    return viterbi(emissions, sentence.length, weights.transitions).map((tag) => tags[tag] as Tag)
  })
}
