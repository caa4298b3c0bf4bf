/**
 * Relative rules: deictic words ("today", "now", "recently"), weekdays, "last/this/next
 * <unit>", "<n> <units> ago", weekends and the reporting periods of business news
 * ("the latest quarter", "the year-ago period").
 *
 * @internal
 */
import {addDays, formatDay, quarterOf} from './calendar.js'
import {fixed, matched, type Starts, startsAt} from './match.js'
import {periodValue, type Shift, unitValue, weekdayValue, weekendValue} from './resolve.js'
import {monthRule} from './rules-calendar.js'
import {countStarts, durationValue, hedgeLength, kindWords} from './rules-duration.js'
import {type Clock, clockAt, isZone, timeOfDay} from './rules-time.js'
import {readTense} from './tense.js'
import {isCapitalized, type Context, type Match, readCount, sameSentence, type View, wordAt} from './view.js'
import {months, ordinalWords, partsOfDay, units, weekdayPlurals, weekdays} from '../../data/date-words.js'

const deictic: ReadonlyMap<string, string> = new Map([
  ['now', 'PRESENT_REF'], ['currently', 'PRESENT_REF'], ['nowadays', 'PRESENT_REF'],
  ['recently', 'PAST_REF'], ['recent', 'PAST_REF'], ['lately', 'PAST_REF'], ['soon', 'FUTURE_REF'],
])

const dayWords: ReadonlyMap<string, number> = new Map([['today', 0], ['yesterday', -1], ['tomorrow', 1], ['tonight', 0]])

/** Nouns after "today's" that make it the present in general. */
const presentNouns: ReadonlySet<string> = new Set([
  'world', 'society', 'economy', 'children', 'kids', 'youth', 'young', 'teenagers', 'generation', 'culture', 'standards',
  'technology', 'computers', 'politics', 'media', 'families', 'workers', 'consumers', 'workplace', 'workforce', 'environment',
  'climate', 'reality', 'realities', 'age', 'era', 'times', 'life', 'people', 'students', 'parents', 'schools', 'cars', 'music',
])

/** The day "today"/"yesterday"/"tomorrow" names, as a value. */
function dayValue(context: Context, offset: number): string | undefined {
  return context.ref ? formatDay(addDays(context.ref, offset)) : undefined
}

/** A capitalized word after a capitalized word in mid-sentence is part of a name ("VOA Today", "Apocalypse Now"). */
function inName(view: View, at: number): boolean {
  return isCapitalized(view, at) && sameSentence(view, at - 1, at) && isCapitalized(view, at - 1) && view.tokens[at - 2]?.sentence === view.tokens[at]?.sentence
}

/** Nouns that "current" names a flow in, not a time ("current account", "electric current"). */
const flowNouns: ReadonlySet<string> = new Set(['account', 'accounts', 'flow', 'flows', 'meter', 'meters', 'density', 'carrying'])
/** Function words that cannot follow an attributive "current" ("the current of the river"). */
const functionWords: ReadonlySet<string> = new Set(['of', 'and', 'or', 'to', 'in', 'is', 'was', 'that', 'which', 'from', 'at', 'on', 'by', 'with', 'as', 'for'])

/** "current" stands before a noun phrase it dates ("its current position", "the current four flights"). */
function isAttributive(view: View, index: number): boolean {
  const next = view.tokens[index]
  if (!next || next.kind !== 'word' || !sameSentence(view, index - 1, index) || isCapitalized(view, index)) return false
  const word = wordAt(view, index)
  return !flowNouns.has(word) && !functionWords.has(word) && !units.has(word)
}

/** Words after "at the time" that tie it to an event named next. */
const timeAnchors: ReadonlySet<string> = new Set(['of', 'when', 'that', 'being', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'the'])

/**
 * "now", "recently", "the future", "the past", "coming months", "these days".
 *
 * @example
 * ```ts
 * deicticRule(buildView(tokenize('now')), 0)?.rule // 'deictic'
 * ```
 */
