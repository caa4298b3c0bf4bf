import {describe, expect, it} from 'vitest'
import {documentCues} from '../../../src/entities/names/features.js'
import {isCapital} from '../../../src/entities/names/score-tables.js'
import type {TaggerWord} from '../../../src/entities/names/tagger-words.js'
import {bare, isTitleWord} from '../../../src/entities/names/titles.js'
import {rangeText} from '../../../src/entities/names/word-ranges.js'
import {taggerWords} from '../../helpers/tagger-words.js'

const word = (text: string, blocked = false): TaggerWord => ({text, start: 0, end: text.length, blocked, spaceBefore: false})

describe('the per-word helpers of the name refiners', () => {
  it('bare drops one full stop at the end only', () => {
    expect(bare(word('Gen.'))).toBe('Gen')
    expect(bare(word('U.S.'))).toBe('U.S')
    expect(bare(word('.'))).toBe('')
    expect(bare(word('Gen'))).toBe('Gen')
    expect(bare(undefined)).toBe('')
    expect(isTitleWord(word('Gen.'))).toBe(true)
    expect(isTitleWord(undefined)).toBe(false)
  })

  it('isCapital: a capital first, and no URL', () => {
    expect(isCapital(word('Luton'))).toBe(true)
    expect(isCapital(word('Émile'))).toBe(true)
    expect(isCapital(word('luton'))).toBe(false)
    expect(isCapital(word('<url>', true))).toBe(false)
    expect(isCapital(word('Luton', true))).toBe(false)
    expect(isCapital(undefined)).toBe(false)
  })

  it('rangeText joins the words of a range with single spaces, and stops at the sentence end', () => {
    const sentence = taggerWords('Gen. Mark Milley spoke')
    expect(rangeText(sentence, {first: 1, last: 3})).toBe('Mark Milley')
    expect(rangeText(sentence, {first: 2, last: 3})).toBe('Milley')
    expect(rangeText(sentence, {first: 3, last: 9})).toBe('spoke')
    expect(rangeText(sentence, {first: 2, last: 2})).toBe('')
  })

  it('a capitalized word after a quotation mark or bracket is no mid-sentence capital', () => {
    const cues = documentCues([['he', 'said', '"', 'Paris'], ['the', '(', 'Rome'], ['in', "'", 'Oslo'], ['in', 'Bonn', '', 'Kiel']])
    expect([...cues.capitalMid].sort()).toEqual(['bonn'])
    expect(cues.lower.has('said')).toBe(true)
  })
})
