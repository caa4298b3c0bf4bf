import {describe, expect, it} from 'vitest'
import {addScores, unpack} from '../../../src/entities/names/model.js'
import {viterbi} from '../../../src/entities/names/decode.js'
import {tagCount, tags} from '../../../src/entities/names/tags.js'
import {
  documentCounts,
  featurizeDocuments,
  packWeights,
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

  it('counts the documents a feature occurs in, each document once', () => {
    const [first, second] = documents.map((document) => featurizeDocuments([document])) as [ReturnType<typeof featurizeDocuments>, ReturnType<typeof featurizeDocuments>]
    const shared = first[0]?.ids[0]?.[0] as number // a feature of "Yesterday": in every document
    const own = first[0]?.ids[1]?.find((id) => !second.some(({ids}) => ids.some((token) => token.includes(id)))) as number
    expect([...documentCounts([first, second], Uint32Array.of(shared, own))]).toEqual([2, 1])
  })

  it('with minMass, drops features that weigh little for how few documents have them', () => {
    // Two features, same largest score (one quantization step of five levels); one in 1 document, one in 3.
    const weights = {featureIds: Uint32Array.of(10, 20), rows: new Float32Array(2 * tagCount), transitions: new Float64Array((tagCount + 1) * tagCount), documents: Uint32Array.of(1, 3)}
    weights.rows[1] = 5
    weights.rows[tagCount + 1] = 5
    weights.rows[tagCount + 2] = 10
    const rows = (minMass?: number): number => packWeights(weights, {prune: 1, levels: 5, zeroBelow: 0, ...(minMass === undefined ? {} : {minMass})}).rows.length / tagCount
    expect(rows()).toBe(2)
    expect(rows(1.5)).toBe(1) // 1 step × log2(2) = 1 < 1.5; 2 steps × log2(4) = 4
    expect(rows(5)).toBe(0)
  })

  it('writes base64 that the model reader decodes', () => {
    const bytes = Uint8Array.of(0, 1, 2, 250, 251, 252, 7)
    expect([...decodeBase64(encodeBase64(bytes))]).toEqual([...bytes])
  })
})
