/**
 * Session 11: the tense a date takes from its clause — a modal ahead ("should fall by
 * Wednesday"), a reporting frame after a comma ("…, he said") that is not the tense of the
 * words reported, "since" looking back — and the reporting period of business news: a
 * quarter named by its end ("the quarter ended July 31") and a report that turns from the
 * quarter to the nine months ("For the nine months, … a year earlier" is last year).
 * Each case is what a careful TIMEX3 annotator writes; each fails without its change.
 */
import {describe, expect, it} from 'vitest'
import {datesOf, sentences} from '../helpers/date-sentences.js'

sentences('a modal looks ahead', [
  // written on Sunday 2026-11-29: the coming Wednesday, not the one just past
  ['The National Weather Service in Albany said the river should fall below flood stage by Wednesday.', '2026-11-29', [['Wednesday', '2026-12-02']]],
  ['Rates might rise on Tuesday, traders said.', '2026-11-27', [['Tuesday', '2026-12-01']]],
  ['The board may vote on the plan Monday.', '2026-11-25', [['Monday', '2026-11-30']]],
  // "should have" is a past
  ['The report should have been filed Monday.', '2026-11-25', [['Monday', '2026-11-23']]],
])

sentences('a reporting verb after a comma is the frame, not the tense of the words reported', [
  ['The vote must take place by Thursday, he said.', '2026-11-27', [['Thursday', '2026-12-03']]],
  // the date of the saying itself stays with "said"
  ['He said on Tuesday that prices would rise.', '2026-11-27', [['Tuesday', '2026-11-24']]],
  ['Officials said Friday that the plant would reopen.', '2026-11-25', [['Friday', '2026-11-20']]],
  // any reporting verb, with its auxiliary (the lead's probes, session 11)
  ['Rail fares in England will rise by up to 4.6% in March, the government has confirmed.', '2026-11-26', [['March', '2027-03']]],
  ['Prices will fall in March, the company announced.', '2026-11-26', [['March', '2027-03']]],
])

sentences('"expected by" and "due by" look ahead (the lead\'s probes, session 11)', [
  ['A decision is expected by the end of June.', '2026-11-26', [['the end of June', '2027-06']]],
  // the agent of a passive is no deadline
  ['The results, as expected by analysts in March, were weak.', '2026-11-26', [['March', '2026-03']]],
])

sentences('"since" looks back', [
  // written in October: the January behind, not the next one
  ['Shares have fallen 18% since January.', '2026-10-15', [['January', '2026-01']]],
  ['Prices have risen since Monday.', '2026-10-15', [['Monday', '2026-10-12']]],
])

describe('the reporting period of business news', () => {
  it('names a quarter by the calendar quarter holding most of the three months to its end', () => {
    expect(datesOf('In the quarter ended July 31, the company lost money.', '1989-10-30')).toEqual([['the quarter', '1989-Q2'], ['July 31', '1989-07-31']])
    expect(datesOf('In the quarter ended Jan. 31, it lost money.', '1989-10-30')).toEqual([['the quarter', '1988-Q4'], ['Jan. 31', '1989-01-31']])
    expect(datesOf('In the quarter, it lost money.', '1989-10-30')).toEqual([['the quarter', '1989-Q3']])
  })

  it('takes a quarter reported in the past tense as the report\'s period, even the reference date\'s own (a fiscal quarter)', () => {
    const text = 'Ralston Purina Co. reported a 47% decline in fourth-quarter earnings. It earned $45 million, compared with $84.9 million a year earlier. Sales in the latest period rose.'
    expect(datesOf(text, '1989-11-02')).toEqual([['fourth-quarter', '1989-Q4'], ['a year earlier', '1988-Q4'], ['the latest period', '1989-Q4']])
    // a quarter still ahead is not reported on: "a year earlier" stays last year
    expect(datesOf('The company expects fourth-quarter earnings to rise from a year earlier.', '1989-11-02')).toEqual([['fourth-quarter', '1989-Q4'], ['a year earlier', '1988']])
  })

  it('reads "last year\'s" figure in a quarterly report as the year-ago quarter\'s; "last year" alone and outside a report stay the year', () => {
    expect(datesOf('Net rose 5% in the third quarter. Sales were $1.76 billion, up from last year\'s $1.55 billion.', '1989-11-02')).toEqual([['the third quarter', '1989-Q3'], ['last year', '1988-Q3']])
    expect(datesOf('Net rose in the third quarter. Last year, the company lost money.', '1989-11-02')).toEqual([['the third quarter', '1989-Q3'], ['Last year', '1988']])
    expect(datesOf('Last year\'s election was close.', '1989-11-02')).toEqual([['Last year', '1988']])
  })

  it('reads "the same quarter last year" and "a year before" closing a clause as the year-ago period', () => {
    expect(datesOf('Net rose in the third quarter, compared with the same quarter last year.', '1989-11-02')).toEqual([['the third quarter', '1989-Q3'], ['last year', '1988-Q3']])
    expect(datesOf('Third-quarter net rose from $5 million a year before.', '1989-11-02')).toEqual([['Third-quarter', '1989-Q3'], ['a year before', '1988-Q3']])
    expect(datesOf('A year before, he had left.', '1989-11-02')).toEqual([['A year before', '1988']])
    // "a year before" an event is a length of time
    expect(datesOf('He left a year before the vote.', '1989-11-02')).toEqual([['a year', 'P1Y']])
  })

  it('reads "a year earlier" as last year once the report turns to the nine months', () => {
    const quarter = 'Net rose 5% in the third quarter from a year earlier.'
    expect(datesOf(quarter, '1989-11-02')).toEqual([['the third quarter', '1989-Q3'], ['a year earlier', '1988-Q3']])
    const nine = `${quarter} For the nine months, net fell from a year earlier.`
    expect(datesOf(nine, '1989-11-02').slice(2)).toEqual([['the nine months', 'P9M'], ['a year earlier', '1988']])
  })
})
