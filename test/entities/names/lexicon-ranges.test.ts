import {describe, expect, it} from 'vitest'
import {indexLexicon, lexiconRanges, preferLexicon} from '../../../src/entities/names/lexicon.js'
import type {WordRange} from '../../../src/entities/names/word-ranges.js'
import {rangeText} from '../../../src/entities/names/word-ranges.js'
import {taggerWords} from '../../../src/entities/names/tagger-words.js'
import {tokenize} from '../../../src/entities/tokens.js'

/** The lexicon's matches in `text` as [type, words]. */
function found(text: string, names: Parameters<typeof indexLexicon>[0]): Array<[string, string]> {
  const index = indexLexicon(names)
  const sentences = taggerWords(tokenize(text))
  return sentences.flatMap((words, sentence) => lexiconRanges(words, sentence, index).map((range) => [range.type, rangeText(words, range)] as [string, string]))
}

describe('lexicon matching', () => {
  it('finds each kind, case-sensitively, with possessives cut as in the text', () => {
    expect(found("Moody's Investors Service cut Norilsk. The norilsk site is a city.", {organizations: ["Moody's Investors Service", 'Norilsk']})).toEqual([
      ['ORG', "Moody 's Investors Service"],
      ['ORG', 'Norilsk'],
    ])
  })

  it('takes the longest entry where entries are substrings of each other', () => {
    expect(found('Bank of America and America.', {organizations: ['Bank of America', 'Bank'], places: ['America']})).toEqual([
      ['ORG', 'Bank of America'],
      ['LOC', 'America'],
    ])
  })

  it('matches a line in capitals whatever the case of the entry, but not mixed case', () => {
    expect(found('BARRICK GOLD BEATS FORECASTS\n\nBarrick gold rose.', {organizations: ['Barrick Gold']})).toEqual([['ORG', 'BARRICK GOLD']])
  })

  it('skips empty and blank entries and keeps the first kind of a repeated one', () => {
    expect(found('Jordan spoke.', {people: ['', '   ', 'Jordan'], places: ['Jordan']})).toEqual([['PER', 'Jordan']])
  })

  it('never matches inside a URL', () => {
    expect(found('See https://example.com/Acme now.', {organizations: ['Acme']})).toEqual([])
  })
})

describe('preferLexicon', () => {
  it('drops what overlaps a lexicon name and keeps the rest in order', () => {
    const ranges: WordRange[] = [
      {type: 'LOC', sentence: 0, first: 0, last: 1},
      {type: 'PER', sentence: 0, first: 3, last: 5},
      {type: 'ORG', sentence: 1, first: 0, last: 2},
    ]
    const lexicon: WordRange[] = [{type: 'ORG', sentence: 0, first: 0, last: 2, fixed: true}]
    expect(preferLexicon(ranges, lexicon).map((range) => [range.type, range.sentence, range.first])).toEqual([
      ['ORG', 0, 0],
      ['PER', 0, 3],
      ['ORG', 1, 0],
    ])
  })
})
