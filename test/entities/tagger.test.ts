import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {viterbi} from '../../src/entities/names/decode.js'
import {documentCues, hashFeature, isAllCaps, normalizeWord, sentenceFeatureIds, sentenceFeatures, wordShape} from '../../src/entities/names/features.js'
import {gazetteerLabels, placePhraseLength} from '../../src/entities/names/gazetteer.js'
import {findNames} from '../../src/entities/names/index.js'
import {decodeBase64, featureRow, getModel, type Model, unpack, weightOf} from '../../src/entities/names/model.js'
import {riceCode} from '../../src/entities/names/rice.js'
import {documentRanges, tagDocument} from '../../src/entities/names/tagger.js'
import {tagRanges} from '../../src/entities/names/word-ranges.js'
import {allowed, startState, tagCount, tags} from '../../src/entities/names/tags.js'
import {tokenize} from '../../src/entities/tokens.js'

/** The feature ids in a model's hash table (every other number of it), sorted. */
const keysOf = (model: Model): number[] => [...model.table].filter((key, index) => index % 2 === 0 && key !== -1).sort((a, b) => a - b)

describe('features', () => {
  it.each([
    ['Milley', 'Xx'],
    ['U.S.', 'X.X.'],
    ['130,000', 'd,d'],
    ['al-Baghdadi', 'x-Xx'],
    ['Łódź', 'Xx'],
  ])('shape of %s is %s', (word, shape) => {
    expect(wordShape(word)).toBe(shape)
  })

  it('normalizes curly quotes and digits', () => {
    expect(normalizeWord('“1996”')).toBe('"0000"')
  })

  it('tells headlines in capitals from ordinary sentences', () => {
    expect(isAllCaps(['SOCCER', '-', 'JAPAN', 'GET', 'LUCKY', 'WIN'])).toBe(true)
    expect(isAllCaps(['NATO', 'said', 'Russia', 'moved'])).toBe(false)
  })

  it('collects the document cues: lower-case uses and mid-sentence capitals', () => {
    const cues = documentCues([['Long', 'talks', 'ended'], ['It', 'was', 'long'], ['They', 'met', 'Long']])
    expect(cues.lower.has('long')).toBe(true)
    expect(cues.capitalMid.has('long')).toBe(true)
    expect(cues.capitalMid.has('they')).toBe(false)
  })

  it('finds the longest place of several words, word by word, also in words with spaces', () => {
    expect(placePhraseLength(['in', 'new', 'zealand', 'today'], 1)).toBe(2)
    expect(placePhraseLength(['in', 'new', 'zealand'], 0)).toBe(0)
    // Lengths count the words given: a caller's word with a space in it is one of them.
    expect(placePhraseLength(['united', 'arab', 'emirates'], 0)).toBe(3)
    expect(placePhraseLength(['united arab', 'emirates'], 0)).toBe(2)
    expect(placePhraseLength(['new', 'zealand'], 1)).toBe(0)
  })

  it('marks gazetteer words, places over several words', () => {
    const labels = gazetteerLabels(['mark', 'flew', 'to', 'new', 'zealand'])
    expect(labels[0]).toContain('first')
    expect(labels[3]).toContain('place-B')
    expect(labels[4]).toContain('place-I')
    expect(labels[1]).toEqual([])
  })

  it('gives every token its own word, neighbour and position features', () => {
    const features = sentenceFeatures(['General', 'Mark', 'Milley'], documentCues([]))
    expect(features[0]).toEqual(expect.arrayContaining(['w=General', 'first|s=Xx', 'title', 'l-1=<s>']))
    expect(features[2]).toEqual(expect.arrayContaining(['w=Milley', 'l-1=mark', 'l+1=</s>']))
    expect(features[1]).not.toContain('first|s=Xx')
  })

  it('gives the hashes of the feature strings as ids, in the same order', () => {
    const sentences = [
      ['General', 'Mark', 'Milley', 'of', 'the', 'U.S.', 'Army', 'said', '“1996”', '.'],
      ['I', 'a', 'Łódź', '𐐀𐐨', 'NATO', 'Gen.', 'New', 'York', 'City', 'Inc.'],
      ['SOCCER', '-', 'JAPAN', 'GET', 'LUCKY', 'WIN', 'IN', 'PARIS'],
    ]
    const cues = documentCues(sentences)
    for (const sentence of sentences) {
      const expected = sentenceFeatures(sentence, cues).map((features) => features.map(hashFeature))
      expect(sentenceFeatureIds(sentence, cues).map((ids) => [...ids])).toEqual(expected)
    }
  })

  it('hashes deterministically into the feature space', () => {
    expect(hashFeature('w=Milley')).toBe(hashFeature('w=Milley'))
    expect(hashFeature('w=Milley')).not.toBe(hashFeature('w=Milly'))
    expect(hashFeature('w=Milley')).toBeLessThan(2 ** 22)
  })
})

