/**
 * The tagger's emission scores made per word type (src/entities/names/word-scores.ts)
 * must equal the weights of every feature of every token added one by one: the
 * features' three scopes cover exactly the feature list (with the word-class families
 * a model names), each model keeps its own cache, and the cache across calls (its
 * generations turning over) changes no score.
 */
import {describe, expect, it} from 'vitest'
import {capsOf, contextFeatures, documentCues, factsAt, pairFeatures, roleOffsets, sentenceContext, sentenceFeatureIds, sentenceFeatures, isAllCaps, wordFacts, wordFeatures} from '../../src/entities/names/features.js'
import {addScores, featureRow, getModel, type Model, unpack, weightOf} from '../../src/entities/names/model.js'
import {documentFeatureIds, featureFamilies} from '../../src/entities/names/model-features.js'
import {tagCount} from '../../src/entities/names/tags.js'
import {trainModel, type TrainingDocument} from '../../src/entities/names/training/index.js'
import {WordScores} from '../../src/entities/names/word-scores.js'
import {tagDocument} from '../../src/entities/names/tagger.js'

const sentences = [
  ['General', 'Mark', 'Milley', 'of', 'the', 'U.S.', 'Army', 'flew', 'to', 'New', 'Zealand', 'on', '“1996”', '.'],
  ['I', 'a', 'Łódź', '𐐀𐐨', 'NATO', 'Gen.', 'New', 'York', 'City', 'Inc.', 'Ministry', 'French'],
  ['SOCCER', '-', 'JAPAN', 'GET', 'LUCKY', 'WIN', 'IN', 'PARIS', ',', 'CHINA', 'IN', 'SURPRISE', 'DEFEAT'],
  ['long', 'talks', 'ended', 'as', 'Long', 'said', '(', 'Reuters', ')', 'in', 'Sao', 'Paulo'],
  ['Kyiv'],
]

/** The emission scores the slow way: each feature id of each token, its weights added in turn. */
function scoresOneByOne(model: Model, sentence: readonly string[], cues: ReturnType<typeof documentCues>): Float64Array {
  const out = new Float64Array(sentence.length * tagCount)
  sentenceFeatureIds(sentence, cues).forEach((ids, token) => {
    for (const id of ids) {
      const row = featureRow(model, id)
      if (row === -1) continue
      for (let tag = 0; tag < tagCount; tag++) out[token * tagCount + tag] = (out[token * tagCount + tag] as number) + weightOf(model, row, tag)
    }
  })
  return out
}

describe('features by scope', () => {
  it('reads the document cues from the words and capitals from the words\' facts', () => {
    const document = [['They', 'met', 'Long', 'and', '(', 'Short', ')'], ['It', 'was', 'long'], ['GAMES', 'IN', 'PARIS', 'TODAY']]
    const cues = documentCues(document)
    expect([...cues.capitalMid]).toEqual(['long'])
    expect([...cues.lower].sort()).toEqual(['and', 'long', 'met', 'was'])
    expect(document.map((sentence) => capsOf(sentence.map(wordFacts)))).toEqual([false, false, true])
    expect(sentences.map((sentence) => capsOf(sentence.map(wordFacts)))).toEqual(sentences.map(isAllCaps))
  })

  it('word, pair and context features together are exactly the feature list of each token', () => {
    const cues = documentCues(sentences)
    for (const sentence of sentences) {
      const facts = sentence.map(wordFacts)
      const context = sentenceContext(facts, isAllCaps(sentence), cues)
      const byScope = facts.map((_, index) => {
        const names: string[] = []
        const sink = {add: (a: string, b = '', c = '', d = '') => names.push(a + b + c + d), addSlice: (prefix: string, text: string, start: number, end: number) => names.push(prefix + text.slice(start, end))}
        roleOffsets.forEach((offset, role) => wordFeatures(factsAt(facts, index + offset), role, sink))
        pairFeatures(facts, index, sink)
        contextFeatures(context, index, sink)
        return names.sort()
      })
      expect(byScope).toEqual(sentenceFeatures(sentence, cues).map((names) => [...names].sort()))
    }
  })

  it('gives a place of several words its labels from the sentence, not from its words alone', () => {
    const facts = ['to', 'New', 'Zealand'].map(wordFacts)
    expect(facts[1]?.labels).not.toContain('place-B')
    const places = sentenceContext(facts, false, documentCues([])).places
    expect(places?.[1]).toEqual(['place-B'])
    expect(places?.[2]).toEqual(['place-I'])
  })
})

