import {describe, expect, it} from 'vitest'
import {continues} from '../../src/segment/rules/continuation.js'

describe('continuation', () => {
  it.each([
    ['to reduce chances of', 'miscalculation and gain perspectives.'],
    ['a decision the mayor said was forced on the', 'City Hall by falling revenue.'],
    ['The minister, speaking in Paris,', 'Berlin and Rome on the same day, said so.'],
    ['the talks were long and', '"difficult," he said.'],
  ])('%j is continued by %j', (before, after) => {
    expect(continues(before, after)).toBe(true)
  })

  it.each([
    ['The talks ended.', 'iPhone sales rose.'],
    ['He listed three:', 'apples, pears and plums.'],
    ['Russian Defense Ministry', 'U.S. and Belarusian defense chiefs held talks.'],
    ['Read this', 'New paragraph.'],
    ['', 'lower case.'],
    ['Wi-Fi: 802.11b/g', 'tech.co.uk'],
  ])('%j is not continued by %j', (before, after) => {
    expect(continues(before, after)).toBe(false)
  })
})
