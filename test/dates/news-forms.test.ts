/**
 * Date forms of news that issue 15 names, each fix with its cases: a schedule's weekday
 * and clock time, lengths of time anchored to a point ("a month earlier", "eight years
 * from now", "the next decade"), generic "today's", "at the time", a day counted from an
 * event ("the 99th day"), "annually", floating holidays without a year, both ends of a
 * range, two-digit years, time zones, a relative date without a reference date, and a part of
 * a year "of" a relative year ("the first quarter of next year"). Each case is what a careful TIMEX3 annotator writes.
 */
import {describe, expect, it} from 'vitest'
import {extractEntities} from '../../src/index.js'

type Found = [text: string, type: string, value: string | undefined]

function datesOf(text: string, referenceDate?: string): Found[] {
  const {dates} = extractEntities(text, referenceDate ? {referenceDate} : {})
  for (const date of dates) expect(text.slice(date.span.start, date.span.end)).toBe(date.text)
  return dates.map((date) => [date.text, date.type, date.value])
}

/** Monday 2022-05-02. */
const monday = '2022-05-02'

describe('a schedule: a weekday with its clock time', () => {
  it.each([
    ['The Knicks host Game 1, Thursday, 9 p.m. EDT.', [['Thursday, 9 p.m. EDT', 'TIME', '2022-05-05T21:00']]],
    ['Game 2 is Saturday at 3:30 p.m.', [['Saturday at 3:30 p.m.', 'TIME', '2022-05-07T15:30']]],
    // a past-tense report keeps the weekday behind it
    ['The game began Thursday at 9 p.m.', [['Thursday at 9 p.m.', 'TIME', '2022-04-28T21:00']]],
    ['Police said the suspect fled Thursday.', [['Thursday', 'DATE', '2022-04-28']]],
    // results still to come are next January's, not the past one's
    ['The company will report results in late January.', [['late January', 'DATE', '2023-01']]],
  ] as Array<[string, Found[]]>)('%j', (text, expected) => {
    expect(datesOf(text, monday)).toEqual(expected)
  })
})

describe('a future-tense sentence: a month-day weeks behind the reference date is next year\'s', () => {
  it.each([
    // written Feb. 10: "will open" three weeks back cannot be this past January
    ['The new bridge will open Jan. 20, officials said.', '2025-02-10', [['Jan. 20', 'DATE', '2026-01-20']]],
    // a day within a week back stays behind (a schedule already under way)
    ['The new bridge will open Feb. 5, officials said.', '2025-02-10', [['Feb. 5', 'DATE', '2025-02-05']]],
    // a past-tense sentence still reaches a few weeks ahead ("was extended to Nov. 20", written Nov. 2)
    ['The deadline was extended to Nov. 20.', '2025-11-02', [['Nov. 20', 'DATE', '2025-11-20']]],
  ] as Array<[string, string, Found[]]>)('%j (written %s)', (text, written, expected) => {
    expect(datesOf(text, written)).toEqual(expected)
  })
})

describe('expectations and quotations look ahead (session 7)', () => {
  it.each([
    // "expect(s) … to" is a future head like "expected to"
    ['Officials expect the bridge to reopen on Friday.', '2025-03-04', [['Friday', 'DATE', '2025-03-07']]],
    ['The company expects to close the deal in March.', '2025-05-04', [['March', 'DATE', '2026-03']]],
    // the reporter's "she said" after a quotation is not the tense of the words quoted
    ['"We expect most services to resume by Friday," she said.', '2025-03-04', [['Friday', 'DATE', '2025-03-07']]],
    // a past-tense quotation keeps its own past
    ['"We closed the plant on Friday," she said.', '2025-03-04', [['Friday', 'DATE', '2025-02-28']]],
  ] as Array<[string, string, Found[]]>)('%j (written %s)', (text, written, expected) => {
    expect(datesOf(text, written)).toEqual(expected)
  })
})

describe('a sentence with "vs." in it', () => {
  it('keeps its past-tense verb for a month before "vs." (written in late October: without the verb, the nearest January is the next one)', () => {
    expect(datesOf('In January, after the Roe vs. Wade ruling, a bomb killed a guard.', '1998-10-25')).toEqual([['January', 'DATE', '1998-01']])
  })
})

