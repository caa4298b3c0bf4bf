/**
 * The holidays the date finder knows, as data: each name (the date view's words: lower
 * case, possessive "'s" dropped) with the calendar rule that places it
 * (entities/dates/rules-holiday.ts turns the rule into a day). Hand-written for nutgraf.
 *
 * @internal
 */

/**
 * Where a holiday falls: a fixed month and day; the `nth` (1-based, -1 for the last)
 * ISO weekday of a month; Easter Sunday shifted by some days; US Election Day.
 *
 * @example
 * ```ts
 * const thanksgiving: HolidayRule = {nth: [11, 4, 4]} // the fourth Thursday of November
 * ```
 */
export type HolidayRule =
  | {fixed: [month: number, day: number]}
  | {nth: [month: number, weekday: number, nth: number]}
  | {easter: number}
  | {election: true}

/**
 * Holiday names as word sequences (the view's words: lower case, possessive "'s"
 * dropped), each with where it falls. A name of one word needs no "Day".
 */
export const holidays: ReadonlyArray<readonly [readonly string[], HolidayRule]> = [
  [['christmas', 'eve'], {fixed: [12, 24]}],
  [['christmas', 'day'], {fixed: [12, 25]}],
  [['christmas'], {fixed: [12, 25]}],
  [['new', 'year', 'eve'], {fixed: [12, 31]}],
  [['new', 'year', 'day'], {fixed: [1, 1]}],
  [['valentine', 'day'], {fixed: [2, 14]}],
  [['halloween'], {fixed: [10, 31]}],
  [['veterans', 'day'], {fixed: [11, 11]}],
  [['thanksgiving', 'day'], {nth: [11, 4, 4]}],
  [['thanksgiving'], {nth: [11, 4, 4]}],
  [['memorial', 'day'], {nth: [5, 1, -1]}],
  [['labor', 'day'], {nth: [9, 1, 1]}],
  [['mother', 'day'], {nth: [5, 7, 2]}],
  [['father', 'day'], {nth: [6, 7, 3]}],
  [['election', 'day'], {election: true}],
  [['good', 'friday'], {easter: -2}],
  [['easter', 'sunday'], {easter: 0}],
  [['easter'], {easter: 0}],
]

/** Words after a one-word holiday that make it a thing, not a day ("Christmas tree"). */
export const holidayThings: ReadonlySet<string> = new Set(['tree', 'trees', 'card', 'cards', 'carol', 'carols', 'island', 'lights', 'ornaments', 'bunny', 'egg', 'eggs', 'turkey'])
