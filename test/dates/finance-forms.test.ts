/**
 * Date forms of finance and policy news (session 10 of issue 15): half-years ("H1 2027",
 * "in H2"), fiscal years ("FY2025", "FY25", "fiscal 2025" — their plain year, as TimeBank
 * writes "fiscal 1988"), "end-March" / "mid-2026" / "early 2027", "the 4th" (a day of the
 * month in context), ranges of years ("2027-2030", "2027–30") and lists of days ("4, 6 and
 * 8 March", "Nov. 5-6"), each day and each end a date of its own.
 */
import {describe, expect, it} from 'vitest'
import {extractEntities} from '../../src/index.js'

type Found = [text: string, type: string, value: string | undefined]

function datesOf(text: string, referenceDate?: string): Found[] {
  const {dates} = extractEntities(text, referenceDate ? {referenceDate} : {})
  for (const date of dates) expect(text.slice(date.span.start, date.span.end)).toBe(date.text)
  return dates.map((date) => [date.text, date.type, date.value])
}

/** Thursday 2026-07-30. */
const thursday = '2026-07-30'

describe('half-years', () => {
  it.each([
    ['Revenue rose in H1 2026.', [['H1 2026', 'DATE', '2026-H1']]],
    ['Margins shrank in Q4 2025 and H2 2025.', [['Q4 2025', 'DATE', '2025-Q4'], ['H2 2025', 'DATE', '2025-H2']]],
    ['Profit should recover in H2.', [['H2', 'DATE', '2026-H2']]],
    // without a temporal word before it, a half needs its year (a known miss: "a stronger H2")
    ['Revenue rose in H1 2026, and it expects a stronger H2.', [['H1 2026', 'DATE', '2026-H1']]],
    ['Results for H1 FY2027 are due.', [['H1 FY2027', 'DATE', '2027-H1']]],
    // hydrogen, a graph, a heading: no half
    ['Plants that make green H2 need cheap power.', []],
    ['Suppose there is no path in H1,3.', []],
    ['Read the H1 heading.', []],
  ] as Array<[string, Found[]]>)('%j', (text, expected) => {
    expect(datesOf(text, thursday)).toEqual(expected)
  })
})

describe('fiscal years: the plain year', () => {
  it.each([
    ['It raised its FY2027 guidance.', [['FY2027', 'DATE', '2027']]],
    ['Margins in FY25 were thin.', [['FY25', 'DATE', '2025']]],
    ['Sales for FY 2026 were flat.', [['FY 2026', 'DATE', '2026']]],
    ['Profit in fiscal 2027 will rise.', [['fiscal 2027', 'DATE', '2027']]],
    ['Revenue for Q3 FY2026 rose.', [['Q3 FY2026', 'DATE', '2026-Q3']]],
  ] as Array<[string, Found[]]>)('%j', (text, expected) => {
    expect(datesOf(text, thursday)).toEqual(expected)
  })
})

describe('end-, mid-, early', () => {
  it.each([
    ['The group will cut its debt by end-March.', [['end-March', 'DATE', '2027-03']]],
    ['Stocks were back to normal by end-September.', [['end-September', 'DATE', '2025-09']]],
    ['It aims for balance by end-2029.', [['end-2029', 'DATE', '2029']]],
    ['The sale closes by mid-2027 and the plant opens in early 2028.', [['mid-2027', 'DATE', '2027'], ['early 2028', 'DATE', '2028']]],
  ] as Array<[string, Found[]]>)('%j', (text, expected) => {
    expect(datesOf(text, thursday)).toEqual(expected)
  })
})

describe('"the 4th": a day of the month in context', () => {
  it.each([
    // ahead for a future: the next 4th
    ['The board will meet on the 4th to approve a dividend.', thursday, [['the 4th', 'DATE', '2026-08-04']]],
    // behind for a past
    ['The central bank raised rates on the 4th.', thursday, [['the 4th', 'DATE', '2026-07-04']]],
    // the month the sentence named
    ['Stores close on 24 December and reopen on the 27th.', thursday, [['24 December', 'DATE', '2026-12-24'], ['the 27th', 'DATE', '2026-12-27']]],
    ['The minutes are due on the 3rd.', undefined, [['the 3rd', 'DATE', 'XXXX-XX-03']]],
    // ordinals of something else
    ['He works on the 4th floor.', thursday, []],
    ['Sonnets from the 15th to the 19th century.', thursday, [['the 19th century', 'DATE', '18']]],
    ['It was the 4th time.', thursday, []],
  ] as Array<[string, string | undefined, Found[]]>)('%j', (text, reference, expected) => {
    expect(datesOf(text, reference)).toEqual(expected)
  })
})