describe('a clock time takes the day its sentence named', () => {
  it.each([
    ['Last Updated: January 11, 2008 11:43 EST', [['January 11, 2008', 'DATE', '2008-01-11'], ['11:43 EST', 'TIME', '2008-01-11T11:43']]],
    ['On Jan. 5, police arrived at 10 p.m.', [['Jan. 5', 'DATE', '2022-01-05'], ['10 p.m.', 'TIME', '2022-01-05T22:00']]],
    ['Yesterday, at 3 p.m., the vote began.', [['Yesterday', 'DATE', '2022-05-01'], ['3 p.m.', 'TIME', '2022-05-01T15:00']]],
    // a day named in another sentence, or after the time, is not its day
    ['He spoke Friday. The vote is at 9 a.m.', [['Friday', 'DATE', '2022-04-29'], ['9 a.m.', 'TIME', '2022-05-02T09:00']]],
    ['The vote is at 9 a.m. and results are due May 6.', [['9 a.m.', 'TIME', '2022-05-02T09:00'], ['May 6', 'DATE', '2022-05-06']]],
  ] as Array<[string, Found[]]>)('%j', (text, expected) => {
    expect(datesOf(text, monday)).toEqual(expected)
  })
})

describe('the full stop of a sentence is not part of the date', () => {
  it.each([
    ['Rats! got ta go now. give my love to all.', [['now', 'DATE', 'PRESENT_REF']]],
    ['New York Times. April 16, 2017. https://www.nytimes.com/2017/x.html', [['April 16, 2017', 'DATE', '2017-04-16']]],
    // abbreviations keep theirs
    ['It was this yr. and then Sun. again', [['this yr.', 'DATE', '2022'], ['Sun.', 'DATE', '2022-05-01']]],
  ] as Array<[string, Found[]]>)('%j', (text, expected) => {
    expect(datesOf(text, monday)).toEqual(expected)
  })
})

describe('a frequency word in a name', () => {
  it.each([
    ['Whitmore told LA Weekly that he left.', []],
    ['It ran in everything from US Weekly to Time.', []],
    ['Image: Daily et al.', []],
    // at the sentence start, or in lower case, it is a frequency
    ['Daily flights resume.', [['Daily', 'SET', 'P1D']]],
    ['The paper is published weekly.', [['weekly', 'SET', 'P1W']]],
  ] as Array<[string, Found[]]>)('%j', (text, expected) => {
    expect(datesOf(text, monday)).toEqual(expected)
  })
})

describe('lengths of time anchored to a point', () => {
  it.each([
    ['A month earlier, prices fell.', [['A month earlier', 'DURATION', 'P1M']]],
    ['A day earlier, trucks crossed.', [['A day earlier', 'DURATION', 'P1D']]],
    ['Eight years from now, it will be different.', [['Eight years from now', 'DURATION', 'P8Y']]],
    ['Growth will slow over the next decade.', [['the next decade', 'DURATION', 'P10Y']]],
    ['It had become routine over the past decade.', [['the past decade', 'DURATION', 'P10Y']]],
    ['Kidnappings rose in recent years.', [['recent years', 'DURATION', 'PXY']]],
    ['They will buy equipment in the coming years.', [['the coming years', 'DURATION', 'PXY']]],
    // a report's "a year earlier" stays the year-earlier period, "ago" a point
    ['Profit fell from $5 million a year earlier.', [['a year earlier', 'DATE', '2021']]],
    ['He left two days ago.', [['two days ago', 'DATE', '2022-04-30']]],
    // an ordinal "term" is no length of time
    ['He won a second term in 2004.', [['2004', 'DATE', '2004']]],
    // "this decade" is the calendar decade
    ['Prices doubled this decade.', [['this decade', 'DATE', '202']]],
  ] as Array<[string, Found[]]>)('%j', (text, expected) => {
    expect(datesOf(text, monday)).toEqual(expected)
  })
})

describe('the present and the past in general', () => {
  it.each([
    ["In today's world, speed matters.", [['today', 'DATE', 'PRESENT_REF']]],
    ["Today's children read less.", [['Today', 'DATE', 'PRESENT_REF']]],
    ['At the time, nobody knew.', [['the time', 'DATE', 'PAST_REF']]],
    // the day itself
    ["Today's vote was close.", [['Today', 'DATE', '2022-05-02']]],
    // "at the time of" ties it to an event, "at the same time" is no date
    ['At the time of the attack, he was away.', []],
    ['At the same time, prices rose.', []],
  ] as Array<[string, Found[]]>)('%j', (text, expected) => {
    expect(datesOf(text, monday)).toEqual(expected)
  })
})