export function deicticRule(view: View, at: number): Match | undefined {
  const word = wordAt(view, at)
  const next = wordAt(view, at + 1)
  const simple = deictic.get(word)
  if (simple !== undefined && !(word === 'recent' && units.has(next)) && !inName(view, at)) {
    if (word === 'soon' && (wordAt(view, at - 1) === 'as' || next === 'after' || next === 'as')) return undefined
    return fixed(at + 1, 'DATE', 'deictic', simple)
  }
  if (word === 'a' && (next === 'later' || next === 'future') && wordAt(view, at + 2) === 'date') return fixed(at + 3, 'DATE', 'deictic', 'FUTURE_REF')
  // "at the time": then, in the past; not "at the time of the attack" or "at the time when".
  if (word === 'the' && next === 'time' && wordAt(view, at - 1) === 'at' && !timeAnchors.has(wordAt(view, at + 2))) return fixed(at + 2, 'DATE', 'deictic', 'PAST_REF')
  if (word === 'the' || word === 'these') {
    const near = next === 'near' || next === 'distant' ? 1 : 0
    const head = wordAt(view, at + 1 + near)
    if (word === 'the' && head === 'future') return fixed(at + 2 + near, 'DATE', 'deictic', 'FUTURE_REF')
    if (word === 'the' && head === 'past' && !readCount(view, at + 2, false) && !units.has(wordAt(view, at + 2))) return fixed(at + 2, 'DATE', 'deictic', 'PAST_REF')
    if (word === 'these' && head === 'days') return fixed(at + 2, 'DATE', 'deictic', 'PRESENT_REF')
    if (word === 'the' && isOrdinal(head)) return countedDay(view, at, at + 2)
  }
  if (word === 'current' && isAttributive(view, at + 1) && !inName(view, at)) return fixed(at + 1, 'DATE', 'deictic', 'PRESENT_REF')
  const unit = units.get(next)
  if ((word === 'coming' || word === 'recent') && unit !== undefined && next.endsWith('s')) {
    // "recent years", "the coming months": an unknown length of time (PXY, PXM).
    return fixed(at + 2, 'DURATION', 'deictic', durationValue('X', unit), true)
  }
  return undefined
}

/** "eighth", "99th". */
function isOrdinal(word: string): boolean {
  return ordinalWords.has(word) || /^\d+(?:st|nd|rd|th)$/.test(word)
}

/**
 * "the eighth day of the siege", "the third straight day" (`index` after the ordinal, `at`
 * at "the"): a day counted from an event, so today in a present-tense or unmarked sentence
 * ("today is the eighth day of Desert Shield"). In a past or future one it is a day this
 * text does not place, and no date is read; nor in "the first day of May", "the first day
 * of the new year", a bare "on the first day" or a title ("The First Day").
 */
function countedDay(view: View, at: number, index: number): Match | undefined {
  const filler = kindWords.has(wordAt(view, index))
  const end = index + (filler ? 1 : 0)
  // "(the) month", "the new year", "May", "the Bengali calendar" after "of": a calendar day.
  const calendar = (step: number): boolean => units.has(wordAt(view, end + step)) || months.has(wordAt(view, end + step)) || wordAt(view, end + step) === 'calendar'
  if (view.tokens[end]?.text !== 'day' || (!filler && (wordAt(view, end + 1) !== 'of' || calendar(2) || calendar(3) || calendar(4)))) return undefined
  const tense = readTense(view, at, end + 1)
  return tense === 'present' || tense === 'none' ? matched(end + 1, 'DATE', 'deictic', (context) => dayValue(context, 0)) : undefined
}

/** Words {@link deicticRule} can start at. */
export const deicticStarts: Starts = startsAt([...deictic.keys(), 'a', 'the', 'these', 'current', 'coming', 'recent'])

/**
 * "today", "yesterday", "tomorrow", "tonight", with a part of the day ("yesterday morning") or a time.
 *
 * @example
 * ```ts
 * dayWordRule(buildView(tokenize('yesterday morning')), 0)?.type // 'TIME'
 * ```
 */
export function dayWordRule(view: View, at: number): Match | undefined {
  const word = wordAt(view, at)
  if (inName(view, at)) return undefined
  // "today's world", "today's children": the present in general, not the day.
  if (word === 'today' && view.possessive[at] && presentNouns.has(wordAt(view, at + 1))) return fixed(at + 1, 'DATE', 'day-word', 'PRESENT_REF')
  // "the day before yesterday", "the day after tomorrow": a day further on.
  const further = word === 'the' && wordAt(view, at + 1) === 'day' ? ({before: -1, after: 1} as Record<string, number>)[wordAt(view, at + 2)] : undefined
  const counted = further === undefined ? undefined : dayWords.get(wordAt(view, at + 3))
  if (further !== undefined && counted !== undefined && counted === further) return matched(at + 4, 'DATE', 'day-word', (context) => dayValue(context, 2 * further))
  let offset = dayWords.get(word)
  let end = at + 1
  let part: string | undefined = word === 'tonight' ? 'TNI' : undefined
  if (offset === undefined) {
    const lead = word === 'this' ? 0 : word === 'last' ? -1 : undefined
    const named = partsOfDay.get(wordAt(view, at + 1))
    if (lead === undefined || named === undefined || (lead === 0) === (wordAt(view, at + 1) === 'night')) return undefined
    offset = lead
    part = named
    end = at + 2
  } else if (offset !== 0 || word === 'today') {
    const named = partsOfDay.get(wordAt(view, at + 1))
    if (named !== undefined) {
      part = named
      end = at + 2
    }
  }
  const days = offset
  const code = part
  return matched(end, code ? 'TIME' : 'DATE', 'day-word', (context) => {
    const day = dayValue(context, days)
    return day === undefined ? undefined : code ? `${day}${code}` : day
  })
}

