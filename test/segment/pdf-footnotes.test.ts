import {describe, expect, it} from 'vitest'
import {footnoteBlock, footnoteMarkers} from '../../src/segment/rules/pdf-footnotes.js'

describe('PDF footnotes', () => {
  it('finds the notes under a rule', () => {
    expect(footnoteBlock(['Text.', '____', '1 Source, 2024.', '2 Other source.'])).toEqual({rule: 1, numbers: new Set([1, 2])})
    expect(footnoteBlock(['Text.', '____', 'Not a note.'])).toBeUndefined()
    expect(footnoteBlock(['1 Source.', '2 Other.'])).toBeUndefined()
  })

  it('finds the markers glued to punctuation', () => {
    const text = 'published this week.1 Ships at berth; the harbour fell by 18% in two years.2 The EU'
    expect(footnoteMarkers(text, new Set([1, 2])).map(({start, end}) => text.slice(start - 1, end))).toEqual(['.1', '.2'])
  })

  it.each(['rose 2.5 percent', 'in 2024.3', 'at 10.30 am', 'version 2.1 of the rules'])('%j has no marker', (text) => {
    expect(footnoteMarkers(text, new Set([1, 2, 3, 5]))).toEqual([])
  })
})