describe('a day counted from an event', () => {
  it.each([
    ['Today is the eighth day of the siege.', [['Today', 'DATE', '2022-05-02'], ['the eighth day', 'DATE', '2022-05-02']]],
    ['The strike is in the 99th day of the walkout.', [['the 99th day', 'DATE', '2022-05-02']]],
    ['Protests go on for the 10th consecutive day.', [['the 10th consecutive day', 'DATE', '2022-05-02']]],
    // a past or future one is a day the text does not place
    ['It was the 99th day of the strike.', []],
    ['He will act on the first day of his term.', []],
    // calendar days, a bare "the first day", a title
    ['The first day of the month is a holiday.', []],
    ['They sing on the first day of the new year.', []],
    ['On the first day, you work on speed.', []],
    ['THE FOURTH DAY', []],
  ] as Array<[string, Found[]]>)('%j', (text, expected) => {
    expect(datesOf(text, monday)).toEqual(expected)
  })
})

describe('sets', () => {
  it.each([
    ['The fee is paid annually.', [['annually', 'SET', 'P1Y']]],
    ['Sales have doubled annually since 1980.', [['annually', 'SET', 'P1Y'], ['1980', 'DATE', '1980']]],
  ] as Array<[string, Found[]]>)('%j', (text, expected) => {
    expect(datesOf(text, monday)).toEqual(expected)
  })
})

describe('floating holidays', () => {
  it('places them in a known year', () => {
    expect(datesOf('Stores closed on Labor Day 2018.', monday)).toEqual([['Labor Day 2018', 'DATE', '2018-09-03']])
    expect(datesOf('Stores close on Labor Day.', monday)).toEqual([['Labor Day', 'DATE', '2022-09-05']])
  })

  it('keeps the weekday of the month without a year', () => {
    expect(datesOf('Stores close on Labor Day.')).toEqual([['Labor Day', 'DATE', 'XXXX-09-WXX-1']])
    expect(datesOf('They met on Thanksgiving.')).toEqual([['Thanksgiving', 'DATE', 'XXXX-11-WXX-4']])
    expect(datesOf('The vote is on Election Day.')).toEqual([['Election Day', 'DATE', 'XXXX-11-WXX-2']])
    expect(datesOf('They met at Easter.')).toEqual([['Easter', 'DATE', 'XXXX-XX-XX']])
  })
})

describe('a range of lengths is one expression, with the value of its first end', () => {
  it.each([
    ['The trip takes 55 to 65 minutes.', [['55 to 65 minutes', 'DURATION', 'PT55M']]],
    ['Shipments resume within two to three weeks.', [['two to three weeks', 'DURATION', 'P2W']]],
    ['It lasted between 5 and 10 years.', [['between 5 and 10 years', 'DURATION', 'P5Y']]],
    ['Repairs will take 10 to 14 days.', [['10 to 14 days', 'DURATION', 'P10D']]],
    ['Bake for 18 - 20 minutes.', [['18 - 20 minutes', 'DURATION', 'PT18M']]],
    ['Acquisitions are planned over the next 12 to 18 months.', [['the next 12 to 18 months', 'DURATION', 'P12M']]],
    // "between" alone, before no range, is no part of a length
    ['The talks fell between two weeks of strikes.', [['two weeks', 'DURATION', 'P2W']]],
    // no range: a count with no unit after the second number
    ['He scored 55 to 65 points.', []],
  ] as Array<[string, Found[]]>)('%j', (text, expected) => {
    expect(datesOf(text, monday)).toEqual(expected)
  })
})

describe('two-digit years', () => {
  it.each([
    ["He was born in '58.", [["'58", 'DATE', '1958']]],
    ['The class of ’99 met.', [['’99', 'DATE', '1999']]],
    ["It runs until '25.", [["'25", 'DATE', '2025']]],
  ] as Array<[string, Found[]]>)('%j', (text, expected) => {
    expect(datesOf(text, monday)).toEqual(expected)
  })

  it('leaves the value out without a reference date', () => {
    expect(datesOf("He was born in '58.")).toEqual([["'58", 'DATE', undefined]])
  })
})

describe('time zones', () => {
  it('keeps the zone beside the local time', () => {
    const [date] = extractEntities('Polls close at 8 p.m. EST.', {referenceDate: monday}).dates
    expect(date).toMatchObject({text: '8 p.m. EST', type: 'TIME', value: '2022-05-02T20:00', timezone: 'EST'})
  })

  it('reads a 24-hour time with its zone, not a year', () => {
    expect(extractEntities('The talks begin at 1400 GMT.', {referenceDate: monday}).dates).toEqual([
      {text: '1400 GMT', span: {start: 19, end: 27}, type: 'TIME', value: '2022-05-02T14:00', timezone: 'GMT'},
    ])
  })

  it('gives no zone to a time without one, nor to "local time"', () => {
    const dates = extractEntities('It starts at 6 p.m. local time and ends at 9 p.m.', {referenceDate: monday}).dates
    expect(dates.map((date) => date.timezone)).toEqual([undefined, undefined])
  })
})

