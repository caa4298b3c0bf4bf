import {describe, expect, it} from 'vitest'
import {knownAcronyms as countAcronyms} from '../../../scripts/generate/known-acronyms.js'
import type {CorpusDocument} from '../../../scripts/eval/lib/ner-corpus.js'
import {retypeAcronyms} from '../../../src/entities/names/acronyms.js'
import {extractEntities} from '../../../src/index.js'
import {taggerWords} from '../../helpers/tagger-words.js'

const organizations = (text: string): string[] => extractEntities(text).organizations.flatMap((entity) => entity.mentions.map((mention) => mention.text))
const people = (text: string): string[] => extractEntities(text).people.flatMap((entity) => entity.mentions.map((mention) => mention.text))

describe('acronyms as organizations', () => {
  it('keeps an acronym the document spells out, small words skipped', () => {
    expect(organizations('Officials of the Office of Management and Budget spoke. Later the OMB said it would wait.')).toContain('OMB')
  })

  it('drops capitals the document never spells out', () => {
    expect(organizations('A VBIED exploded near the market, and the SSS readings rose.')).toEqual([])
  })
})

describe('acronyms the open data knows', () => {
  it('keeps them without a spell-out, dotted or not', () => {
    expect(organizations('The FBI said on Monday that talks would resume.')).toEqual(['FBI'])
    expect(organizations('The IMF said on Monday that talks would resume.')).toEqual(['IMF'])
    expect(organizations('The U.N. said on Monday that talks would resume.')).toEqual(['U.N.'])
    expect(organizations('Talks at the U.N. resumed.')).toEqual(['U.N.'])
    expect(organizations('The E.U. said on Monday that talks would resume.')).toEqual(['E.U.'])
  })

  it('types them as the data does, over the tagger', () => {
    const text = 'The UN said on Monday that talks would resume.'
    expect(people(text)).toEqual([])
    expect(organizations(text)).toEqual(['UN'])
  })

})

describe('retypeAcronyms: the tagger\'s one-word ranges over capitals', () => {
  const retyped = (sentence: string, type: string, at: number): string[] =>
    retypeAcronyms([taggerWords(sentence)], [{type, sentence: 0, first: at, last: at + 1}]).map((range) => range.type)

  it('gives a known acronym its type', () => {
    expect(retyped('The UN said talks would resume', 'PER', 1)).toEqual(['ORG'])
    expect(retyped('Talks at the U.K. embassy resumed', 'ORG', 3)).toEqual(['LOC'])
  })

  it('drops an unknown one tagged as a person, unless a title comes before it or it is a known name', () => {
    expect(retyped('The KWX said talks would resume', 'PER', 1)).toEqual([])
    expect(retyped('Mr. KWX said talks would resume', 'PER', 1)).toEqual(['PER'])
    expect(retyped('SALLY : Talks would resume', 'PER', 0)).toEqual(['PER'])
    expect(retyped('The KWX said talks would resume', 'ORG', 1)).toEqual(['ORG'])
  })

  it('leaves a line in capitals alone', () => {
    expect(retyped('KWX SAYS TALKS RESUME', 'PER', 0)).toEqual(['PER'])
  })
})

describe('an acronym with and without dots is one name', () => {
  it('clusters "U.S." and "US" into one place named by its fullest form', () => {
    const places = extractEntities('The U.S. said on Monday that talks would resume. US officials agreed.').places
    expect(places.map((entity) => [entity.name, entity.mentions.map((mention) => mention.text)])).toEqual([['U.S.', ['U.S.', 'US']]])
  })

  it('clusters "U.K." and "UK"', () => {
    const places = extractEntities('Ministers in the U.K. said on Monday that talks would resume. UK ministers agreed.').places
    expect(places.map((entity) => [entity.name, entity.mentions.length])).toEqual([['U.K.', 2]])
  })
})

describe('the known-acronym count (scripts/generate/known-acronyms.ts)', () => {
  const document = (id: string, fold: number, heldOut: boolean, ...sentences: Array<Array<[string, string]>>): CorpusDocument => ({
    id,
    source: 'test',
    group: 'gum',
    heldOut,
    fold,
    sentences: sentences.map((pairs) => ({words: pairs.map(([word]) => word), tags: pairs.map(([, tag]) => tag)})),
  })
  const said = (word: string, tag: string): Array<[string, string]> => [['The', 'O'], [word, tag], ['said', 'O'], ['no', 'O']]

  it('keeps what the data names whole often enough, typed by its majority, without dots', () => {
    const documents = [
      document('a', 0, false, said('U.N.', 'B-ORG'), said('UN', 'B-ORG'), said('UN', 'B-LOC'), said('UK', 'B-LOC'), said('UK', 'B-LOC')),
      document('b', 1, false, said('IS', 'O'), said('IS', 'O'), said('IS', 'B-ORG'), said('IS', 'B-ORG')),
    ]
    expect([...countAcronyms(documents, {minCount: 2, minShare: 0.6})]).toEqual([
      ['UK', 'LOC'],
      ['UN', 'ORG'],
    ])
  })

  it('reads no held-out document, no sentence in capitals, and no acronym inside a longer name', () => {
    const documents = [
      document('held', 0, true, said('NATO', 'B-ORG'), said('NATO', 'B-ORG')),
      document('caps', 0, false, [['NATO', 'B-ORG'], ['SAID', 'O']], [['NATO', 'B-ORG'], ['SAID', 'O']]),
      document('long', 0, false, [['BBC', 'B-ORG'], ['News', 'I-ORG'], ['said', 'O']], [['BBC', 'B-ORG'], ['News', 'I-ORG'], ['said', 'O']]),
    ]
    expect(countAcronyms(documents, {minCount: 1, minShare: 0.5}).size).toBe(0)
  })
})