describe('tags and decoding', () => {
  it('allows I-X only after B-X or I-X', () => {
    const index = (tag: string): number => tags.indexOf(tag as (typeof tags)[number])
    expect(allowed(index('B-PER'), index('I-PER'))).toBe(true)
    expect(allowed(index('I-PER'), index('I-PER'))).toBe(true)
    expect(allowed(index('O'), index('I-PER'))).toBe(false)
    expect(allowed(index('B-ORG'), index('I-PER'))).toBe(false)
    expect(allowed(startState, index('I-LOC'))).toBe(false)
  })

  it('never decodes a forbidden sequence, even when the scores favour it', () => {
    const emissions = new Float64Array(2 * tagCount)
    emissions[tags.indexOf('I-PER')] = 10
    emissions[tags.indexOf('O')] = 1
    emissions[tagCount + tags.indexOf('I-PER')] = 10
    emissions[tagCount + tags.indexOf('B-LOC')] = 2
    const path = viterbi(emissions, 2, new Float64Array((tagCount + 1) * tagCount))
    // I-PER cannot open a sentence nor follow O: the best legal path is B-PER I-PER
    expect(path.map((tag) => tags[tag])).toEqual(['B-PER', 'I-PER'])
  })

  it('respects the transition scores', () => {
    const emissions = new Float64Array(2 * tagCount)
    emissions[tags.indexOf('B-PER')] = 1
    emissions[tags.indexOf('B-ORG')] = 1.5
    emissions[tagCount + tags.indexOf('I-PER')] = 1
    emissions[tagCount + tags.indexOf('I-ORG')] = 1
    const transitions = new Float64Array((tagCount + 1) * tagCount)
    transitions[tags.indexOf('B-PER') * tagCount + tags.indexOf('I-PER')] = 1
    expect(viterbi(emissions, 2, transitions).map((tag) => tags[tag])).toEqual(['B-PER', 'I-PER'])
  })
})