describe('without a reference date', () => {
  it('leaves the value of "last week" out rather than writing anything else', () => {
    expect(datesOf('They met last week.')).toEqual([['last week', 'DATE', undefined]])
    expect(extractEntities('They met last week.').dates[0]).not.toHaveProperty('value')
  })
})

describe('hours back and rates of a measured amount', () => {
  it('reads "24 hours ago" and "48 hours ago" as the day they count back to', () => {
    expect(datesOf('The bridge fell 24 hours ago.', monday)).toEqual([['24 hours ago', 'DATE', '2022-05-01']])
    expect(datesOf('He vanished 48 hours ago.', monday)).toEqual([['48 hours ago', 'DATE', '2022-04-30']])
    // not a whole number of days: the day is unknown
    expect(datesOf('He vanished 36 hours ago.', monday)).toEqual([['36 hours ago', 'DATE', undefined]])
  })

  // Session 15: an amount's rate is no time (the tune half of TimeBank + AQUAINT leaves 5 of 6 untagged); a frequency stays a set
  it('finds no time in the rate of an amount', () => {
    expect(datesOf('Patients took 20 mg a day.', monday)).toEqual([])
    expect(datesOf('She runs 5 km a day.', monday)).toEqual([])
    expect(datesOf('It costs $5 million a year.', monday)).toEqual([])
    expect(datesOf('The dividend rate is $1.76 a year.', monday)).toEqual([])
    expect(datesOf('Qantas runs four flights a week.', monday)).toEqual([])
    expect(datesOf('The plan assumes growth of 1.5% a year.', monday)).toEqual([])
    expect(datesOf('It pays $3 per year.', monday)).toEqual([])
    expect(datesOf('Guards stood there 24 hours a day.', monday)).toEqual([['24 hours', 'DURATION', 'PT24H']])
  })

  it('keeps a frequency a set, and a length after a number of times no rate', () => {
    expect(datesOf('She writes twice a week.', monday)).toEqual([['a week', 'SET', 'P1W']])
    expect(datesOf('It erupts hundreds of times a year.', monday)).toEqual([['a year', 'SET', 'P1Y']])
    expect(datesOf('It renews every six months.', monday)).toEqual([['every six months', 'SET', 'P6M']])
    expect(datesOf('It lasted a year.', monday)).toEqual([['a year', 'DURATION', 'P1Y']])
    // a word that is no abbreviated unit leaves the rate out
    expect(datesOf('It bought one in 2007 and a second recently.', monday)).toEqual([['2007', 'DATE', '2007'], ['recently', 'DATE', 'PAST_REF']])
    // a length of time before it stays one
    expect(datesOf('He works one day a week.', monday)).toEqual([['one day', 'DURATION', 'P1D'], ['a week', 'DURATION', 'P1W']])
  })
})

// Session 5: a part of a year tied to the year after "of" ("the second half of last year",
// "the first quarter of next year" — sentences of the fixture articles), "the same year"
// (GUM, WikiGold) and "the prior year".
describe('a part of a year "of" a relative year', () => {
  it.each([
    ['Chile\'s central bank held its benchmark interest rate at 5%, saying inflation remained above its target despite a slowdown in the second half of last year.', [['the second half of last year', 'DATE', '2024-H2']]],
    ['Both boards have approved the deal, which is expected to close in the first quarter of next year.', [['the first quarter of next year', 'DATE', '2026-Q1']]],
    ['Prices rose in January of this year.', [['January of this year', 'DATE', '2025-01']]],
    ['The plant will reopen in the summer of next year.', [['the summer of next year', 'DATE', '2026-SU']]],
    ['Talks stalled in late May of last year.', [['late May of last year', 'DATE', '2024-05']]],
  ] as Array<[string, Found[]]>)('%j', (text, expected) => {
    expect(datesOf(text, '2025-03-04')).toEqual(expected)
  })

  it('keeps the year open without a reference date, as one expression', () => {
    expect(datesOf('a slowdown in the second half of last year')).toEqual([['the second half of last year', 'DATE', 'XXXX-H2']])
  })
})