describe('ranges of years: both ends; a fiscal year or season written with its two years is one', () => {
  it.each([
    ['The plan for 2027-2030 costs $5 billion.', [['2027', 'DATE', '2027'], ['2030', 'DATE', '2030']]],
    ['The plan covers 2027–30.', [['2027', 'DATE', '2027'], ['30', 'DATE', '2030']]],
    ['He played in the 2026-27 season.', [['2026-27', 'DATE', '2026']]],
    ['The deficit is projected at 3.8 per cent of GSDP for 2026-27.', [['2026-27', 'DATE', '2026']]],
    ['Revenue for FY2026-27 rose 8%.', [['FY2026-27', 'DATE', '2026']]],
    ['The 1999–2000 season ended.', [['1999', 'DATE', '1999'], ['2000', 'DATE', '2000']]],
    // a count
    ['It employs about 1200-1300 people.', []],
  ] as Array<[string, Found[]]>)('%j', (text, expected) => {
    expect(datesOf(text, thursday)).toEqual(expected)
  })
})

describe('lists and ranges of days: a date a day', () => {
  it.each([
    ['Hearings are on 4, 6 and 8 September.', [['4', 'DATE', '2026-09-04'], ['6', 'DATE', '2026-09-06'], ['8 September', 'DATE', '2026-09-08']]],
    ['Hearings are on March 4, 6 and 8, 2027.', [['March 4', 'DATE', '2027-03-04'], ['6', 'DATE', '2027-03-06'], ['8, 2027', 'DATE', '2027-03-08']]],
    ['The committee meets Nov. 5-6.', [['Nov. 5', 'DATE', '2026-11-05'], ['6', 'DATE', '2026-11-06']]],
    ['It runs 4–8 March 2027.', [['4', 'DATE', '2027-03-04'], ['8 March 2027', 'DATE', '2027-03-08']]],
    ['The fair runs 17-18 October.', [['17', 'DATE', '2026-10-17'], ['18 October', 'DATE', '2026-10-18']]],
    // a count after a day: no list
    ['On March 4, 6 people died.', [['March 4', 'DATE', '2026-03-04']]],
  ] as Array<[string, Found[]]>)('%j', (text, expected) => {
    expect(datesOf(text, thursday)).toEqual(expected)
  })
})

describe('a year-ago quarter named by its number', () => {
  // TimeBank, wsj_0736 (1989-10-27): "the year-earlier third quarter" was "year-earlier" + a third quarter of 1989
  it('is one expression: that quarter a year before the one the report names', () => {
    expect(datesOf('In the year-earlier third quarter, Poughkeepsie Savings had net income of $1.4 million.', '1989-10-27')).toEqual([
      ['the year-earlier third quarter', 'DATE', '1988-Q3'],
    ])
    expect(datesOf('Sales rose from the year-ago fourth quarter.', '2026-03-10')).toEqual([['the year-ago fourth quarter', 'DATE', '2024-Q4']])
  })
  it('keeps the year open without a reference date', () => {
    expect(datesOf('Sales rose from the year-ago second quarter.')).toEqual([['the year-ago second quarter', 'DATE', 'XXXX-Q2']])
  })
})

describe('a month paired with a dated month', () => {
  // the lead's probe (Reuters, 2026-09-17): "April" of "in April and May 2024" was 2027-04
  it('shares its year', () => {
    expect(datesOf('Japan spent 9.8 trillion yen buying its currency in April and May 2024.', '2026-09-17')).toEqual([
      ['April', 'DATE', '2024-04'],
      ['May 2024', 'DATE', '2024-05'],
    ])
    expect(datesOf('About 87 percent of households used electricity from March to August 2011.')).toEqual([
      ['March', 'DATE', '2011-03'],
      ['August 2011', 'DATE', '2011-08'],
    ])
  })
})