describe('model', () => {
  it('decodes base64 without atob or Buffer', () => {
    expect([...decodeBase64('AQL/')]).toEqual([1, 2, 255])
    expect([...decodeBase64('AQI=')]).toEqual([1, 2])
  })

  it('Rice-codes id gaps (written out by hand)', () => {
    // gap 5 with rice 2: quotient 1 → "10", remainder "01"; gap 1: "0", "01" → 1001 001(0)
    expect([...riceCode([5, 6], 2)]).toEqual([0x92])
    expect([...riceCode([0, 1], 0)]).toEqual([0x40]) // gaps 0, 1: "0", "10"
  })

  it('unpacks Rice-coded ids and column-major level rows', () => {
    const ids = Buffer.from([0x92]).toString('base64')
    // levels -1, 0, 2 are '(', ')', '*'; feature 5 gets -1 for every tag, feature 6 gets 2
    const model = unpack({bits: 22, rice: 2, levels: [-1, 0, 2], transitions: [], ids, rows: '(*'.repeat(9)})
    expect(model.count).toBe(2)
    const weights = (row: number): number[] => Array.from({length: tagCount}, (_, tag) => weightOf(model, row, tag))
    expect(weights(0)).toEqual(Array(9).fill(-1))
    expect(weights(1)).toEqual(Array(9).fill(2))
    expect(keysOf(model)).toEqual([5, 6])
    expect([featureRow(model, 5), featureRow(model, 6), featureRow(model, 7)]).toEqual([0, 1, -1])
  })

  it('round-trips many ids through Rice coding', () => {
    const ids = [0, 1, 2, 900, 901, 70_000, 4_000_000]
    const levels = [0]
    const model = unpack({bits: 22, rice: 8, levels, transitions: [], ids: Buffer.from(riceCode(ids, 8)).toString('base64'), rows: '('.repeat(ids.length * 9)})
    expect(keysOf(model)).toEqual(ids)
  })

  it('finds every kept feature of the shipped model past its filter of bits, and no other', () => {
    const model = getModel()
    const kept = new Map<number, number>()
    for (let slot = 0; slot <= model.mask; slot++) if ((model.table[2 * slot] as number) !== -1) kept.set(model.table[2 * slot] as number, model.table[2 * slot + 1] as number)
    expect(kept.size).toBe(model.count)
    for (const [id, row] of kept) expect(featureRow(model, id)).toBe(row)
    // Ids the model does not keep: most are turned away by the filter, none is found.
    let found = 0
    for (let id = 0; id < 200_000; id++) if (!kept.has(id) && featureRow(model, id) !== -1) found++
    expect(found).toBe(0)
  })

  it('tags a plain news sentence with the shipped weights', () => {
    const [tagged] = tagDocument([['Mark', 'Milley', 'spoke', 'in', 'Minsk', '.']])
    expect(tagged).toEqual(['B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O'])
  })

  it('tags sentences made one at a time as it asks for them as it tags a list of them', () => {
    // findNames hands the tagger each sentence's words as it reads them (the document's cues
    // first, then the scores): the iterable is read twice and must give the same ranges.
    const document = [['Mark', 'Milley', 'spoke', 'in', 'Minsk', '.'], ['Milley', 'left', 'for', 'Kyiv', '.'], ['The', 'long', 'war', 'ended', '.']]
    let made = 0
    const oneAtATime: Iterable<string[]> = {
      *[Symbol.iterator]() {
        for (const words of document) {
          made++
          yield [...words]
        }
      },
    }
    const expected = tagRanges(tagDocument(document))
    expect(documentRanges(oneAtATime)).toEqual(expected)
    expect(expected.map((range) => range.type)).toEqual(['PER', 'LOC', 'PER', 'LOC'])
    expect(made).toBe(2 * document.length)
  })
})

describe('findNames on any text', () => {
  it('returns ordered, non-overlapping mentions that are exact slices', () => {
    const word = fc.constantFrom('Mark', 'Milley', 'NATO', 'the', 'Pentagon', 'said', 'U.S.', 'General', 'of', '(', ')', '.', ',', '\n', '\n\n', 'https://x.com/a', "O'Neill", 'Kyiv', '—', '1996-08-30', '3', 'bin', 'de', 'Osama', 'Laden', 'spokesman', 'Algeria', 'T.', 'agency', 'club', 'BONN', 'Luton')
    fc.assert(
      fc.property(fc.array(fc.oneof(word, fc.string({maxLength: 6})), {maxLength: 40}), (parts) => {
        const text = parts.join(' ')
        const mentions = findNames(tokenize(text))
        let end = 0
        for (const mention of mentions) {
          expect(mention.start).toBeGreaterThanOrEqual(end)
          expect(mention.end).toBeGreaterThan(mention.start)
          expect(text.slice(mention.start, mention.end).trim()).toBe(text.slice(mention.start, mention.end))
          end = mention.end
        }
      }),
      {numRuns: 300, seed: 7},
    )
  })

  it('stays linear on long input', () => {
    const paragraph = 'Gen. Mark Milley spoke with NATO officials in Brussels on Thursday, the Pentagon said.\n\n'
    const small = paragraph.repeat(200)
    const large = paragraph.repeat(2000)
    const count = (text: string): number => findNames(tokenize(text)).length
    expect(count(large)).toBe(10 * count(small))
  })
})
