import {describe, expect, it} from 'vitest'
import {segment} from '../../src/index.js'
import {cardSummaryEnd} from '../../src/segment/rules/card-summary.js'

const isTitle = (text: string): boolean => !/[.!?]$/u.test(text)
const endsList = (text: string): boolean => text.startsWith('©') || text.startsWith('http')

describe('teaser card summaries', () => {
  it('takes a short summary over another card, or at the list end', () => {
    const lines = ['Heat for less', 'Simple changes to your windows can save', 'a family hundreds of dollars.', 'Gardens to visit', 'Ten gardens open their gates in May.']
    expect(cardSummaryEnd((at) => lines[at], 1, isTitle, endsList)).toBe(2)
    expect(cardSummaryEnd((at) => lines[at], 4, isTitle, endsList)).toBe(4)
  })

  it("takes no prose followed by more prose (the article's lead under a list), nor a list-ending line", () => {
    const lines = ['Rates held', 'The bank held rates on Tuesday.', '', '', '', 'It said inflation had eased.']
    expect(cardSummaryEnd((at) => lines[at], 1, isTitle, endsList)).toBeUndefined()
    const closing = ['Rates held', '© 2026 The Gazette. All rights reserved.']
    expect(cardSummaryEnd((at) => closing[at], 1, isTitle, endsList)).toBeUndefined()
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