/** Words {@link dayWordRule} can start at. */
export const dayWordStarts: Starts = startsAt([...dayWords.keys(), 'this', 'last', 'the'])

/**
 * "Thursday", "last Friday", "Thursday night", "Friday at 6 p.m.", "on Mondays", "each Thursday".
 *
 * @example
 * ```ts
 * weekdayRule(buildView(tokenize('last Friday')), 0)?.end // 2
 * ```
 */
export function weekdayRule(view: View, at: number): Match | undefined {
  const the = wordAt(view, at) === 'the' && wordAt(view, at + 1) === 'previous' ? 1 : 0
  const coming = wordAt(view, at + the) === 'this' && wordAt(view, at + the + 1) === 'coming' ? 1 : 0
  const lead = wordAt(view, at + the + coming)
  const shift: Shift = lead === 'last' || lead === 'previous' ? 'last' : lead === 'next' || lead === 'coming' ? 'next' : lead === 'this' ? 'this' : undefined
  if (the && !shift) return undefined
  const index = shift ? at + the + coming + 1 : at
  if (!isCapitalized(view, index)) return undefined
  const plural = weekdayPlurals.get(wordAt(view, index))
  if (plural !== undefined && !shift) {
    const part = partsOfDay.get(wordAt(view, index + 1)) ?? (wordAt(view, index + 1) === 'nights' ? 'TNI' : undefined)
    const suffix = part ?? ''
    return wordAt(view, at - 1) === 'on' || part ? fixed(index + (part ? 2 : 1), 'SET', 'weekday-set', `XXXX-WXX-${plural}${suffix}`) : undefined
  }
  const target = weekdays.get(wordAt(view, index))
  if (target === undefined) return undefined
  if (wordAt(view, index).length <= 4 && !view.tokens[index]?.text.endsWith('.') && wordAt(view, index) !== 'tues') return undefined
  const comma = wordAt(view, index + 1) === ',' ? 1 : 0
  const date = shift ? undefined : monthRule(view, index + 1 + comma)
  if (date && date.rule.startsWith('month-day')) return {...date, rule: 'weekday-date'}
  const part = partsOfDay.get(wordAt(view, index + 1))
  const nights = pluralParts.get(wordAt(view, index + 1))
  if (nights && !shift) return fixed(index + 2, 'SET', 'weekday-set', `XXXX-WXX-${target}${nights}`)
  if (part) return matched(index + 2, 'TIME', 'weekday-part', (context) => `${weekdayValue(context, target, shift)}${part}`)
  const clock = weekdayClock(view, index + 1)
  if (clock) {
    // A weekday with a clock time in an unmarked or present-tense sentence is a schedule: "Game 1, Thursday, 9 p.m. EDT".
    const ahead = (context: Context): Context => (context.tense === 'none' || context.tense === 'present' ? {...context, tense: 'future'} : context)
    const found = matched(clock.end, 'TIME', 'weekday-time', (context) => `${weekdayValue(ahead(context), target, shift)}T${timeOfDay(clock)}`)
    return clock.zone === undefined ? found : {...found, zone: clock.zone}
  }
  return matched(index + 1, 'DATE', 'weekday', (context) => weekdayValue(context, target, shift))
}

/** Words {@link weekdayRule} can start at: a weekday, or "the previous", "this coming", "last", "next" before one. */
export const weekdayStarts: Starts = startsAt([...weekdays.keys(), ...weekdayPlurals.keys(), 'the', 'this', 'last', 'previous', 'next', 'coming'])

