/**
 * The date finder through its public path, `extractEntities(text, {referenceDate})`:
 * one table of expressions with the TIMEX3 type and value a careful reader gives them,
 * tense-aware resolution, no reference date, and negative cases.
 */
import {describe, expect, it} from 'vitest'
import {extractEntities} from '../../src/index.js'

interface Found {
  text: string
  type: string
  value: string | undefined
}

function datesOf(text: string, referenceDate?: string): Found[] {
  const {dates} = extractEntities(text, referenceDate ? {referenceDate} : {})
  for (const date of dates) expect(text.slice(date.span.start, date.span.end)).toBe(date.text)
  return dates.map((date) => ({text: date.text, type: date.type, value: date.value}))
}

/** Reference date 2022-02-10 is a Thursday (ISO week 2022-W06). */
const ref = '2022-02-10'

describe('findDates: expressions, types and values (reference date Thursday 2022-02-10)', () => {
  it.each([
    // absolute dates
    ['The games run until Feb. 20.', 'Feb. 20', 'DATE', '2022-02-20'],
    ['They met on 20 February 2022.', '20 February 2022', 'DATE', '2022-02-20'],
    ['They met on February 20th, 2021.', 'February 20th, 2021', 'DATE', '2021-02-20'],
    ['The file is dated 2022-02-20.', '2022-02-20', 'DATE', '2022-02-20'],
    ['The form is dated 12/25/2021.', '12/25/2021', 'DATE', '2021-12-25'],
    ['Prices fell in the 1990s.', 'the 1990s', 'DATE', '199'],
    ["Prices fell in the '80s.", "the '80s", 'DATE', '198'],
    ['The plant opened in mid-2021.', 'mid-2021', 'DATE', '2021'],
    ['Profit rose in Q3 2023.', 'Q3 2023', 'DATE', '2023-Q3'],
    ['Profit rose in the third quarter of 2021.', 'the third quarter of 2021', 'DATE', '2021-Q3'],
    ['Sales fell in the first half of 2020.', 'the first half of 2020', 'DATE', '2020-H1'],
    ['He was born in 1961.', '1961', 'DATE', '1961'],
    ['It happened in September 2019.', 'September 2019', 'DATE', '2019-09'],
    ['It was the worst disaster of the 20th century.', 'the 20th century', 'DATE', '19'],
    ['He was elected in the summer of 2016.', 'the summer of 2016', 'DATE', '2016-SU'],
    // relative dates
    ['The talks were held on Thursday.', 'Thursday', 'DATE', '2022-02-10'],
    ['The talks were held on Monday.', 'Monday', 'DATE', '2022-02-07'],
    ['They will meet again on Monday.', 'Monday', 'DATE', '2022-02-14'],
    ['They met last Friday.', 'last Friday', 'DATE', '2022-02-04'],
    ['They will meet next Wednesday.', 'next Wednesday', 'DATE', '2022-02-16'],
    ['He left yesterday.', 'yesterday', 'DATE', '2022-02-09'],
    ['He arrives tomorrow.', 'tomorrow', 'DATE', '2022-02-11'],
    ['The vote is today.', 'today', 'DATE', '2022-02-10'],
    ['It happened last week.', 'last week', 'DATE', '2022-W05'],
    ['It happens this week.', 'this week', 'DATE', '2022-W06'],
    ['It will happen next month.', 'next month', 'DATE', '2022-03'],
    ['It happened last year.', 'last year', 'DATE', '2021'],
    ['It happened earlier this year.', 'earlier this year', 'DATE', '2022'],
    ['He left two days ago.', 'two days ago', 'DATE', '2022-02-08'],
    ['He left three weeks ago.', 'three weeks ago', 'DATE', '2022-W03'],
    ['He was there a decade ago.', 'a decade ago', 'DATE', '201'],
    ['It was signed in January.', 'January', 'DATE', '2022-01'],
    ['It was signed last April.', 'last April', 'DATE', '2021-04'],
    ['It will be signed in June.', 'June', 'DATE', '2022-06'],
    ['It will open this summer.', 'this summer', 'DATE', '2022-SU'],
    ['They met over the weekend.', 'the weekend', 'DATE', '2022-W05-WE'],
    ['Prices are high now.', 'now', 'DATE', 'PRESENT_REF'],
    ['Prices rose recently.', 'recently', 'DATE', 'PAST_REF'],
    ['Prices may fall in the future.', 'the future', 'DATE', 'FUTURE_REF'],
    // times
    ['The blast came at 6:30 p.m. local time.', '6:30 p.m. local time', 'TIME', '2022-02-10T18:30'],
    ['Trading closed at 10:30am.', '10:30am', 'TIME', '2022-02-10T10:30'],
    ['They met at noon.', 'noon', 'TIME', '2022-02-10T12:00'],
    ['The offer expires at 5 p.m. EST Friday.', '5 p.m. EST Friday', 'TIME', '2022-02-11T17:00'],
    ['The deal was signed Wednesday night.', 'Wednesday night', 'TIME', '2022-02-09TNI'],
    ['He spoke this morning.', 'this morning', 'TIME', '2022-02-10TMO'],
    // durations
    ['It came some three decades after the collapse.', 'three decades', 'DURATION', 'P30Y'],
    ['Troops stayed for 48 hours.', '48 hours', 'DURATION', 'PT48H'],
    ['The talks lasted a week.', 'a week', 'DURATION', 'P1W'],
    ['Sales fell in the past two months.', 'the past two months', 'DURATION', 'P2M'],
    ['It took nearly forty years.', 'nearly forty years', 'DURATION', 'P40Y'],
    ['They signed a five-year deal.', 'five-year', 'DURATION', 'P5Y'],
    ['It lasted twenty four hours.', 'twenty four hours', 'DURATION', 'PT24H'],
    ['They waited several years.', 'several years', 'DURATION', 'PXY'],
    ['The feud has lasted for decades.', 'decades', 'DURATION', 'PXDE'],
    ['It took 90 minutes.', '90 minutes', 'DURATION', 'PT90M'],
    ['They stayed for a while.', 'a while', 'DURATION', 'PXX'],
    ['It took a long while to heal.', 'a long while', 'DURATION', 'PXX'],
    // sets
    ['They meet every Monday.', 'every Monday', 'SET', 'XXXX-WXX-1'],
    ['The paper is printed daily.', 'daily', 'SET', 'P1D'],
    ['It happens twice a year.', 'a year', 'SET', 'P1Y'],
    ['The volcano erupts hundreds of times a year.', 'a year', 'SET', 'P1Y'],
    ['They meet once a month.', 'a month', 'SET', 'P1M'],
    ['Elections are held every four years.', 'every four years', 'SET', 'P4Y'],
    ['The shop closes on Sundays.', 'Sundays', 'SET', 'XXXX-WXX-7'],
    ['Flights leave on Tuesday nights.', 'Tuesday nights', 'SET', 'XXXX-WXX-2TNI'],
    // more calendar forms
    ['He was shot last Oct. 23 at home.', 'last Oct. 23', 'DATE', '2021-10-23'],
    ['The vote is this coming Sunday.', 'this coming Sunday', 'DATE', '2022-02-13'],
    ['The feed was updated 2022-02-10T08:00:00Z.', '2022-02-10T08:00:00Z', 'TIME', '2022-02-10T08:00'],
    ['Earnings for the last half of 1989 fell.', 'the last half of 1989', 'DATE', '1989-H2'],
    ['It happened in January nineteen ninety-seven.', 'January nineteen ninety-seven', 'DATE', '1997-01'],
  ])('%j → %s', (text, expression, type, value) => {
    expect(datesOf(text, ref)).toEqual([{text: expression, type, value}])
  })
})

