import {describe, expect, it} from 'vitest'
import {stitch} from '../src/internal/offset-map.js'

describe('stitch', () => {
  const source = 'Mark\nMilley spoke.\n\nhttps://x.y/z\n\nThe govern-\nment said.'
  const parts = [
    [{start: 0, end: 4}, {start: 5, end: 18}],
    [{start: 35, end: 46}, {start: 47, end: 57}],
  ]
  const stitched = stitch(source, parts, {dehyphenate: true})

  it('joins lines with spaces, parts with a blank line, and undoes a line-end hyphen', () => {
    expect(stitched.text).toBe('Mark Milley spoke.\n\nThe government said.')
  })

  it('maps spans back to the source', () => {
    const at = (word: string) => {
      const start = stitched.text.indexOf(word)
      const span = stitched.toSource({start, end: start + word.length})
      return source.slice(span.start, span.end)
    }
    expect(at('Mark Milley')).toBe('Mark\nMilley')
    expect(at('spoke')).toBe('spoke')
    expect(at('government')).toBe('govern-\nment')
    expect(at('said.')).toBe('said.')
  })

  it('keeps a hyphen between capitals or digits', () => {
    const text = 'Russia-\nBelarus'
    expect(stitch(text, [[{start: 0, end: 7}, {start: 8, end: 15}]], {dehyphenate: true}).text).toBe('Russia- Belarus')
  })
})
