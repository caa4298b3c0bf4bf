import {describe, expect, it} from 'vitest'
import {dropEventsAndProducts} from '../../../src/entities/names/events-and-products.js'
import {joinLongNames} from '../../../src/entities/names/long-names.js'
import {rangeText, type WordRange} from '../../../src/entities/names/word-ranges.js'
import {taggerWords} from '../../helpers/tagger-words.js'

/** Join over one sentence; ranges as [type, first, last]. */
function join(text: string, ranges: Array<[string, number, number]>): string[] {
  const sentence = taggerWords(text)
  const input: WordRange[] = ranges.map(([type, first, last]) => ({type, sentence: 0, first, last}))
  return joinLongNames([sentence], input).map((range) => `${range.type} ${rangeText(sentence, range)}`)
}

describe('joinLongNames', () => {
  it('keeps "X of Y and Z" organizations whole', () => {
    expect(join('the Office of Management and Budget said', [['ORG', 1, 4], ['PER', 5, 6]])).toEqual(['ORG Office of Management and Budget'])
    expect(join('the Department of Fisheries and Oceans', [['ORG', 1, 4]])).toEqual(['ORG Department of Fisheries and Oceans'])
  })

  it('keeps "X of Y and Z" whole when the tagger stopped inside Y', () => {
    expect(join('the Colorado Department of Public Health and Environment issued', [['ORG', 1, 5]])).toEqual(['ORG Colorado Department of Public Health and Environment'])
    expect(join('the Department of Public Works said', [['ORG', 1, 4]])).toEqual(['ORG Department of Public'])
  })

  it('joins an organization named by its head word to the place after "of"', () => {
    expect(join('the Public Utility Commission of Texas ruled', [['ORG', 1, 4], ['LOC', 5, 6]])).toEqual(['ORG Public Utility Commission of Texas'])
    expect(join('the ruling of Texas', [['LOC', 3, 4]])).toEqual(['LOC Texas'])
  })

  it('makes a team of a place and a plural nickname', () => {
    expect(join('the Boston Celtics won', [['LOC', 1, 2], ['PER', 2, 3]])).toEqual(['ORG Boston Celtics'])
    expect(join('the Golden State Warriors won', [['LOC', 1, 3]])).toEqual(['ORG Golden State Warriors'])
  })

  it('takes no kind of place in the plural for a nickname ("Niagara Falls", "Palm Springs")', () => {
    expect(join('at Niagara Falls today', [['LOC', 1, 2]])).toEqual(['LOC Niagara'])
    expect(join('in Palm Springs today', [['LOC', 1, 2]])).toEqual(['LOC Palm'])
  })

  it('leaves places before other words alone', () => {
    expect(join('in Boston Tuesday', [['LOC', 1, 2]])).toEqual(['LOC Boston'])
    expect(join('the Boston Americans fans', [['LOC', 1, 2]])).toEqual(['LOC Boston'])
    expect(join('and Texas and Ohio', [['LOC', 1, 2], ['LOC', 3, 4]])).toEqual(['LOC Texas', 'LOC Ohio'])
  })
})

describe('dropEventsAndProducts', () => {
  it('drops a place inside an event name and a name after a model designation', () => {
    const sentence = taggerWords('the U.S. Open and S-400 Triumf systems in Kyiv')
    const ranges: WordRange[] = [
      {type: 'LOC', sentence: 0, first: 1, last: 2},
      {type: 'ORG', sentence: 0, first: 5, last: 6},
      {type: 'LOC', sentence: 0, first: 8, last: 9},
    ]
    expect(dropEventsAndProducts([sentence], ranges).map((range) => rangeText(sentence, range))).toEqual(['Kyiv'])
  })

  it('reads a designation alike in ASCII and in any script (the ASCII pattern stands in for the Unicode one)', () => {
    const kept = (designation: string): string[] => {
      const sentence = taggerWords(`the ${designation} Flanker flew`)
      return dropEventsAndProducts([sentence], [{type: 'ORG', sentence: 0, first: 2, last: 3}]).map((range) => rangeText(sentence, range))
    }
    for (const designation of ['Su-35', 'F-16', 'MiG-29K', 'B52', 'Су-35', 'Ла-50', 'É-100']) expect(kept(designation)).toEqual([])
    for (const word of ['su-35', 'Su-3', 'Sukh-35', 'Su-35kk', 'F-12345', 'су-35', 'Éé-1']) expect(kept(word)).toEqual(['Flanker'])
  })

  it('drops a person named in an award, before its head word or with it', () => {
    const sentence = taggerWords('Bird won the Larry Bird Trophy and the Conn Smythe Trophy')
    const ranges: WordRange[] = [
      {type: 'PER', sentence: 0, first: 0, last: 1},
      {type: 'PER', sentence: 0, first: 3, last: 6},
      {type: 'PER', sentence: 0, first: 8, last: 10},
    ]
    expect(dropEventsAndProducts([sentence], ranges).map((range) => rangeText(sentence, range))).toEqual(['Bird'])
  })

  it('drops a time zone, not a place that starts with a zone word (session 11)', () => {
    const sentence = taggerWords('at 5 p.m. Eastern Time and 9 a.m. Pacific Daylight Time in Eastern Europe')
    const ranges: WordRange[] = [
      {type: 'LOC', sentence: 0, first: 3, last: 5},
      {type: 'ORG', sentence: 0, first: 8, last: 11},
      {type: 'LOC', sentence: 0, first: 12, last: 14},
    ]
    expect(dropEventsAndProducts([sentence], ranges).map((range) => rangeText(sentence, range))).toEqual(['Eastern Europe'])
  })

  it('drops a storm\'s name, and its given name alone elsewhere, but not a person called Storm (session 10)', () => {
    const first = taggerWords('Tropical Storm Irene flooded Vermont and Hurricane Katrina struck New Orleans')
    const second = taggerWords('Irene was the worst since 1927 , Storm Reid said')
    const ranges: WordRange[] = [
      {type: 'PER', sentence: 0, first: 1, last: 3},
      {type: 'LOC', sentence: 0, first: 4, last: 5},
      {type: 'PER', sentence: 0, first: 7, last: 8},
      {type: 'LOC', sentence: 0, first: 9, last: 11},
      {type: 'PER', sentence: 1, first: 0, last: 1},
      {type: 'PER', sentence: 1, first: 7, last: 9},
    ]
    const kept = dropEventsAndProducts([first, second], ranges).map((range) => rangeText(range.sentence === 0 ? first : second, range))
    expect(kept).toEqual(['Vermont', 'New Orleans', 'Storm Reid'])
  })
})