describe('findDates: the tense of the sentence', () => {
  it('takes the latest weekday on or before the reference date in a past-tense sentence', () => {
    expect(datesOf('Russia rolled its tanks across Belarus on Thursday.', ref)[0]?.value).toBe('2022-02-10')
    expect(datesOf('The minister said on Friday that talks had failed.', ref)[0]?.value).toBe('2022-02-04')
  })

  it('takes the next weekday in a future-tense sentence', () => {
    expect(datesOf('The minister will travel to Kyiv on Friday.', ref)[0]?.value).toBe('2022-02-11')
    expect(datesOf("He'll arrive on Tuesday.", ref)[0]?.value).toBe('2022-02-15')
    expect(datesOf('Talks are set to resume on Tuesday.', ref)[0]?.value).toBe('2022-02-15')
  })

  it('reads the clause of the expression, not only the main verb', () => {
    const found = datesOf('The war games — set to run until Feb. 20 — followed a buildup.', ref)
    expect(found).toEqual([{text: 'Feb. 20', type: 'DATE', value: '2022-02-20'}])
  })

  it('gives a month-day without a year the year that fits the tense', () => {
    expect(datesOf('The treaty was signed on Dec. 3.', ref)[0]?.value).toBe('2021-12-03')
    expect(datesOf('The treaty will be signed on Dec. 3.', ref)[0]?.value).toBe('2022-12-03')
    expect(datesOf('The treaty was signed on Feb. 3.', ref)[0]?.value).toBe('2022-02-03')
  })

  it('lets a date near the future win over a past verb ("was extended to Nov. 20")', () => {
    expect(datesOf('The offer was extended to Nov. 20.', '2022-11-02')[0]?.value).toBe('2022-11-20')
  })

  it('reads "a year earlier" as the year-earlier quarter in a quarterly report', () => {
    const found = datesOf('Profit rose in the third quarter to $5 million from $4 million a year earlier.', '1989-11-02')
    expect(found.map((date) => date.value)).toEqual(['1989-Q3', '1988-Q3'])
  })
})

