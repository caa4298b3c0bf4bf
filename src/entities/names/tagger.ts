/**
 * The statistical name tagger: an averaged structured perceptron over hashed token
 * features, decoded with constrained Viterbi. Works on any word sequence (gold tokens
 * or nutgraf's), one document at a time so that document cues apply.
 *
 * @internal
 */
import {nerModel} from '../../data/ner-model.js'
import type {PackedModel} from '../../data/packed-model.js'
import {viterbi} from './decode.js'
import {addScores, getModel, type Model, unpack} from './model.js'
import {documentFeatureIds} from './model-features.js'
import {type Tag, tagCount, tags} from './tags.js'

/** Unpacked models given by callers, by identity (a model object is read once). */
const unpacked = new WeakMap<PackedModel, Model>()

function weightsOf(packed: PackedModel): Model {
  if (packed === nerModel) return getModel()
  let model = unpacked.get(packed)
  if (!model) unpacked.set(packed, (model = unpack(packed)))
  return model
}

/**
 * Tag every sentence of one document with BIO tags (PER / ORG / LOC / MISC), with the
 * shipped model or the one given (read with the features it names).
 *
 * @example
 * ```ts
 * tagDocument([['Mark', 'Milley', 'spoke', '.']])[0] // ['B-PER', 'I-PER', 'O', 'O']
 * ```
 */
export function tagDocument(sentences: ReadonlyArray<readonly string[]>, packed: PackedModel = nerModel): Tag[][] {
  const weights = weightsOf(packed)
  const features = documentFeatureIds(sentences, packed.features)
  return sentences.map((sentence, index) => {
    const ids = features[index] ?? []
    const emissions = new Float64Array(sentence.length * tagCount)
    ids.forEach((row, index) => addScores(weights, row, emissions, index * tagCount))
    return viterbi(emissions, sentence.length, weights.transitions).map((tag) => tags[tag] as Tag)
  })
}
