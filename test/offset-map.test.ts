import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {joinStitched, stitch, type StitchedText} from '../src/internal/offset-map.js'

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

describe('joinStitched', () => {
  /** Paragraphs of lines, the lines joined by `lineBreak`, the paragraphs by `gap`; each paragraph stitched on its own. */
  const partsOf = (paragraphs: string[][], lineBreak: string, gap: string): {source: string; parts: StitchedText[]} => {
    const source = paragraphs.map((lines) => lines.join(lineBreak)).join(gap)
    let at = 0
    const parts = paragraphs.map((lines) => {
      const spans = lines.map((line) => {
        const span = {start: at, end: at + line.length}
        at = span.end + lineBreak.length
        return span
      })
      at += gap.length - lineBreak.length
      return stitch(source, [spans], {dehyphenate: true})
    })
    return {source, parts}
  }

  it('gives the same text and map with the source as without it, verbatim or not', () => {
    const line = fc.constantFrom('One line.', 'two words', 'the govern-', 'ment said', 'self-', 'Russia-', 'x')
    fc.assert(
      fc.property(fc.array(fc.array(line, {minLength: 1, maxLength: 3}), {maxLength: 5}), fc.constantFrom('\n', '\r\n'), fc.constantFrom('\n\n', '\n', '\n\n\n', '\r\n\r\n'), (paragraphs, lineBreak, gap) => {
        const {source, parts} = partsOf(paragraphs, lineBreak, gap)
        const joined = joinStitched(parts)
        const fromSource = joinStitched(parts, '\n\n', source)
        expect(fromSource.text).toBe(joined.text)
        expect(fromSource.pieces).toEqual(joined.pieces)
      }),
      {numRuns: 100},
    )
  })

  it('is the source itself when the paragraphs stand a line each with blank lines between, and a join of them otherwise', () => {
    const {source, parts} = partsOf([['One line.'], ['Another one.'], ['A third.']], '\n', '\n\n')
    expect(joinStitched(parts, '\n\n', source).text).toBe(source)
    const {parts: apart} = partsOf([['One line.'], ['Another one.']], '\n', '\n\n\n')
    expect(joinStitched(apart, '\n\n', 'One line.\n\n\nAnother one.').text).toBe('One line.\n\nAnother one.')
  })
})
