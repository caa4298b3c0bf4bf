/**
 * Property tests: any text in, well-formed date mentions out — spans inside the input,
 * in order, never overlapping, each the exact slice of the input; the same input gives
 * the same output.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {extractEntities} from '../../src/index.js'

const pieces = [
  'Thursday', 'Feb.', '20', ',', '2022', 'last', 'week', 'the', '1990s', 'three', 'decades', 'ago', 'every', 'Monday',
  '6:30', 'p.m.', 'local', 'time', 'May', 'March', 'a', 'year', 'earlier', 'third', 'quarter', 'will', 'was', 'said',
  '—', '.', 'https://example.com/2022/02/10/x', "'s", 'mid-2021', 'Q3', 'nineteen', 'ninety-six', 'until', 'noon',
]

const sentence = fc.array(fc.constantFrom(...pieces), {maxLength: 30}).map((words) => words.join(' '))

function expectWellFormed(text: string, referenceDate?: string): void {
  const {dates} = extractEntities(text, referenceDate ? {referenceDate} : {})
  let previousEnd = 0
  for (const date of dates) {
    expect(date.span.start).toBeGreaterThanOrEqual(previousEnd)
    expect(date.span.end).toBeGreaterThan(date.span.start)
    expect(date.span.end).toBeLessThanOrEqual(text.length)
    expect(text.slice(date.span.start, date.span.end)).toBe(date.text)
    expect(['DATE', 'TIME', 'DURATION', 'SET']).toContain(date.type)
    previousEnd = date.span.end
  }
}

describe('date mentions are well formed', () => {
  it('on sentences made of date words', () => {
    fc.assert(fc.property(sentence, fc.constantFrom(undefined, '2022-02-10', '1999-12-31'), (text, ref) => expectWellFormed(text, ref)), {numRuns: 300})
  })

  it('on any string', () => {
    fc.assert(fc.property(fc.string({maxLength: 200}), (text) => expectWellFormed(text, '2022-02-10')), {numRuns: 300})
  })

  it('gives the same output for the same input', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        expect(extractEntities(text, {referenceDate: '2022-02-10'}).dates).toEqual(extractEntities(text, {referenceDate: '2022-02-10'}).dates)
      }),
      {numRuns: 100},
    )
  })
})
