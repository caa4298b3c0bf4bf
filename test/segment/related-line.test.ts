import {describe, expect, it} from 'vitest'
import {segment} from '../../src/index.js'
import {isRelatedLabel, isRelatedTitle, parseRelatedLine} from '../../src/segment/rules/related-line.js'

describe('related lines', () => {
  it.each([
    ['Related article: Russia Launches Belarus Military Drills', {title: 'Russia Launches Belarus Military Drills'}],
    ['Read more: Why rates fell', {title: 'Why rates fell'}],
    ['READ MORE: Spain braces for storms', {title: 'Spain braces for storms'}],
    ['See also: How it works https://x.org/how-it-works', {title: 'How it works', url: 'https://x.org/how-it-works'}],
    ['Related: “A quoted title”', {title: 'A quoted title'}],
  ])('%j', (line, expected) => {
    expect(parseRelatedLine(line)).toEqual(expected)
  })

  it.each(['Related to this, he said the talks failed.', 'Read more books, the minister urged.', 'Related article:', 'See also'])(
    '%j is not a related line',
    (line) => {
      expect(parseRelatedLine(line)).toBeUndefined()
    },
  )
})

describe('related-article lists', () => {
  it('tells a bare label and the titles under it', () => {
    expect(isRelatedLabel('Read more:')).toBe(true)
    expect(isRelatedLabel('Related stories')).toBe(true)
    expect(isRelatedLabel('Read more: Why rates fell')).toBe(false)
    expect(isRelatedTitle('Bank of England holds rates, signals cuts later in year')).toBe(true)
    expect(isRelatedTitle('The bank said on Tuesday that approvals fell for a third month.')).toBe(false)
  })

  it('makes the titles under "Read more:" related references and keeps them out of the body', () => {
    const text = 'Prices were 1.2% lower than a year earlier, the lender said on Wednesday.\n\nRead more:\n\nMortgage approvals fall\n\nBank holds rates\n\nComments (2)'
    const {body, references} = segment(text)
    expect(body.map((paragraph) => paragraph.text)).toEqual(['Prices were 1.2% lower than a year earlier, the lender said on Wednesday.'])
    expect(references.map((reference) => [reference.kind, reference.title])).toEqual([
      ['related', 'Mortgage approvals fall'],
      ['related', 'Bank holds rates'],
    ])
  })

  it('makes the titles under a "Read Next" heading, one a line, related references', () => {
    const text = 'The Federal Reserve held interest rates steady on Wednesday, the bank said.\n\nRead Next\nOil prices climb as U.S. inventories fall\nWall Street ends higher after inflation data\n'
    const {body, references} = segment(text)
    expect(body.map((paragraph) => paragraph.text)).toEqual(['The Federal Reserve held interest rates steady on Wednesday, the bank said.'])
    expect(references.map((reference) => [reference.kind, reference.title])).toEqual([
      ['related', 'Oil prices climb as U.S. inventories fall'],
      ['related', 'Wall Street ends higher after inflation data'],
    ])
  })
})
