/**
 * Clock times: "6:30 p.m.", "10:30am", "6 p.m. local time", "noon", "midnight",
 * "10 p.m. Wednesday", "1400 GMT".
 *
 * @internal
 */
import {addDays, formatDay} from './calendar.js'
import {matched, type Starts, startsAt} from './match.js'
import {weekdayValue} from './resolve.js'
import {monthRule} from './rules-calendar.js'
import {type Context, isCapitalized, type Match, sameSentence, type View, wordAt} from './view.js'
import {partsOfDay, timeZones, weekdays} from '../../data/date-words.js'
import {STARTS_UPPER} from '../../internal/letter-patterns.js'

/**
 * A clock time read from the text.
 *
 * @example
 * ```ts
 * const clock: Clock = {hour: 18, minute: 30, end: 2}
 * ```
 */
export interface Clock {
  hour: number
  minute: number
  end: number
}

const meridiem = /^(?:a\.?m|p\.?m)$/

/**
 * "T18:30" part of a value, without the T.
 *
 * @example
 * ```ts
 * timeOfDay({hour: 18, minute: 30, end: 2}) // '18:30'
 * ```
 */
export function timeOfDay(clock: Clock): string {
  return `${String(clock.hour).padStart(2, '0')}:${String(clock.minute).padStart(2, '0')}`
}

/**
 * Read a clock time at `at`: "6:30", "6:30 p.m.", "6 p.m.", "10:30am", "noon", "midnight".
 *
 * @example
 * ```ts
 * clockAt(buildView(tokenize('6:30 p.m.')), 0) // {hour: 18, minute: 30, end: 2}
 * ```
 */
export function clockAt(view: View, at: number): Clock | undefined {
  const word = wordAt(view, at)
  const named = STARTS_UPPER.test(view.tokens[at]?.text ?? '') && view.tokens[at - 1]?.sentence === view.tokens[at]?.sentence
  if (named && !/\d/.test(word)) return undefined
  if (word === 'noon' || word === 'midday') return {hour: 12, minute: 0, end: at + 1}
  if (word === 'midnight') return {hour: 24, minute: 0, end: at + 1}
  // "1400 GMT", "(0735 GMT)": a 24-hour clock time with its zone.
  const military = /^([01]\d|2[0-3])([0-5]\d)$/.exec(word)
  if (military && isZone(view, at + 1)) return {hour: Number(military[1]), minute: Number(military[2]), end: at + 1}
  const joined = /^(\d{1,2})(?::(\d{2}))?(a\.?m\.?|p\.?m\.?)?$/.exec(word)
  if (!joined) return undefined
  let hour = Number(joined[1])
  const minute = joined[2] === undefined ? 0 : Number(joined[2])
  let end = at + 1
  let half = joined[3]
  if (half === undefined && meridiem.test(wordAt(view, at + 1))) {
    half = wordAt(view, at + 1)
    end = at + 2
  } else if (half === undefined && wordAt(view, at + 1) === "o'clock") {
    end = at + 2
    half = ''
  }
  if (half === undefined && joined[2] === undefined) return undefined
  if (hour > 24 || minute > 59 || (half && (hour === 0 || hour > 12))) return undefined
  if (half && half.startsWith('p') && hour < 12) hour += 12
  if (half && half.startsWith('a') && hour === 12) hour = 0
  return {hour, minute, end}
}

const ALL_CAPITALS = RegExp(String.raw`^\p{Lu}+$`, 'u')

/**
 * A time zone at `index`: "GMT", "EDT", "UTC" in capitals.
 *
 * @example
 * ```ts
 * isZone(buildView(tokenize('1400 GMT')), 1) // true
 * ```
 */
export function isZone(view: View, index: number): boolean {
  return timeZones.has(wordAt(view, index)) && ALL_CAPITALS.test(view.tokens[index]?.text ?? '')
}

/**
 * "the morning of Feb. 9", "the night of Oct. 23, 1998": a part of a dated day.
 *
 * @example
 * ```ts
 * partOfDateRule(buildView(tokenize('the night of Feb. 9')), 0)?.type // 'TIME'
 * ```
 */
export function partOfDateRule(view: View, at: number): Match | undefined {
  const part = wordAt(view, at) === 'the' ? partsOfDay.get(wordAt(view, at + 1)) : undefined
  if (part === undefined || wordAt(view, at + 2) !== 'of') return undefined
  const date = monthRule(view, at + 3)
  if (!date || !date.rule.startsWith('month-day')) return undefined
  return {...date, type: 'TIME', rule: 'part-of-date', value: (context) => `${date.value(context) ?? 'XXXX-XX-XX'}${part}`}
}

/** Words {@link partOfDateRule} can start at. */
export const partOfDateStarts: Starts = startsAt(['the'])