/** The emission scores of each sentence of one document, copied out of the buffer they are handed in. */
function emissionsOf(scores: WordScores, document: ReadonlyArray<readonly string[]>): number[][] {
  const all: number[][] = []
  scores.documentEmissions(document, (emissions, length) => all.push([...emissions.subarray(0, length * tagCount)]))
  return all
}

/** The emission scores the way training reads a model: the ids of every feature the model names, token by token. */
function tokenByToken(model: Model, features: string, document: ReadonlyArray<readonly string[]>): number[][] {
  return documentFeatureIds(document, features).map((ids) => {
    const out = new Float64Array(ids.length * tagCount)
    ids.forEach((row, index) => addScores(model, row, out, index * tagCount))
    return [...out]
  })
}

/** A small corpus with names and a line of capitals, to train models with each feature set. */
const corpus: TrainingDocument[] = [
  {
    sentences: [
      {words: ['General', 'Mark', 'Milley', 'flew', 'to', 'Paris', '.'], tags: ['O', 'B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O']},
      {words: ['SOCCER', '-', 'JAPAN', 'BEAT', 'CHINA', 'IN', 'PARIS'], tags: ['O', 'O', 'B-LOC', 'O', 'B-LOC', 'O', 'B-LOC']},
      {words: ['Reuters', 'said', 'Milley', 'met', 'NATO', 'in', 'London', '.'], tags: ['B-ORG', 'O', 'B-PER', 'O', 'B-ORG', 'O', 'B-LOC', 'O']},
    ],
  },
]

describe('emission scores per word type', () => {
  it('equal the weights of every feature added one by one, to the last bit', () => {
    const model = getModel()
    const cues = documentCues(sentences)
    expect(emissionsOf(new WordScores(model, {}), sentences)).toEqual(sentences.map((sentence) => [...scoresOneByOne(model, sentence, cues)]))
  })

  it('include exactly the word-class families the model names (the shipped model, and trained ones with caps)', () => {
    expect(emissionsOf(new WordScores(getModel(), featureFamilies('tagger+classes')), sentences)).toEqual(tokenByToken(getModel(), 'tagger+classes', sentences))
    for (const features of ['tagger', 'tagger+classes', 'tagger+caps', 'tagger+classes+caps']) {
      const model = unpack(trainModel(corpus, {epochs: 2, prune: 0, zeroBelow: 0, features}))
      expect(emissionsOf(new WordScores(model, featureFamilies(features)), sentences)).toEqual(tokenByToken(model, features, sentences))
    }
  })

  it('keeps one cache per model: a model a caller gives never reads the sums of the shipped one', () => {
    const trained = trainModel(corpus, {epochs: 2, prune: 0, zeroBelow: 0, features: 'tagger+classes'})
    const mine = unpack(trained)
    const shipped = tagDocument(sentences)
    const given = tagDocument(sentences, trained)
    expect(tagDocument(sentences)).toEqual(shipped)
    expect(tagDocument(sentences, trained)).toEqual(given)
    const expected = tokenByToken(mine, 'tagger+classes', sentences)
    expect(given).not.toEqual(shipped)
    expect(emissionsOf(new WordScores(mine, featureFamilies('tagger+classes')), sentences)).toEqual(expected)
  })

  it('are the same after the cache has turned over many times (5,000 words never seen, generations of 1,000)', () => {
    const scores = new WordScores(getModel(), featureFamilies('tagger+classes'), 1_000)
    const before = emissionsOf(scores, sentences)
    const novel = Array.from({length: 5_000}, (_, index) => `Zq${index.toString(36)}`)
    for (let from = 0; from < novel.length; from += 500) emissionsOf(scores, [novel.slice(from, from + 500)])
    expect(emissionsOf(scores, sentences)).toEqual(before)
  })
})
