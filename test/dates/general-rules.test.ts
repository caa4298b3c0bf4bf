/**
 * The general rules added after the tune/held-out split of the evaluation: one table of
 * sentences, each with its reference date and the one expression a careful TIMEX3
 * annotator finds in it (type and value), including the cases where a rule could
 * over-fire and must keep the older reading; then sentences with no date at all.
 */
import {describe, expect, it} from 'vitest'
import {extractEntities} from '../../src/index.js'

function datesOf(text: string, referenceDate?: string): Array<[string, string, string | undefined]> {
  return extractEntities(text, referenceDate ? {referenceDate} : {}).dates.map((date) => [date.text, date.type, date.value])
}

describe('general rules: one expression per sentence', () => {
  it.each([
    // holidays, placed by the calendar and given the year that fits the tense
    ['The family met on Thanksgiving Day.', '2000-01-06', 'Thanksgiving Day', 'DATE', '1999-11-25'],
    ['The campaign runs until Election Day.', '1998-10-26', 'Election Day', 'DATE', '1998-11-03'],
    ['He was home for Christmas.', '1999-01-10', 'Christmas', 'DATE', '1998-12-25'],
    ['Stores will close on Christmas Eve.', '1999-12-01', 'Christmas Eve', 'DATE', '1999-12-24'],
    ["The law takes effect on New Year's Day.", '1999-12-01', "New Year's Day", 'DATE', '2000-01-01'],
    ['Crowds gathered at Easter 2024.', '2024-06-01', 'Easter 2024', 'DATE', '2024-03-31'],
    ['He died on Good Friday.', '2000-01-06', 'Good Friday', 'DATE', '1999-04-02'],
    ['Parades are held on Memorial Day.', '2000-05-01', 'Memorial Day', 'DATE', '2000-05-29'],
    ['The strike ended before Labor Day.', '1998-10-01', 'Labor Day', 'DATE', '1998-09-07'],
    ['They met on Christmas Day.', undefined, 'Christmas Day', 'DATE', 'XXXX-12-25'],
    // the tense reader: an -ed adjective is not a past verb
    ['Qantas will double its flights by August in search of markets untouched by the crisis.', '1998-02-13', 'August', 'DATE', '1998-08'],
    ['It would be paid on a still unspecified date in January.', '1989-10-26', 'January', 'DATE', '1990-01'],
    ['The unidentified man was arrested in January.', '1989-11-02', 'January', 'DATE', '1989-01'],
    ['He unveiled the plan in January.', '1989-11-02', 'January', 'DATE', '1989-01'],
    // what is agreed, decided or offered "to" do lies ahead; "agreed to the deal" stays past
    ['The bank announced an agreement to acquire the company in January.', '1989-11-02', 'January', 'DATE', '1990-01'],
    ['Thermo agreed to purchase the line in February.', '1989-10-30', 'February', 'DATE', '1990-02'],
    ['He agreed to the deal in January.', '1989-11-02', 'January', 'DATE', '1989-01'],
    // "due in" / "expected in" look ahead ("in late January", future results, resolved to the past before)
    ['Results are due in late January.', '2025-03-04', 'late January', 'DATE', '2026-01'],
    ['The ruling is expected in February.', '2025-03-04', 'February', 'DATE', '2026-02'],
    ['The strike was planned in January.', '1989-11-02', 'January', 'DATE', '1989-01'],
    // "current" before the noun phrase it dates is the present (TimeBank's PRESENT_REF)
    ['Blair is on his current visit to Washington.', '1998-02-05', 'current', 'DATE', 'PRESENT_REF'],
    ['Qantas has the current four flights to Bombay.', '1998-02-13', 'current', 'DATE', 'PRESENT_REF'],
    // a year before a capitalized name after "a" dates it ("a 2022 report" stays a count)
    ['Libya said it overruled a 1971 Convention on trials.', '1998-02-27', '1971', 'DATE', '1971'],
    // a month before the noun it dates, after a determiner
    ['It is selling itself under a June agreement with a shareholder group.', '1989-10-27', 'June', 'DATE', '1989-06'],
    ['The March accession will let them sign.', '1999-02-10', 'March', 'DATE', '1999-03'],
    ['They met March 3 or 4 people.', '1999-02-10', 'March 3', 'DATE', '1999-03-03'],
    // durations: halves, "more"/"trading" between the count and the unit, compound adjectives
    ['Talks took 2 1/2 years.', '1998-02-27', '2 1/2 years', 'DURATION', 'P2Y6M'],
    ['A minute and a half later, a pilot called.', '1998-01-14', 'A minute and a half', 'DURATION', 'PT1M30S'],
    ['The vote took two and a half hours.', '1998-01-14', 'two and a half hours', 'DURATION', 'PT2H30M'],
    ['It came half an hour late.', '1998-01-14', 'half an hour', 'DURATION', 'PT30M'],
    ['It lasted a decade and a half.', '1998-01-14', 'a decade and a half', 'DURATION', 'P15Y'],
    ['It may stay at the base for at least 20 more years.', '1998-02-27', 'at least 20 more years', 'DURATION', 'P20Y'],
    ['Eight trading days passed.', '1989-10-30', 'Eight trading days', 'DURATION', 'P8D'],
    ['It ended a several-year effort.', '1989-11-02', 'several-year', 'DURATION', 'PXY'],
    ['Workers held a day-long strike.', '2000-04-03', 'day-long', 'DURATION', 'P1D'],
    ['It was a decades-long feud.', '2000-01-15', 'decades-long', 'DURATION', 'PXDE'],
    // a frequency word that is a frequency, next to the publication cases below
    ['Demonstrators gather daily outside the home.', '2000-04-06', 'daily', 'SET', 'P1D'],
    // year end, a later date
    ['They hope to complete the deal by year-end.', '1989-11-02', 'year-end', 'DATE', '1989'],
    ['Sales will rise by year end.', '1989-10-26', 'year end', 'DATE', '1989'],
    ['It will be paid at a later date.', '1989-10-26', 'a later date', 'DATE', 'FUTURE_REF'],
    // "decades ago", "the end of the decade"
    ['The war ended decades ago.', '1998-02-13', 'decades ago', 'DATE', 'PAST_REF'],
    ['It will end by the end of the decade.', '1998-02-13', 'the end of the decade', 'DATE', '199'],
    // the year of a report; "the year ended Sept. 30" is the twelve months of a fiscal year
    ['For the year, pet food volume was flat.', '1989-11-02', 'the year', 'DATE', '1989'],
    ['Sales for the full year were higher.', '1989-11-02', 'the full year', 'DATE', '1989'],
    ['It will cut earnings for the fiscal year.', '1989-11-02', 'the fiscal year', 'DATE', '1989'],
    ['The loss for the year ended then was large.', '1989-10-30', 'the year', 'DURATION', 'P1Y'],
    // "could (not) be reached" reports the past; "will not be signed" stays ahead
    ['He could not be reached for comment Wednesday.', '2000-01-06', 'Wednesday', 'DATE', '2000-01-05'],
    ['They could be located Wednesday in their hometown.', '2000-01-06', 'Wednesday', 'DATE', '2000-01-05'],
    ['It will not be signed Friday.', '2000-01-06', 'Friday', 'DATE', '2000-01-07'],
    // "until" looks ahead, unless a past perfect keeps it in the past
    ['Until Thursday, they had not called Kopp a suspect.', '1999-05-08', 'Thursday', 'DATE', '1999-05-06'],
    ['The offer runs until Thursday.', '1999-05-08', 'Thursday', 'DATE', '1999-05-13'],
    // "every other week", "two weeks from now", "this past weekend", a season "of" a year
    ['They will meet every other week.', '1999-02-10', 'every other week', 'SET', 'P2W'],
    ['It ends two weeks from now.', '1999-02-10', 'two weeks from now', 'DURATION', 'P2W'],
    ['They met this past weekend.', '1999-02-10', 'this past weekend', 'DATE', '1999-W05-WE'],
    ['It rose this past week.', '1999-02-10', 'this past week', 'DATE', '1999-W05'],
    ['It opened in the fall of 1998.', '1999-02-10', 'the fall of 1998', 'DATE', '1998-FA'],
    // "of fiscal 1989"; a part of a dated day
    ['Earnings fell in the third quarter of fiscal 1989.', '1989-11-02', 'the third quarter of fiscal 1989', 'DATE', '1989-Q3'],
    ['He was shot on the night of Oct. 23, 1998.', '1999-02-10', 'the night of Oct. 23, 1998', 'TIME', '1998-10-23TNI'],
    ['He left on the morning of Feb. 9.', '1999-02-10', 'the morning of Feb. 9', 'TIME', '1999-02-09TMO'],
  ])('%j (written %s) → %s %s %s', (text, ref, expression, type, value) => {
    expect(datesOf(text, ref)).toEqual([[expression, type, value]])
  })
})

