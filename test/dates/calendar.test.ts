import {describe, expect, it} from 'vitest'
import {addDays, formatWeek, isRealDay, parseDay, weekday} from '../../src/entities/dates/calendar.js'
import {periodValue, seasonValue, weekdayValue, yearFor} from '../../src/entities/dates/resolve.js'
import type {Context} from '../../src/entities/dates/view.js'

describe('calendar', () => {
  it.each([
    ['2022-02-10', '2022-W06'],
    ['2021-01-03', '2020-W53'],
    ['2020-12-31', '2020-W53'],
    ['2019-12-30', '2020-W01'],
    ['2018-12-31', '2019-W01'],
    ['2016-01-01', '2015-W53'],
  ])('ISO week of %s is %s', (day, week) => {
    expect(formatWeek(parseDay(day))).toBe(week)
  })

  it('counts weekdays from Monday 1 to Sunday 7', () => {
    expect(weekday(parseDay('2022-02-10'))).toBe(4)
    expect(weekday(parseDay('2022-02-13'))).toBe(7)
  })

  it('adds days across months, years and leap days', () => {
    expect(addDays(parseDay('2024-02-28'), 1)).toEqual({year: 2024, month: 2, day: 29})
    expect(addDays(parseDay('2022-01-01'), -1)).toEqual({year: 2021, month: 12, day: 31})
  })

  it('knows real days', () => {
    expect(isRealDay(2024, 2, 29)).toBe(true)
    expect(isRealDay(2023, 2, 29)).toBe(false)
    expect(isRealDay(2023, 13, 1)).toBe(false)
  })
})

describe('resolution against the reference date', () => {
  const at = (tense: Context['tense'], ref = '2022-02-10'): Context => ({ref: parseDay(ref), tense})

  it('resolves a weekday by tense', () => {
    expect(weekdayValue(at('past'), 5, undefined)).toBe('2022-02-04')
    expect(weekdayValue(at('future'), 5, undefined)).toBe('2022-02-11')
    expect(weekdayValue(at('past'), 4, undefined)).toBe('2022-02-10')
    expect(weekdayValue(at('none'), 3, undefined)).toBe('2022-02-09')
    expect(weekdayValue(at('past'), 5, 'last')).toBe('2022-02-04')
    expect(weekdayValue(at('past'), 4, 'next')).toBe('2022-02-17')
    expect(weekdayValue({ref: undefined, tense: 'past'}, 4, undefined)).toBe('XXXX-WXX-4')
  })

  it('gives a month without a year the year of its tense', () => {
    expect(yearFor(at('past'), 11, undefined, undefined)).toBe(2021)
    expect(yearFor(at('future'), 11, undefined, undefined)).toBe(2022)
    expect(yearFor(at('past'), 1, undefined, undefined)).toBe(2022)
    expect(yearFor(at('none'), 12, 25, undefined)).toBe(2021)
  })

  it('names quarters, halves and seasons', () => {
    expect(periodValue(at('past', '1989-11-02'), 'Q', 3, undefined)).toBe('1989-Q3')
    expect(periodValue(at('past', '2022-02-10'), 'Q', 4, undefined)).toBe('2021-Q4')
    expect(periodValue(at('past', '2022-08-10'), 'H', 1, undefined)).toBe('2022-H1')
    expect(seasonValue(at('none', '1998-03-22'), 'SU', 'this')).toBe('1998-SU')
    expect(seasonValue(at('past', '1998-03-22'), 'FA', 'last')).toBe('1997-FA')
    expect(seasonValue(at('past', '1998-01-10'), 'WI', undefined)).toBe('1997-WI')
  })
})
