/**
 * The tagger's emission scores made per word type (src/entities/names/word-scores.ts)
 * must equal the weights of every feature of every token added one by one: the
 * features' three scopes cover exactly the feature list, and the cache across calls
 * (its generations turning over) changes no score.
 */
import {describe, expect, it} from 'vitest'
import {capsOf, contextFeatures, cuesOf, documentCues, factsAt, pairFeatures, roleOffsets, sentenceContext, sentenceFeatureIds, sentenceFeatures, isAllCaps, wordFacts, wordFeatures} from '../../src/entities/names/features.js'
import {featureRow, getModel, type Model} from '../../src/entities/names/model.js'
import {tagCount} from '../../src/entities/names/tags.js'
import {documentEmissions} from '../../src/entities/names/word-scores.js'

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
      for (let tag = 0; tag < tagCount; tag++) out[token * tagCount + tag] = (out[token * tagCount + tag] as number) + (model.rows[row * tagCount + tag] as number)
    }
  })
  return out
}

describe('features by scope', () => {
  it('reads the document cues and capitals from the words\' facts', () => {
    const document = [['They', 'met', 'Long', 'and', '(', 'Short', ')'], ['It', 'was', 'long'], ['GAMES', 'IN', 'PARIS', 'TODAY']]
    const cues = cuesOf(document.map((sentence) => sentence.map(wordFacts)))
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
function emissionsOf(model: Model, document: ReadonlyArray<readonly string[]>): number[][] {
  const all: number[][] = []
  documentEmissions(model, document, (emissions, length) => all.push([...emissions.subarray(0, length * tagCount)]))
  return all
}

describe('emission scores per word type', () => {
  it('equal the weights of every feature added one by one, to the last bit', () => {
    const model = getModel()
    const cues = documentCues(sentences)
    expect(emissionsOf(model, sentences)).toEqual(sentences.map((sentence) => [...scoresOneByOne(model, sentence, cues)]))
  })

  it('are the same after the cache has turned over many times (17,000 words never seen)', () => {
    const model = getModel()
    const before = emissionsOf(model, sentences)
    const novel = Array.from({length: 17_000}, (_, index) => `Zq${index.toString(36)}`)
    for (let from = 0; from < novel.length; from += 500) emissionsOf(model, [novel.slice(from, from + 500)])
    expect(emissionsOf(model, sentences)).toEqual(before)
  })
})