describe('general rules: two days of one month', () => {
  it.each([
    ['It will be held at the summit on April 24 and 25.', '1999-02-10', [['April 24', 'DATE', '1999-04-24'], ['25', 'DATE', '1999-04-25']]],
    ['Talks ran on May 3 and 4, 1996.', '1999-02-10', [['May 3', 'DATE', '1996-05-03'], ['4, 1996', 'DATE', '1996-05-04']]],
    ['The vote is set for March 3 or 4.', '1999-02-10', [['March 3', 'DATE', '1999-03-03'], ['4', 'DATE', '1999-03-04']]],
  ])('%j (written %s)', (text, ref, expected) => {
    expect(datesOf(text, ref)).toEqual(expected)
  })
})

describe('general rules: a clock time takes the weekday after an aside', () => {
  it('reads "10:35 a.m. (0735 GMT) Friday" as Friday at 10:35, and the GMT time in the aside on that Friday too', () => {
    expect(datesOf('The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.', '1998-08-08')).toEqual([
      ['10:35 a.m.', 'TIME', '1998-08-07T10:35'],
      ['0735 GMT', 'TIME', '1998-08-07T07:35'],
      ['Friday', 'DATE', '1998-08-07'],
    ])
  })

  it('keeps the reference date when no weekday follows the aside', () => {
    expect(datesOf('The blast came at 10:35 a.m. (0735 GMT) near the embassy.', '1998-08-08')).toEqual([
      ['10:35 a.m.', 'TIME', '1998-08-08T10:35'],
      ['0735 GMT', 'TIME', '1998-08-08T07:35'],
    ])
  })
})