describe('"the same year" and "the prior year"', () => {
  it('reads "the same year" as the year last named', () => {
    expect(datesOf('He visited China again between May and June in 1981 after his wife died in March the same year.', '2016-01-01').at(-1)).toEqual(['the same year', 'DATE', '1981'])
    expect(datesOf('The park opened in 1901. A parcel just south of it was named Lincoln Park the same year.')).toEqual([
      ['1901', 'DATE', '1901'],
      ['the same year', 'DATE', '1901'],
    ])
  })

  it('gives "the same year" no value when no year was named, and leaves "the same time" alone', () => {
    expect(datesOf('The same year, he left.', '2016-01-01')).toEqual([['The same year', 'DATE', undefined]])
    expect(datesOf('They arrived at the same time.', '2016-01-01')).toEqual([])
  })

  it('reads "the prior year" as the year before, and "prior" before other nouns as no date', () => {
    expect(datesOf('Profit was higher than in the prior year.', '1989-10-26')).toEqual([['the prior year', 'DATE', '1988']])
    expect(datesOf('He had a prior conviction.', '1989-10-26')).toEqual([])
  })
})

describe('"the week of" a day, and a day beyond yesterday or tomorrow', () => {
  it('reads "the week of March 6" as the week that day lies in', () => {
    const text = 'The dispute may finally be resolved in a court hearing the week of March 6, lawyers said.'
    expect(datesOf(text, '2000-02-28')).toEqual([['the week of March 6', 'DATE', '2000-W10']])
    expect(datesOf(text)).toEqual([['the week of March 6', 'DATE', 'XXXX-WXX']])
    expect(datesOf('The week of the vote was busy.', '2000-02-28')).toEqual([])
  })

  it('counts "the day before yesterday" and "the day after tomorrow" two days off', () => {
    expect(datesOf('The ceasefire began the day before yesterday.', '2022-05-04')).toEqual([['the day before yesterday', 'DATE', '2022-05-02']])
    expect(datesOf('The talks resume the day after tomorrow.', '2022-05-04')).toEqual([['the day after tomorrow', 'DATE', '2022-05-06']])
  })
})

describe('a compound length before a noun', () => {
  it('leaves "the" to the noun it modifies ("the eight-year war" → "eight-year", as TimeBank spans it)', () => {
    expect(datesOf('Iran and Iraq fought the eight-year war.', '1990-08-15')).toEqual([['eight-year', 'DURATION', 'P8Y']])
    expect(datesOf('The 10-year bond yield rose.', '2022-05-04')).toEqual([['10-year', 'DURATION', 'P10Y']])
    expect(datesOf('Sales fell over the past two years.', '2022-05-04')).toEqual([['the past two years', 'DURATION', 'P2Y']])
  })
})

describe('a house number is not a year', () => {
  // the lead's probe (an obituary): "1640" was a date
  it('reads a number before a street name as part of an address', () => {
    expect(datesOf('Visitation will be from 4 to 7 p.m. at Hoffmann Funeral Home, 1640 Main St. A Mass follows.', monday).map(([text]) => text)).toEqual(['7 p.m.'])
    expect(datesOf('The embassy is at 1600 Pennsylvania Avenue, near the park.', monday)).toEqual([])
    expect(datesOf('He moved to 1920 Oak Street in 1985.', monday)).toEqual([['1985', 'DATE', '1985']])
  })
  it('keeps a year before a name that goes on, or after "in"', () => {
    expect(datesOf('The 2008 Wall Street crash hurt them.', monday)).toEqual([['2008', 'DATE', '2008']])
    expect(datesOf('In 2008 Wall Street banks collapsed.', monday)).toEqual([['2008', 'DATE', '2008']])
  })
})

describe('seasons: every season, a season in a name, the last one', () => {
  // the lead's probes (2026): "Every summer we pay" was "summer" 2025-SU; "the Winter Control Reserve" a date
  it('reads "every summer" as a set', () => {
    expect(datesOf('"Every year they announce a new plan. Every summer we pay a tanker," she said.', monday)).toEqual([
      ['Every year', 'SET', 'P1Y'],
      ['Every summer', 'SET', 'XXXX-SU'],
    ])
  })
  it('finds no season in a name', () => {
    expect(datesOf('The council took $1.85 million from the Winter Control Reserve.', monday)).toEqual([])
    expect(datesOf('China promises safe food for visitors to the Summer Games.', monday)).toEqual([])
    expect(datesOf('NEVER LEAVE THE WINDOWS OPEN DURING SPRING TERM.')).toEqual([['SPRING', 'DATE', 'XXXX-SP']])
  })
  it('reads "last spring" as the latest spring before this season', () => {
    expect(datesOf('She ran the shop until last spring.', '2026-11-04')).toEqual([['last spring', 'DATE', '2026-SP']])
    expect(datesOf('She ran the shop until last spring.', '2026-04-04')).toEqual([['last spring', 'DATE', '2025-SP']])
    expect(datesOf('He left last winter.', '2026-12-01')).toEqual([['last winter', 'DATE', '2025-WI']])
  })
})
