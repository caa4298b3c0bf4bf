import {describe, expect, it} from 'vitest'
import {segment} from '../../src/index.js'
import {cardSummaryEnd} from '../../src/segment/rules/card-summary.js'

const isTitle = (text: string): boolean => !/[.!?]$/u.test(text)
const endsList = (text: string): boolean => text.startsWith('©') || text.startsWith('http')

describe('teaser card summaries', () => {
  it('takes a short summary over another card, or at the list end', () => {
    const lines = ['Heat for less', 'Simple changes to your windows can save', 'a family hundreds of dollars.', 'Gardens to visit', 'Ten gardens open their gates in May.']
    expect(cardSummaryEnd(lines, 1, isTitle, endsList)).toBe(2)
    expect(cardSummaryEnd(lines, 4, isTitle, endsList)).toBe(4)
  })

  it("takes no prose followed by more prose (the article's lead under a list), nor a list-ending line", () => {
    const lines = ['Rates held', 'The bank held rates on Tuesday.', '', '', '', 'It said inflation had eased.']
    expect(cardSummaryEnd(lines, 1, isTitle, endsList)).toBeUndefined()
    const closing = ['Rates held', '© 2026 The Gazette. All rights reserved.']
    expect(cardSummaryEnd(closing, 1, isTitle, endsList)).toBeUndefined()
  })

  it("keeps each card's summary in its related reference, out of the body (blocks)", () => {
    const text = [
      'The council approved the budget on Tuesday after a three-hour debate, the mayor said.',
      'She said the plan was fair to every district and would be reviewed in a year.',
      'Related Stories',
      'Rail strike called off',
      'Union leaders agreed a deal with the operator late on Monday.',
      'New bridge opens',
      'The crossing cuts twenty minutes from the commute into town.',
    ].join('\n\n')
    const {body, references} = segment(text)
    expect(body.map((paragraph) => paragraph.text)).toHaveLength(2)
    expect(references.map((reference) => [reference.title, reference.text])).toEqual([
      ['Rail strike called off', 'Rail strike called off\n\nUnion leaders agreed a deal with the operator late on Monday.'],
      ['New bridge opens', 'New bridge opens\n\nThe crossing cuts twenty minutes from the commute into town.'],
    ])
  })
})

describe('related lists in PDF text', () => {
  const story = [
    'The council approved the budget on Tuesday after a three-hour debate, the mayor',
    'said. She said the plan was fair to every district and would be reviewed in a year.',
  ]
  it('goes on past a printed page\'s footer and header between two titles', () => {
    const text = [
      '11/29/27, 9:02 PM',
      'Council passes budget - The Gazette',
      ...story,
      'Related Articles',
      'http://www.gazette.example/news/budget.html',
      '1/2',
      '',
      '11/29/27, 9:02 PM',
      'Council passes budget - The Gazette',
      'Rail strike called off after talks',
      'New bridge opens to traffic',
      '',
      'http://www.gazette.example/news/budget.html',
      '2/2',
    ].join('\n')
    expect(segment(text).references.filter((reference) => reference.kind === 'related').map((reference) => reference.title)).toEqual([
      'Rail strike called off after talks',
      'New bridge opens to traffic',
    ])
  })

  it('reads a title over its summary, no blank line between, as a card, not as the article\'s lead', () => {
    const text = [
      ...story,
      'Related Features',
      'Rail strike called off as the union and the operator agree on a new deal',
      'The union said its members would return to work on Monday after a deal on pay',
      'and hours was reached late on Sunday.',
      'http://www.gazette.example/news/budget.html',
    ].join('\n')
    const {body, references} = segment(text)
    expect(body.map((paragraph) => paragraph.text).join(' ')).not.toContain('union')
    expect(references[0]?.title).toBe('Rail strike called off as the union and the operator agree on a new deal')
    expect(references[0]?.text).toContain('late on Sunday.')
  })
})

describe('dates under related titles', () => {
  it('keeps a title\'s date or age in its reference\'s text, not its title', () => {
    const text = 'The council approved the budget on Tuesday after a three-hour debate.\n\nAlso Read\n\nRail strike called off\n\nJanuary 11, 2028\n\nNew bridge opens\n\n21 minutes ago\n\nMore related articles »'
    expect(segment(text).references.map((reference) => [reference.title, reference.text])).toEqual([
      ['Rail strike called off', 'Rail strike called off\n\nJanuary 11, 2028'],
      ['New bridge opens', 'New bridge opens\n\n21 minutes ago'],
    ])
  })
})
