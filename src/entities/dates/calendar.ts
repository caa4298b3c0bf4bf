/**
 * Calendar arithmetic on plain UTC calendar days, and TIMEX3 value formatting.
 * No clock and no time zone: a day is a year, a month and a day of month.
 *
 * @internal
 */

/**
 * A calendar day. `month` is 1–12.
 *
 * @example
 * ```ts
 * const day: Day = {year: 2022, month: 2, day: 10}
 * ```
 */
export interface Day {
  year: number
  month: number
  day: number
}

const dayMs = 86_400_000

/**
 * "2022-02-10" → a Day (the caller has checked the shape).
 *
 * @example
 * ```ts
 * parseDay('2022-02-10') // {year: 2022, month: 2, day: 10}
 * ```
 */
export function parseDay(iso: string): Day {
  return {year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10))}
}

function toMs(day: Day): number {
  return Date.UTC(day.year, day.month - 1, day.day)
}

function fromMs(ms: number): Day {
  const date = new Date(ms)
  return {year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate()}
}

/**
 * The day `count` days after `day` (before, when negative).
 *
 * @example
 * ```ts
 * addDays({year: 2022, month: 2, day: 28}, 1) // {year: 2022, month: 3, day: 1}
 * ```
 */
export function addDays(day: Day, count: number): Day {
  return fromMs(toMs(day) + count * dayMs)
}

/**
 * The month `count` months after `day`'s month, as {year, month}.
 *
 * @example
 * ```ts
 * addMonths({year: 2022, month: 12}, 1) // {year: 2023, month: 1}
 * ```
 */
export function addMonths(day: Pick<Day, 'year' | 'month'>, count: number): {year: number; month: number} {
  const index = day.year * 12 + (day.month - 1) + count
  return {year: Math.floor(index / 12), month: (index % 12) + 1}
}

/**
 * ISO weekday: Monday 1 … Sunday 7.
 *
 * @example
 * ```ts
 * weekday({year: 2022, month: 2, day: 10}) // 4 (Thursday)
 * ```
 */
export function weekday(day: Day): number {
  return ((new Date(toMs(day)).getUTCDay() + 6) % 7) + 1
}

/**
 * Whether year/month/day is a real calendar day.
 *
 * @example
 * ```ts
 * isRealDay(2023, 2, 29) // false
 * ```
 */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/**
 * Days from `a` to `b` (positive when `b` is later).
 *
 * @example
 * ```ts
 * daysBetween({year: 2022, month: 2, day: 10}, {year: 2022, month: 2, day: 20}) // 10
 * ```
 */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((toMs(b) - toMs(a)) / dayMs)
}

/**
 * Zero-pad to `width` digits.
 *
 * @example
 * ```ts
 * pad(7) // '07'
 * ```
 */
export function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0')
}

/**
 * "2022-02-10".
 *
 * @example
 * ```ts
 * formatDay({year: 2022, month: 2, day: 10}) // '2022-02-10'
 * ```
 */
export function formatDay(day: Day): string {
  return `${pad(day.year, 4)}-${pad(day.month)}-${pad(day.day)}`
}

/**
 * "2022-02".
 *
 * @example
 * ```ts
 * formatMonth(2022, 2) // '2022-02'
 * ```
 */
export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`
}

/**
 * ISO 8601 week of `day`: "2022-W06".
 *
 * @example
 * ```ts
 * formatWeek({year: 2021, month: 1, day: 3}) // '2020-W53'
 * ```
 */
export function formatWeek(day: Day): string {
  const thursday = addDays(day, 4 - weekday(day))
  const week = Math.floor(daysBetween({year: thursday.year, month: 1, day: 1}, thursday) / 7) + 1
  return `${pad(thursday.year, 4)}-W${pad(week)}`
}

/**
 * Quarter 1–4 of a month.
 *
 * @example
 * ```ts
 * quarterOf(8) // 3
 * ```
 */
export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1
}
