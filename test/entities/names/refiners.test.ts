import {describe, expect, it} from 'vitest'
import {refineRanges, refiners} from '../../../src/entities/names/refiners.js'
import {rangeText, rangesBySentence, type WordRange} from '../../../src/entities/names/word-ranges.js'
import {taggerWords} from '../../helpers/tagger-words.js'

// Sentences where the refiners change ranges: a particle join, a place fused to an
// organization, a long name, a team, repeats made consistent, a title before a person.
const sentences = [
  'Ludwig van Beethoven wrote it in Vienna .',
  'The Office of Management and Budget said the Boston Celtics won .',
  'Major General Viktor Gulevich of Belarus met Beethoven .',
  'New York Police said Vienna was quiet .',
].map(taggerWords)

const tagged = (): WordRange[] => [
  {type: 'PER', sentence: 0, first: 0, last: 1},
  {type: 'PER', sentence: 0, first: 2, last: 3},
  {type: 'LOC', sentence: 0, first: 6, last: 7},
  {type: 'ORG', sentence: 1, first: 1, last: 4},
  {type: 'PER', sentence: 1, first: 5, last: 6},
  {type: 'LOC', sentence: 1, first: 8, last: 9},
  {type: 'PER', sentence: 1, first: 9, last: 10},
  {type: 'LOC', sentence: 2, first: 5, last: 6},
  {type: 'LOC', sentence: 3, first: 0, last: 2},
  {type: 'ORG', sentence: 3, first: 2, last: 3},
]

const texts = (ranges: readonly WordRange[]): string[] => ranges.map((range) => `${range.type} ${rangeText(sentences[range.sentence] ?? [], range)}`)

describe('refiners', () => {
  it('never change a range they are given (a range that stays is passed on, a changed one is new)', () => {
    const frozen = tagged().map((range) => Object.freeze(range))
    // Each refiner in turn over frozen input: changing a range in place would throw.
    let ranges: WordRange[] = frozen
    for (const refine of refiners) {
      const input = ranges.map((range) => Object.freeze({...range}))
      const before = JSON.stringify(input)
      ranges = refine(sentences, input)
      expect(JSON.stringify(input)).toBe(before)
    }
    expect(texts(ranges)).toEqual(texts(refineRanges(sentences, tagged())))
  })

  it('join, fuse and extend the ranges of the sample', () => {
    expect(texts(refineRanges(sentences, tagged()))).toEqual([
      'PER Ludwig van Beethoven',
      'LOC Vienna',
      'ORG Office of Management and Budget',
      'ORG Boston Celtics',
      'PER Viktor Gulevich',
      'LOC Belarus',
      'PER Beethoven',
      'ORG New York Police',
      'LOC Vienna',
    ])
  })
})

describe('rangesBySentence', () => {
  it("gives each sentence's ranges in their order, sentences asked in ascending order", () => {
    const ranges: WordRange[] = [
      {type: 'PER', sentence: 2, first: 4, last: 5},
      {type: 'ORG', sentence: 0, first: 3, last: 4},
      {type: 'LOC', sentence: 2, first: 1, last: 2},
      {type: 'PER', sentence: 0, first: 0, last: 1},
    ]
    const ownOf = rangesBySentence(ranges)
    const at = (sentence: number): string[] => ownOf(sentence).map((range) => `${range.sentence}:${range.first}`)
    expect([at(0), at(1), at(2), at(3)]).toEqual([['0:3', '0:0'], [], ['2:4', '2:1'], []])
    // The list given is not reordered.
    expect(ranges[0]?.sentence).toBe(2)
  })

  it('hands out the same range objects, not copies', () => {
    const ranges = tagged()
    const ownOf = rangesBySentence(ranges)
    expect(ownOf(0)[0]).toBe(ranges[0])
    expect(ownOf(1)[1]).toBe(ranges[4])
  })
})
