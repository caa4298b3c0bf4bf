import {describe, expect, it} from 'vitest'
import {addScores, unpack} from '../../../src/entities/names/model.js'
import {viterbi} from '../../../src/entities/names/decode.js'
import {tagCount, tags} from '../../../src/entities/names/tags.js'
import {
  featurizeDocuments,
  modelVersion,
  tagIndices,
  taggerFeatures,
  trainModel,
  type TrainingDocument,
} from '../../../src/entities/names/training/index.js'
import {encodeBase64} from '../../../src/entities/names/training/pack.js'
import {decodeBase64} from '../../../src/entities/names/model.js'

/** A small corpus where names follow "met" and "in". */
const documents: TrainingDocument[] = ['Anna Berg', 'Omar Haddad', 'Li Wei', 'Sara Kant', 'Ivan Petrov'].map((person, index) => {
  const [given, family] = person.split(' ') as [string, string]
  const place = ['Oslo', 'Lyon', 'Quito', 'Perth', 'Turin'][index] as string
  return {
    sentences: [
      {words: ['Yesterday', given, family, 'arrived', 'in', place, '.'], tags: ['O', 'B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O']},
      {words: ['Then', family, 'left', place, '.'], tags: ['O', 'B-PER', 'O', 'B-LOC', 'O']},
    ],
  }
})

describe('training core', () => {
  it('turns IOB1 tags into IOB2 indices and unknown tags into outside', () => {
    expect(tagIndices(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'X-DATE'])).toEqual([1, 2, 0, 5, 5, 0])
  })

  it('trains a versioned model that tags its own training data back', () => {
    const model = trainModel(documents, {epochs: 6, prune: 0, zeroBelow: 0})
    expect(model.version).toBe(modelVersion)
    const weights = unpack(model)
    const examples = featurizeDocuments(documents)
    let right = 0
    let total = 0
    for (const {ids, gold} of examples) {
      const emissions = new Float64Array(ids.length * tagCount)
      ids.forEach((row, index) => addScores(weights, row, emissions, index * tagCount))
      const path = viterbi(emissions, ids.length, weights.transitions)
      path.forEach((tag, index) => {
        total++
        if (tag === gold[index]) right++
      })
    }
    expect(right / total).toBeGreaterThan(0.95)
  })

  it('is deterministic: the same data and options give the same model', () => {
    expect(JSON.stringify(trainModel(documents, {epochs: 2}))).toBe(JSON.stringify(trainModel(documents, {epochs: 2})))
  })

  it('reports progress: featurizing, every epoch, packing', () => {
    const stages: string[] = []
    trainModel(documents, {epochs: 3}, (progress) => stages.push(progress.stage))
    expect(stages).toEqual(['featurize', 'epoch', 'epoch', 'epoch', 'pack'])
  })

  it('featurizes each token of each sentence', () => {
    const ids = taggerFeatures([['Anna', 'left'], ['Oslo']])
    expect(ids.map((sentence) => sentence.length)).toEqual([2, 1])
    expect(tags[featurizeDocuments(documents)[0]?.gold[1] ?? 0]).toBe('B-PER')
  })

  it('writes base64 that the model reader decodes', () => {
    const bytes = Uint8Array.of(0, 1, 2, 250, 251, 252, 7)
    expect([...decodeBase64(encodeBase64(bytes))]).toEqual([...bytes])
  })
})