/** The weekday after a short aside in parentheses: "10:35 a.m. (0735 GMT) Friday" → 5. */
function weekdayAfterAside(view: View, at: number): number | undefined {
  if (wordAt(view, at) !== '(') return undefined
  for (let index = at + 1; index < at + 8; index++) {
    if (wordAt(view, index) !== ')') continue
    const target = weekdays.get(wordAt(view, index + 1))
    return target !== undefined && STARTS_UPPER.test(view.tokens[index + 1]?.text ?? '') && view.tokens[index + 1]?.sentence === view.tokens[at]?.sentence ? target : undefined
  }
  return undefined
}

/**
 * The day named after "on", past a zone written out: "at 2 p.m. on Nov. 14", "at 10:00 a.m. Eastern Time on October 30,
 * 2026" — the clock time is on that day (the day stays an expression of its own).
 */
function dateAfterOn(view: View, at: number): Match | undefined {
  const skip = wordAt(view, at + 1) === 'time' && isCapitalized(view, at) ? 2 : 0
  if (wordAt(view, at + skip) !== 'on' || !sameSentence(view, at, at + skip + 1)) return undefined
  const date = monthRule(view, at + skip + 1)
  return date?.rule.startsWith('month-day') ? date : undefined
}

/** The weekday right after the aside a time stands in: "(0735 GMT) Friday" → 5. */
function weekdayAfterClosing(view: View, at: number): number | undefined {
  if (wordAt(view, at) !== ')') return undefined
  const target = weekdays.get(wordAt(view, at + 1))
  return target !== undefined && STARTS_UPPER.test(view.tokens[at + 1]?.text ?? '') && view.tokens[at + 1]?.sentence === view.tokens[at]?.sentence ? target : undefined
}

/**
 * "6:30 p.m. local time", "10 p.m. Wednesday", "noon today".
 *
 * @example
 * ```ts
 * timeRule(buildView(tokenize('6:30 p.m. local time')), 0)?.end // 4
 * ```
 */
export function timeRule(view: View, at: number): Match | undefined {
  const found = timeAt(view, at)
  if (!found) return undefined
  const zone = isZone(view, clockEnd(view, at)) ? view.tokens[clockEnd(view, at)]?.text : undefined
  return zone === undefined ? found : {...found, zone}
}

/** Words {@link timeRule} can start at. */
export const timeStarts: Starts = startsAt(['noon', 'midday', 'midnight'], {digits: true})

/** Where the clock time at `at` ends (before a zone or "local time"). */
function clockEnd(view: View, at: number): number {
  return clockAt(view, at)?.end ?? at
}

/** The match of {@link timeRule}, without its zone. */
function timeAt(view: View, at: number): Match | undefined {
  const clock = clockAt(view, at)
  if (!clock) return undefined
  let end = clock.end
  if (wordAt(view, end) === 'local' && wordAt(view, end + 1) === 'time') end += 2
  else if (isZone(view, end)) end += 1
  const comma = wordAt(view, end) === ',' ? 1 : 0
  const date = monthRule(view, end + comma)
  if (date && date.rule.startsWith('month-day')) {
    const time = timeOfDay(clock)
    return {...date, type: 'TIME', rule: 'time-date', value: (context) => `${date.value(context) ?? 'XXXX-XX-XX'}T${time}`}
  }
  const hasOn = wordAt(view, end) === 'on' ? 1 : 0
  const target = weekdays.get(wordAt(view, end + hasOn))
  const time = timeOfDay(clock)
  if (target !== undefined && STARTS_UPPER.test(view.tokens[end + hasOn]?.text ?? '')) {
    return matched(end + hasOn + 1, 'TIME', 'time-weekday', (context) => `${weekdayValue(context, target, undefined)}T${time}`)
  }
  const later = weekdayAfterAside(view, end) ?? weekdayAfterClosing(view, end)
  if (later !== undefined) return matched(end, 'TIME', 'time', (context) => `${weekdayValue(context, later, undefined)}T${time}`)
  const dated = dateAfterOn(view, end)
  if (dated) return matched(end, 'TIME', 'time', (context) => `${dated.value(context) ?? 'XXXX-XX-XX'}T${time}`)
  const offset = ({today: 0, yesterday: -1, tomorrow: 1} as Record<string, number | undefined>)[wordAt(view, end)]
  if (offset !== undefined) end += 1
  return matched(end, 'TIME', 'time', (context: Context) => {
    if (offset === undefined && context.day !== undefined) return `${context.day}T${time}`
    const day = context.ref ? formatDay(addDays(context.ref, offset ?? 0)) : 'XXXX-XX-XX'
    return `${day}T${time}`
  })
}