/** The clock time after a weekday: "at 6 p.m.", ", 9 p.m. EDT", "9 p.m."; its end past a time zone, and the zone. */
function weekdayClock(view: View, at: number): (Clock & {zone?: string}) | undefined {
  const lead = wordAt(view, at) === 'at' || wordAt(view, at) === ',' ? 1 : 0
  const clock = clockAt(view, at + lead)
  if (!clock) return undefined
  const zone = view.tokens[clock.end]?.text
  return isZone(view, clock.end) && zone !== undefined ? {...clock, end: clock.end + 1, zone} : clock
}

/** "Tuesday nights" is a set. */
const pluralParts: ReadonlyMap<string, string> = new Map([['mornings', 'TMO'], ['afternoons', 'TAF'], ['evenings', 'TEV'], ['nights', 'TNI']])

const shifts: ReadonlyMap<string, number> = new Map([
  ['this', 0], ['current', 0], ['last', -1], ['previous', -1], ['prior', -1], ['past', -1], ['next', 1], ['coming', 1], ['following', 1],
])

/**
 * "last year", "this week", "next month", "the current quarter", "the previous year", "this weekend", "this past week".
 *
 * @example
 * ```ts
 * relativeUnitRule(buildView(tokenize('next month')), 0)?.rule // 'relative-unit'
 * ```
 */
export function relativeUnitRule(view: View, at: number): Match | undefined {
  const lead = wordAt(view, at)
  const thisPast = lead === 'this' && wordAt(view, at + 1) === 'past' ? 1 : 0
  const offset = thisPast ? -1 : shifts.get(lead)
  if (offset === undefined) return undefined
  let index = at + 1 + thisPast
  if (wordAt(view, index) === 'fiscal') index++
  const head = wordAt(view, index)
  if (head === 'weekend') {
    const shift: Shift = offset < 0 ? 'last' : offset > 0 ? 'next' : 'this'
    return matched(index + 1, 'DATE', 'relative-weekend', (context) => weekendValue(context, shift), true)
  }
  const unit = units.get(head)
  if (isCapitalized(view, index) || unit === undefined || head.endsWith('s') || unit === 'H' || unit === 'MIN' || unit === 'S' || unit === 'D') return undefined
  if (lead === 'past' && wordAt(view, at - 1) !== 'the') return undefined
  if ((lead === 'current' || lead === 'previous' || lead === 'prior' || lead === 'past' || lead === 'coming' || lead === 'following') && wordAt(view, at - 1) !== 'the') return undefined
  // "the next decade", "the past century": ten (a hundred) years from or to now, not a calendar decade.
  if ((unit === 'DE' || unit === 'CE') && offset !== 0 && lead !== 'previous' && lead !== 'prior') return fixed(index + 1, 'DURATION', 'relative-unit', durationValue(1, unit), true)
  if ((lead === 'following' || lead === 'previous' || lead === 'prior') && unit === 'Y') {
    return matched(index + 1, 'DATE', 'relative-unit', (context) => (context.year ? String(Number(context.year) + offset) : unitValue(context, unit, offset)), true)
  }
  // "last year's $1.55 billion", "Last year's results", "the same period last year" in a quarterly report: the year-ago quarter
  if (lead === 'last' && unit === 'Y' && (view.possessive[index] || /^(?:period|quarter)$/.test(wordAt(view, at - 1)))) {
    return matched(index + 1, 'DATE', 'relative-unit', yearAgo, true)
  }
  return matched(index + 1, 'DATE', 'relative-unit', (context) => unitValue(context, unit, offset), true)
}

/** Words {@link relativeUnitRule} can start at. */
export const relativeUnitStarts: Starts = startsAt(shifts.keys())

/**
 * "that year", "the same year" (the year last named), "the end of the year", "the full year" (this year), and the same for months and weeks.
 *
 * @example
 * ```ts
 * anaphoricUnitRule(buildView(tokenize('that year')), 0)?.rule // 'that-year'
 * ```
 */
export function anaphoricUnitRule(view: View, at: number): Match | undefined {
  const reported = reportedYear(view, at)
  if (reported) return reported
  // "the same year" is the year last named, as "that year" is.
  if (wordAt(view, at) === 'the' && wordAt(view, at + 1) === 'same' && wordAt(view, at + 2) === 'year') return matched(at + 3, 'DATE', 'that-year', (context) => context.year)
  const lead = wordAt(view, at)
  const head = wordAt(view, at + 1)
  const unit = units.get(head)
  if (unit !== 'Y' && unit !== 'M' && unit !== 'W' && unit !== 'DE') return undefined
  if (lead === 'that' && unit === 'Y') return matched(at + 2, 'DATE', 'that-year', (context) => context.year)
  const before = wordAt(view, at - 1)
  const afterEdge = before === 'of' && edgeWords.has(wordAt(view, at - 2))
  if (lead === 'the' && (afterEdge || (before === 'in' && wordAt(view, at - 2) === 'earlier'))) {
    return matched(at + 2, 'DATE', 'the-unit', (context) => unitValue(context, unit, 0))
  }
  return undefined
}

