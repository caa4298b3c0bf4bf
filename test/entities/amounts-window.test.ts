/**
 * The amounts finder lexes a long text a piece at a time and reads it through a window
 * of lexemes: whatever the piece size, it finds exactly the amounts of one pass over
 * the whole text's lexemes.
 */
import {describe, expect, it} from 'vitest'
import {scanAmounts} from '../../src/entities/amounts/index.js'
import {cutAfter, lex} from '../../src/entities/amounts/lexer.js'

/** Sentences with amounts of every shape, ranges, spelled numbers and paragraph breaks. */
const sentences = [
  'It raised $10 billion.',
  'Rates rose 3.5 per cent,\nor 25 basis points.',
  'Between $5 and 7 million\n\nwas paid in March. 2019 to 5 percent.',
  'One hundred and twenty-three thousand dollars went to U.S. $2.3 billion funds.',
  'RMB24,000,000 and Rs500 and €3.2bn;   A320 and 5G and 1,000,000 people.',
  '\r\n\r\n  Fifty Thousand Dollars  \t and $5-7 million and 4.3% to 18.20.',
]

function longText(count: number): string {
  const parts: string[] = []
  for (let index = 0; index < count; index++) parts.push(sentences[index % sentences.length] as string)
  return parts.join(count % 3 === 0 ? '\n\n' : ' ')
}

describe('amounts through a window of lexemes', () => {
  it('lexes pieces cut by cutAfter into the lexemes of the whole text', () => {
    const text = longText(40)
    const whole = lex(text)
    for (const size of [1, 13, 200]) {
      const pieces = []
      for (let from = 0; from < text.length; ) {
        const to = cutAfter(text, from + size)
        expect(to === text.length || /\s/.test(text.charAt(to))).toBe(true)
        pieces.push(...lex(text, from, to))
        from = to
      }
      expect(pieces).toEqual(whole)
    }
  })

  it('finds the same amounts whatever the piece size, past the window dropping lexemes behind it', () => {
    // ~3,000 lexemes: more than twice the reach, so the window drops lexemes behind it.
    const text = longText(240)
    const whole = scanAmounts(text, [], Number.POSITIVE_INFINITY)
    expect(whole.length).toBeGreaterThan(500)
    expect(lex(text).length).toBeGreaterThan(2 * 1024 + 100)
    for (const size of [5, 300, 4096]) expect(scanAmounts(text, [], size)).toEqual(whole)
  })

  it('keeps the skip spans in text order across pieces', () => {
    const text = longText(60)
    const skip = [{start: 100, end: 400}, {start: 2000, end: 2100}]
    const whole = scanAmounts(text, skip, Number.POSITIVE_INFINITY)
    expect(whole.some((amount) => amount.span.start < 400 && amount.span.end > 100)).toBe(false)
    expect(scanAmounts(text, skip, 1)).toEqual(whole)
  })
})
