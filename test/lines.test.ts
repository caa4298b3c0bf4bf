import {describe, expect, it} from 'vitest'
import {pieces, splitLines} from '../src/segment/lines.js'
import {toParagraph} from '../src/segment/paragraph.js'

describe('splitLines', () => {
  it('splits at \\n, \\r\\n and \\r and trims each line', () => {
    const text = ' a \r\nb\rc\n\n\ufeff d\u00a0'
    expect(splitLines(text).map((line) => [line.text, line.blank])).toEqual([
      ['a', false], ['b', false], ['c', false], ['', true], ['d', false],
    ])
    for (const line of splitLines(text)) expect(text.slice(line.start, line.end)).toBe(line.text)
  })
})

describe('pieces', () => {
  it('cuts at whitespace runs other than one plain space', () => {
    const text = 'a b\u00a0c  d\te'
    expect(pieces(text, {start: 0, end: text.length}).map((s) => text.slice(s.start, s.end))).toEqual(['a b', 'c', 'd', 'e'])
  })
})

describe('toParagraph', () => {
  it('joins wrapped lines and undoes a hyphenated line break', () => {
    const text = 'The govern-\nment said  so.'
    expect(toParagraph(text, [{start: 0, end: 11}, {start: 12, end: 26}]).text).toBe('The government said so.')
  })
})
