/**
 * Amounts through the public API: `extractEntities` finds them (never inside a URL), and
 * `parseArticle` maps their spans back to the original input when the body was reflowed.
 */
import {describe, expect, it} from 'vitest'
import {extractEntities, parseArticle} from '../../src/index.js'

describe('amounts through extractEntities', () => {
  it('finds money and percentages with values and units', () => {
    const {amounts} = extractEntities('Profit rose 3.5 percent to €3.2bn, and the bank cut rates by 25 basis points.')
    expect(amounts.map(({text, type, value, unit}) => [text, type, value, unit])).toEqual([
      ['3.5 percent', 'PERCENT', 3.5, '%'],
      ['€3.2bn', 'MONEY', 3.2e9, 'EUR'],
      ['25 basis points', 'PERCENT', 25, 'basis-point'],
    ])
  })

  it('reads nothing inside a URL', () => {
    const text = 'Details at https://example.com/offer?save=20%25&price=$5 now; the fee is $5.'
    expect(extractEntities(text).amounts.map((amount) => amount.text)).toEqual(['$5'])
    expect(extractEntities(text).amounts[0]?.span.start).toBe(text.lastIndexOf('$5'))
  })
})

describe('amounts through parseArticle', () => {
  it('maps spans to the original input across a hard line break', () => {
    const text = 'Budget deal struck\n\nLawmakers agreed on Tuesday to spend $10\nbillion on roads, a rise of 3.5 per\ncent on last year, officials said.\n\nThe vote is next week.\n'
    const {amounts} = parseArticle(text).entities
    expect(amounts.map(({text: span, value, unit}) => [span, value, unit])).toEqual([
      ['$10\nbillion', 10e9, 'USD'],
      ['3.5 per\ncent', 3.5, '%'],
    ])
    for (const amount of amounts) expect(text.slice(amount.span.start, amount.span.end)).toBe(amount.text)
  })
})
