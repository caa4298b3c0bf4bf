import {describe, expect, it} from 'vitest'
import {countWords, endsSentence, firstLetter, startsLower} from '../../src/segment/text-shape.js'

describe('text shape', () => {
  it('counts words across spaces, tabs, NBSP and newlines', () => {
    expect(countWords('one two\tthree\u00a0four\nfive')).toBe(5)
    expect(countWords('   ')).toBe(0)
  })

  it.each(['It ended.', 'Did it?', 'He said "no."', 'It did (really).', 'Wait…'])('%j ends a sentence', (text) => {
    expect(endsSentence(text)).toBe(true)
  })

  it.each(['to reduce chances of', 'Russian Defense Ministry', 'On the Net:', ''])('%j does not end a sentence', (text) => {
    expect(endsSentence(text)).toBe(false)
  })

  it('counts a colon as an ending only when loose', () => {
    expect(endsSentence('He listed three:', true)).toBe(true)
    expect(endsSentence('He listed three:')).toBe(false)
  })

  it('finds the first letter past quotes and brackets', () => {
    expect(firstLetter('"(eBay')).toBe('e')
    expect(startsLower('“miscalculation and')).toBe(true)
    expect(startsLower('Miscalculation')).toBe(false)
    expect(startsLower('— 42')).toBe(false)
  })
})