/** Words {@link anaphoricUnitRule} can start at. */
export const anaphoricUnitStarts: Starts = startsAt(['the', 'that'])

/** Words before "the year" that make it the year of the report ("for the year", "during the fiscal year"). */
const yearFrames: ReadonlySet<string> = new Set(['for', 'in', 'during', 'throughout', 'over'])
/** Words after "the year" that tie it to another time ("the year before", "the year 2000"). */
const yearAnchors: ReadonlySet<string> = new Set(['before', 'after', 'earlier', 'later', 'ago', 'when', 'that', 'in', 'of', 'since'])

/**
 * "for the year", "in the fiscal year", "the full year" → this year (DATE); "the year
 * ended Sept. 30" → the twelve months of a fiscal year (DURATION P1Y).
 */
function reportedYear(view: View, at: number): Match | undefined {
  if (wordAt(view, at) !== 'the' || !yearFrames.has(wordAt(view, at - 1))) return undefined
  const kind = wordAt(view, at + 1) === 'full' || wordAt(view, at + 1) === 'fiscal' ? 1 : 0
  const head = view.tokens[at + 1 + kind]
  if (!head || head.text !== 'year') return undefined
  const next = wordAt(view, at + 2 + kind)
  if (next === 'ended' || next === 'ending' || next === 'ends' || next === 'to') return fixed(at + 2 + kind, 'DURATION', 'fiscal-year', 'P1Y')
  if (yearAnchors.has(next) || /\d/.test(next)) return undefined
  return matched(at + 2 + kind, 'DATE', 'the-unit', (context) => unitValue(context, 'Y', 0))
}

const edgeWords: ReadonlySet<string> = new Set(['end', 'beginning', 'start', 'middle', 'rest', 'remainder', 'balance'])

/**
 * "two days ago", "a year earlier", "several years ago", "a decade ago", "decades ago", "two weeks from now".
 *
 * @example
 * ```ts
 * agoRule(buildView(tokenize('two days ago')), 0)?.end // 3
 * ```
 */
export function agoRule(view: View, at: number): Match | undefined {
  const vague = units.get(wordAt(view, at))
  if (vague !== undefined && wordAt(view, at).endsWith('s') && wordAt(view, at + 1) === 'ago') return fixed(at + 2, 'DATE', 'ago', 'PAST_REF')
  const count = readCount(view, at + hedgeLength(view, at), true)
  if (!count) return undefined
  const unit = units.get(wordAt(view, count.end))
  const orSo = wordAt(view, count.end + 1) === 'or' && wordAt(view, count.end + 2) === 'so' ? 2 : 0
  const after = wordAt(view, count.end + 1 + orSo)
  // "from $5 million a year before." — "before" closing its clause is "earlier" ("a year before the vote" is a length)
  const tail = after === 'before' && !/^\w/.test(wordAt(view, count.end + 2 + orSo)) ? 'earlier' : after
  const hence = tail === 'from' && (wordAt(view, count.end + 2 + orSo) === 'now' || wordAt(view, count.end + 2 + orSo) === 'today')
  // "eight years from now", "a month earlier": TimeML reads the length of time (P8Y, P1M), anchored to now or to the event.
  if (unit !== undefined && hence && count.value !== 'X') return fixed(count.end + 3 + orSo, 'DURATION', 'hence', durationValue(count.value, unit))
  if (unit === undefined || (tail !== 'ago' && tail !== 'earlier')) return undefined
  const value = count.value
  if (tail === 'earlier' && value !== 'X' && anchoredUnits.has(unit)) return fixed(count.end + 2 + orSo, 'DURATION', 'earlier', durationValue(value, unit))
  if (value === 1 && unit === 'Y') return matched(count.end + 2 + orSo, 'DATE', 'ago', (context) => yearAgo(context))
  // "24 hours ago", "48 hours ago": whole days back from a reference that is a day.
  if (unit === 'H' && value !== 'X' && value % 24 === 0) return matched(count.end + 2 + orSo, 'DATE', 'ago', (context) => unitValue(context, 'D', -value / 24))
  return matched(count.end + 2 + orSo, 'DATE', 'ago', (context) => (value === 'X' ? 'PAST_REF' : unitValue(context, unit, -value)))
}

