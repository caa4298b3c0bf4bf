/**
 * The `doc` feature family (src/entities/names/document-contexts.ts): a name candidate's
 * token hears the contexts of the word's other capitalized occurrences in the document,
 * never its own; lines in capitals hear but do not speak.
 */
import {describe, expect, it} from 'vitest'
import {capsOf, cuesOf, wordFacts} from '../../../src/entities/names/features.js'
import {contextAggregateFeatures, documentContexts} from '../../../src/entities/names/document-contexts.js'

/** The `doc` features of each token of each sentence of a document, sorted. */
function docFeatures(document: string[][]): string[][][] {
  const facts = document.map((sentence) => sentence.map(wordFacts))
  const caps = facts.map(capsOf)
  const contexts = documentContexts(facts, caps, cuesOf(facts))
  return facts.map((sentence, index) =>
    sentence.map((_, token) => {
      const names: string[] = []
      contextAggregateFeatures(contexts, sentence, token, caps[index] === true, {add: (a, b = '') => names.push(a + b), addSlice: () => {}})
      return names.sort()
    }),
  )
}

describe('contexts of a name elsewhere in the document', () => {
  it('gives a token the contexts of the other occurrences only', () => {
    const [first, second] = docFeatures([
      ['Gen.', 'Mark', 'Milley', 'spoke'],
      ['Milley', 'left', '.'],
    ])
    expect(first?.[2]).toEqual(['a+1=left', 'a+1s=x', 'a-1=<s>', 'a-1s=<s>'])
    expect(second?.[0]).toEqual(['a+1=spoke', 'a+1s=x', 'a-1=mark', 'a-1s=Xx'])
    // "Mark" and "Gen." occur once; lower-case words are no candidates.
    expect(first?.[1]).toEqual([])
    expect(second?.[1]).toEqual([])
  })

  it('needs a capitalized use mid-sentence: a word only ever capitalized at a sentence start gets none', () => {
    const features = docFeatures([
      ['The', 'talks', 'ended'],
      ['The', 'vote', 'came'],
    ])
    expect(features.flat(2)).toEqual([])
  })

  it('lets a line in capitals hear the body, and the body not hear it', () => {
    const [headline, body] = docFeatures([
      ['BARRICK', 'SHARES', 'SOAR', 'IN', 'TORONTO', 'TRADING', 'TODAY'],
      ['Shares', 'of', 'Barrick', 'rose', '.'],
    ])
    expect(headline?.[0]).toEqual(['a+1=rose', 'a+1s=x', 'a-1=of', 'a-1s=x'])
    expect(body?.[2]).toEqual([])
  })
})