describe('findDates: without a reference date', () => {
  it.each([
    ['He left on Thursday.', 'Thursday', 'XXXX-WXX-4'],
    ['The games run until Feb. 20.', 'Feb. 20', 'XXXX-02-20'],
    ['It was signed in January.', 'January', 'XXXX-01'],
    ['Profit rose in the third quarter.', 'the third quarter', 'XXXX-Q3'],
    ['The deal was signed on 20 February 2022.', '20 February 2022', '2022-02-20'],
    ['Prices are high now.', 'now', 'PRESENT_REF'],
    ['It took three decades.', 'three decades', 'P30Y'],
  ])('%j → %s = %s', (text, expression, value) => {
    expect(datesOf(text)).toEqual([expect.objectContaining({text: expression, value})])
  })

  it('leaves a value out rather than guess it from the clock', () => {
    expect(datesOf('He left yesterday and returns next week.')).toEqual([
      {text: 'yesterday', type: 'DATE', value: undefined},
      {text: 'next week', type: 'DATE', value: undefined},
    ])
  })
})

describe('findDates: negative cases', () => {
  it.each([
    'May I ask a question?',
    'Protesters will March on the capital.',
    'March on, they said.',
    'It was a 2022 report on the economy.',
    'Call 555-1234 for details.',
    'The home side won 3-2.',
    'Version v2.1.0 fixes the bug; see 1.2.3 too.',
    'Read https://www.example.com/2022/02/10/story-on-friday.html for more.',
    "Russia and Belarus' Allied Resolve 2022 joint military drills.",
    'He was 37 years old.',
    'She appeared on "60 Minutes" and "This Week".',
    'April Ryan asked the question.',
    'The current European security order is at stake.',
    'They left as soon as the shooting stopped.',
    'It has 130,000 soldiers and 2,000 tanks.',
    'A fourth of the votes were counted.',
    'This is VOA Today.',
    'We watched Apocalypse Now on TV.',
    'The chip runs 15 million instructions per second.',
    'Every once in a while they danced.',
  ])('finds no date in %j', (text) => {
    expect(datesOf(text, ref)).toEqual([])
  })

  it('reads "in 2022" as a year but not "a 2022 report"', () => {
    expect(datesOf('In 2022, a 2022 report said so.', ref)).toEqual([{text: '2022', type: 'DATE', value: '2022'}])
  })

  it('keeps a possessive out of the span', () => {
    expect(datesOf("Thursday's talks failed.", ref)).toEqual([{text: 'Thursday', type: 'DATE', value: '2022-02-10'}])
  })
})

describe('findDates: invariants on odd input', () => {
  it.each(['', '   ', '\n\n', 'Feb.', '20', 'the', '1990s 1990s', 'every', 'a a a a year ago ago', '\u00a0Thursday\t'])('handles %j', (text) => {
    const {dates} = extractEntities(text, {referenceDate: ref})
    let previousEnd = 0
    for (const date of dates) {
      expect(text.slice(date.span.start, date.span.end)).toBe(date.text)
      expect(date.span.start).toBeGreaterThanOrEqual(previousEnd)
      previousEnd = date.span.end
    }
  })
})

describe('findDates: anaphora and combinations', () => {
  it('reads "that year" and "the following year" against the last year named', () => {
    const found = datesOf('Farkas was promoted on May 22, 1995, and the following year he left. Later that year he returned.', '1998-04-18')
    expect(found.map((date) => [date.text, date.value])).toEqual([
      ['May 22, 1995', '1995-05-22'],
      ['the following year', '1996'],
      ['Later that year', '1995'],
    ])
  })

  it('joins a weekday with its date and a time with its date', () => {
    expect(datesOf('The editorial ran on Saturday, April 25.', '1998-04-24')).toEqual([{text: 'Saturday, April 25', type: 'DATE', value: '1998-04-25'}])
    expect(datesOf('The offer runs until 5 p.m. EST, Nov. 6.', '1989-10-30')).toEqual([{text: '5 p.m. EST, Nov. 6', type: 'TIME', value: '1989-11-06T17:00'}])
  })

  it('reads the end of a period and the year-ago quarter', () => {
    expect(datesOf('Profit will rise by the end of the year.', ref)).toEqual([{text: 'the end of the year', type: 'DATE', value: '2022'}])
    expect(datesOf('Net rose in the third quarter; in the year-ago quarter it fell.', '1989-11-02').map((date) => date.value)).toEqual(['1989-Q3', '1988-Q3'])
  })
})
