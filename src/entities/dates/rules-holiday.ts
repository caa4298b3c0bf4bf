/**
 * Holidays: "Christmas", "New Year's Day", "Thanksgiving", "Labor Day", "Election Day",
 * "Easter" — fixed ones (Dec. 25) and the ones a rule of the calendar places (the fourth
 * Thursday of November). Without a year they take the year that fits the tense, like a
 * month-day ("Christmas" in a past-tense sentence written in January is last December's);
 * without a reference date either, a floating one keeps its weekday ("XXXX-09-WXX-1").
 *
 * @internal
 */
import {type HolidayRule, holidays, holidayThings} from '../../data/holidays.js'
import {addDays, type Day, pad, weekday} from './calendar.js'
import {matched, type Starts, startsAt} from './match.js'
import {yearFor} from './resolve.js'
import {yearAfter} from './rules-calendar.js'
import {type Context, isCapitalized, type Match, type View, wordAt} from './view.js'

/** Where a holiday falls in `year`. */
type Placement = (year: number) => Day

const fixedDay = (month: number, day: number): Placement => (year) => ({year, month, day})

/** The `nth` (1-based; -1 for the last) ISO weekday `target` of `month`. */
const nthWeekday = (month: number, target: number, nth: number): Placement => (year) => {
  if (nth < 0) {
    const last = addDays(month === 12 ? {year: year + 1, month: 1, day: 1} : {year, month: month + 1, day: 1}, -1)
    return addDays(last, -((weekday(last) - target + 7) % 7))
  }
  const first = {year, month, day: 1}
  return addDays(first, ((target - weekday(first) + 7) % 7) + (nth - 1) * 7)
}

/** Easter Sunday (Gregorian computus, Meeus/Jones/Butcher), shifted by `offset` days. */
const easter = (offset: number): Placement => (year) => {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const g = Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3)
  const h = (19 * a + b - Math.floor(b / 4) - g + 15) % 30
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return addDays({year, month, day}, offset)
}

/** US Election Day: the Tuesday after the first Monday of November. */
const electionDay: Placement = (year) => addDays(nthWeekday(11, 1, 1)(year), 1)

/** Each holiday with where it falls and its rule, in table order (longest names first). */
const placed: ReadonlyArray<readonly [readonly string[], Placement, HolidayRule]> = holidays.map(([name, rule]) => [name, placementOf(rule), rule])

/** Where a holiday's rule places it. */
function placementOf(rule: HolidayRule): Placement {
  if ('fixed' in rule) return fixedDay(...rule.fixed)
  if ('nth' in rule) return nthWeekday(...rule.nth)
  if ('easter' in rule) return easter(rule.easter)
  return electionDay
}

/** First words of the holidays: no holiday starts with any other word. */
const holidayFirstWords: ReadonlySet<string> = new Set(placed.map(([name]) => name[0] as string))

/**
 * A holiday's value when no year is known: "XXXX-12-25" for a fixed day; for a floating one
 * the weekday in its month, "XXXX-09-WXX-1" (Labor Day: a Monday of September), and
 * "XXXX-XX-XX" for Easter's feasts (March or April).
 */
function unknownYearValue(rule: HolidayRule): string {
  if ('fixed' in rule) return `XXXX-${pad(rule.fixed[0])}-${pad(rule.fixed[1])}`
  if ('nth' in rule) return `XXXX-${pad(rule.nth[0])}-WXX-${rule.nth[1]}`
  if ('easter' in rule) return 'XXXX-XX-XX'
  return 'XXXX-11-WXX-2'
}

/** The value of a holiday in the year the context gives it. */
function holidayValue(context: Context, place: Placement, rule: HolidayRule, year: number | undefined): string {
  if (year !== undefined) return formatPlaced(place(year))
  const {ref} = context
  if (!ref) return unknownYearValue(rule)
  const near = place(ref.year)
  return formatPlaced(place(yearFor(context, near.month, near.day, undefined) ?? ref.year))
}

function formatPlaced(day: Day): string {
  return `${pad(day.year, 4)}-${pad(day.month)}-${pad(day.day)}`
}

/**
 * "Christmas", "Thanksgiving Day 1999", "New Year's Eve", "Election Day", "Easter".
 *
 * @example
 * ```ts
 * holidayRule(buildView(tokenize('Thanksgiving Day')), 0)?.rule // 'holiday'
 * ```
 */
export function holidayRule(view: View, at: number): Match | undefined {
  if (!isCapitalized(view, at) || !holidayFirstWords.has(wordAt(view, at))) return undefined
  for (const [name, place, rule] of placed) {
    if (!name.every((word, index) => wordAt(view, at + index) === word && isCapitalized(view, at + index))) continue
    const end = at + name.length
    if (name.length === 1 && holidayThings.has(wordAt(view, end))) return undefined
    const year = view.possessive[end - 1] ? undefined : yearAfter(view, end)
    const fixedYear = year && year.year !== 'relative' ? year.year : undefined
    return matched(fixedYear === undefined ? end : (year?.end ?? end), 'DATE', 'holiday', (context) => holidayValue(context, place, rule, fixedYear))
  }
  return undefined
}

/** Words {@link holidayRule} can start at. */
export const holidayStarts: Starts = startsAt(holidayFirstWords)
