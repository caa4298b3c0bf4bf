import {describe, expect, it} from 'vitest'
import {cleanRanges} from '../../../src/entities/names/clean-ranges.js'
import {rangeText, type WordRange} from '../../../src/entities/names/word-ranges.js'
import {taggerWords} from '../../helpers/tagger-words.js'
import {extractEntities} from '../../../src/index.js'

/** Clean one sentence's ranges, given as [type, first, last]. */
function clean(text: string, ranges: Array<[string, number, number]>): string[] {
  const sentence = taggerWords(text)
  const input: WordRange[] = ranges.map(([type, first, last]) => ({type, sentence: 0, first, last}))
  return cleanRanges([sentence], input).map((range) => `${range.type} ${rangeText(sentence, range)}`)
}

const organizations = (text: string): string[] => extractEntities(text).organizations.flatMap((entity) => entity.mentions.map((mention) => mention.text))

describe('cleanRanges: title words at the end of an organization', () => {
  it('keeps an office named after "of" ("Department of Defense"), though "Defense" is a title word', () => {
    expect(clean('The Department of Defense announced today the death of a soldier .', [['ORG', 1, 4]])).toEqual(['ORG Department of Defense'])
    expect(clean('The U.S. Department of Agriculture said the harvest would be late .', [['ORG', 1, 5]])).toEqual(['ORG U.S. Department of Agriculture'])
  })

  it('still drops the title of the person who follows an organization', () => {
    expect(clean('General Staff of the Armed Forces Major General Viktor Gulevich spoke .', [['ORG', 0, 8], ['PER', 8, 10]])).toEqual([
      'ORG General Staff of the Armed Forces',
      'PER Viktor Gulevich',
    ])
  })
})

describe('offices named "X of <title word>" end to end', () => {
  it('finds the whole name, not "Department of"', () => {
    expect(organizations('Teachers from the Department of Education visited the court on Monday.')).toEqual(['Department of Education'])
    expect(organizations('The U.S. Department of Agriculture said the harvest would be late.')).toEqual(['U.S. Department of Agriculture'])
    expect(organizations('The Ministry of Finance said revenue rose.')).toEqual(['Ministry of Finance'])
  })
})

describe('cleanRanges: places named by a kind of land or water in the plural', () => {
  it('makes a person or organization ending in "Falls", "Springs", "Mountains" a place', () => {
    expect(clean('They drove to Niagara Falls on Sunday .', [['PER', 3, 5]])).toEqual(['LOC Niagara Falls'])
    expect(clean('The Rocky Mountains rose .', [['ORG', 1, 3]])).toEqual(['LOC Rocky Mountains'])
  })

  it('leaves "Organization of American States" an organization', () => {
    expect(clean('The Organization of American States met .', [['ORG', 1, 5]])).toEqual(['ORG Organization of American States'])
  })
})