/** Words {@link agoRule} can start at: a unit ("years ago"), a hedge or a count (digits, number words, "twenty-four", "a", "several"). */
export const agoStarts: Starts = startsAt([...units.keys(), ...countStarts], {digits: true, hyphens: true})

/** Units of "<n> <unit> earlier" read as a length of time; "a year earlier" in a report stays the year-earlier period. */
const anchoredUnits: ReadonlySet<string> = new Set(['D', 'W', 'M', 'H', 'MIN'])

/** "a year ago" / "year-earlier": the year-earlier quarter in a quarterly report, else last year. */
function yearAgo(context: Context): string | undefined {
  const quarter = context.quarter
  if (quarter) return `${Number(quarter.slice(0, 4)) - 1}${quarter.slice(4)}`
  return unitValue(context, 'Y', -1)
}

/**
 * "the weekend"; "the latest quarter", "the quarter", "the year-ago period", "year-earlier".
 *
 * @example
 * ```ts
 * reportingPeriodRule(buildView(tokenize('the latest quarter')), 0)?.rule // 'reported-quarter'
 * ```
 */
export function reportingPeriodRule(view: View, at: number): Match | undefined {
  const word = wordAt(view, at)
  if (word === 'year-end' || (word === 'year' && wordAt(view, at + 1) === 'end')) {
    return matched(at + (word === 'year' ? 2 : 1), 'DATE', 'year-end', (context) => unitValue(context, 'Y', 0), true)
  }
  if (word === 'year-earlier' || word === 'year-ago') {
    const head = wordAt(view, at + 1)
    if (head === 'quarter' || head === 'period') return matched(at + 2, 'DATE', 'year-ago-quarter', (context) => (context.quarter ? yearAgo(context) : previousQuarter(context, -1)), true)
    // "the year-earlier third quarter": that quarter a year before the one the report names
    const nth = ordinalWords.get(head) ?? 9
    if (nth < 5 && wordAt(view, at + 2) === 'quarter') {
      return matched(at + 3, 'DATE', 'year-ago-quarter', (context) => periodValue({...context, ref: context.ref && {...context.ref, year: context.ref.year - 1}}, 'Q', nth, undefined), true)
    }
    return matched(at + 1, 'DATE', 'year-ago', yearAgo)
  }
  if (word !== 'the') return undefined
  let index = at + 1
  const modifier = wordAt(view, index)
  if (modifier === 'latest' || modifier === 'recent' || modifier === 'most') index += modifier === 'most' ? 2 : 1
  const head = wordAt(view, index)
  if (head === 'weekend') return matched(index + 1, 'DATE', 'weekend', (context) => weekendValue(context, undefined))
  if (head === 'quarter' || (head === 'period' && index > at + 1)) {
    return matched(index + 1, 'DATE', 'reported-quarter', (context) => quarterEnded(view, index + 1, context) ?? context.quarter ?? previousQuarter(context, 0))
  }
  return undefined
}

/**
 * "the quarter ended July 31": the calendar quarter that holds most of the three months to
 * that end (May to July: 1989-Q2), in the year of its middle month — the last one, or one
 * at most a month ahead.
 */
function quarterEnded(view: View, at: number, context: Context): string | undefined {
  const month = /^end(?:ed|ing)$/.test(wordAt(view, at)) ? months.get(wordAt(view, at + 1)) : undefined
  const {ref} = context
  if (!month || !ref) return undefined
  const middle = month === 1 ? 12 : month - 1
  return `${ref.year - (middle > ref.month + 1 ? 1 : 0)}-Q${quarterOf(middle)}`
}

/** Words {@link reportingPeriodRule} can start at. */
export const reportingPeriodStarts: Starts = startsAt(['the', 'year', 'year-end', 'year-earlier', 'year-ago'])

/** The quarter before the reference date's, `years` years away: "1988-Q3". */
function previousQuarter(context: Context, years: number): string | undefined {
  const {ref} = context
  if (!ref) return undefined
  const quarter = quarterOf(ref.month) - 1
  const year = ref.year + years - (quarter === 0 ? 1 : 0)
  return `${year}-Q${quarter === 0 ? 4 : quarter}`
}