describe('general rules: a span of years', () => {
  it.each([
    ['He served from 1990 to 1995.', [['1990', 'DATE', '1990'], ['1995', 'DATE', '1995']]],
    ['Between 1994 and 1997, it grew.', [['1994', 'DATE', '1994'], ['1997', 'DATE', '1997']]],
    ['It sold 1990 to 1995 units.', []],
    ['It rose from 1,000 to 2,000.', []],
  ])('%j', (text, expected) => {
    expect(datesOf(text, '1998-02-13')).toEqual(expected)
  })
})

describe('general rules: no date', () => {
  it.each([
    'The Christmas tree fell over.',
    'They flew to Easter Island.',
    'the labor day was long',
    'He sent Christmas cards.',
    'He decided to stay.',
    'In the year before, it fell.',
    'It was the night of the long knives.',
    'After the fall of the Berlin Wall, it changed.',
    'The fall in prices hurt.',
    'It was the winter of discontent.',
    'Much changed in the year since the attack.',
    'It was the storm of the year.',
    'The year ended badly.',
    'The Communist Party daily Granma compared him with Marti.',
    'The daily said the talks had failed.',
    'It was quoted by the weekly Der Spiegel.',
    'The boy is 2 1/2 years old.',
    'It moved to a calendar year.',
    'A long-term plan was made.',
    'The March on Washington was huge.',
    'The May I ask went unanswered.',
    'The current account deficit widened.',
    'The current of the river was strong.',
    'He swam against the current.',
    'An electric current flows through it.',
  ])('finds no date in %j', (text) => {
    expect(datesOf(text, '2000-01-06')).toEqual([])
  })
})
