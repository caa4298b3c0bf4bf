/**
 * Calendar rules: month-day-year dates in their common English orders, ISO and US
 * numeric dates, bare months and years (with the context that makes them dates),
 * decades, centuries, quarters, halves and seasons.
 *
 * @internal
 */
import {isRealDay, pad} from './calendar.js'
import {fixed, matched, type Starts, startsAt} from './match.js'
import {dayOfMonthValue, monthDayValue, monthValue, periodValue, seasonValue, type Shift, unitValue, yearFor} from './resolve.js'
import {type Context, isCapitalized, type Match, sameSentence, type View, wordAt} from './view.js'
import {ambiguousMonths, months, ordinalWords, seasons, temporalPrepositions, weekdays} from '../../data/date-words.js'
import {streetWords} from '../../data/institutions.js'
import {ALL_LOWER} from '../../internal/letter-patterns.js'

/**
 * A four-digit year 1000–2199 as a word.
 *
 * @example
 * ```ts
 * yearOf('1989') // 1989
 * ```
 */
export function yearOf(word: string): number | undefined {
  return /^(?:1\d|2[01])\d\d$/.test(word) ? Number(word) : undefined
}

/** A day of month: "20", "20th", "1st". */
function dayOf(word: string): number | undefined {
  const match = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(word)
  const day = match ? Number(match[1]) : 0
  return day >= 1 && day <= 31 ? day : undefined
}

/** The month of a capitalized month word at `at`. */
function monthAt(view: View, at: number): number | undefined {
  return isCapitalized(view, at) ? months.get(wordAt(view, at)) : undefined
}

/** "this year", "last year", "next year" → offset. */
function relativeYear(view: View, at: number): number | undefined {
  if (wordAt(view, at + 1) !== 'year') return undefined
  const word = wordAt(view, at)
  return word === 'this' ? 0 : word === 'last' ? -1 : word === 'next' ? 1 : undefined
}

/**
 * The year written after a month, day, quarter or holiday at `at`: "2022", ", 2022", "of 2022",
 * "of fiscal 1989", "this year", "of next year".
 *
 * @example
 * ```ts
 * yearAfter(buildView(tokenize('Feb. 20, 2022')), 2)?.year // 2022
 * ```
 */
export function yearAfter(view: View, at: number): {year: number | 'relative'; offset: number; end: number} | undefined {
  const direct = yearOf(wordAt(view, at))
  if (direct !== undefined) return {year: direct, offset: 0, end: at + 1}
  const joiner = wordAt(view, at)
  const skip = joiner === ',' || joiner === 'of' ? 1 : 0
  if (skip) {
    const fiscal = joiner === 'of' && wordAt(view, at + 1) === 'fiscal' ? 1 : 0
    const year = yearOf(wordAt(view, at + 1 + fiscal))
    if (year !== undefined) return {year, offset: 0, end: at + 2 + fiscal}
  }
  const spoken = spokenYear(view, at + skip)
  if (spoken) return {year: spoken.year, offset: 0, end: spoken.end}
  // "of next year", "of this year": the year a part of it ("the first half", "March") lies in.
  const of = joiner === 'of' ? 1 : 0
  const relative = relativeYear(view, at + of)
  return relative === undefined ? undefined : {year: 'relative', offset: relative, end: at + of + 2}
}

function withYear(found: {year: number | 'relative'; offset: number}, rest: string): (context: Context) => string | undefined {
  return (context) => {
    const year = found.year === 'relative' ? unitValue(context, 'Y', found.offset) : pad(found.year, 4)
    return year === undefined ? `XXXX${rest}` : `${year}${rest}`
  }
}

/**
 * "Feb. 20", "February 20th, 2022", "Feb. 2022", "May of 2021", "January this year", and a bare month in context.
 *
 * @example
 * ```ts
 * monthRule(buildView(tokenize('Feb. 20, 2022')), 0)?.rule // 'month-day-year'
 * ```
 */
export function monthRule(view: View, at: number): Match | undefined {
  const lead = wordAt(view, at)
  const shift: Shift = lead === 'last' ? 'last' : lead === 'next' ? 'next' : lead === 'this' ? 'this' : undefined
  if (shift) {
    const month = monthAt(view, at + 1)
    if (month === undefined) return undefined
    const day = dayOf(wordAt(view, at + 2))
    if (day !== undefined) {
      return matched(at + 3, 'DATE', 'month-day', (context) => {
        const year = yearFor(context, month, day, shift)
        return `${year === undefined ? 'XXXX' : pad(year, 4)}-${pad(month)}-${pad(day)}`
      })
    }
    return matched(at + 2, 'DATE', 'month', (context) => monthValue(context, month, shift))
  }
  const month = monthAt(view, at)
  if (month === undefined) return undefined
  const day = dayOf(wordAt(view, at + 1))
  if (day !== undefined && yearOf(wordAt(view, at + 1)) === undefined) {
    const year = yearAfter(view, at + 2)
    if (year) return matched(year.end, 'DATE', 'month-day-year', withYear(year, `-${pad(month)}-${pad(day)}`))
    const list = dayList(view, at + 1)
    const shared = list ? yearAfter(view, list) : undefined
    if (shared) return matched(at + 2, 'DATE', 'month-day-year', withYear(shared, `-${pad(month)}-${pad(day)}`))
    return matched(at + 2, 'DATE', 'month-day', (context) => monthDayValue(context, month, day))
  }
  const year = yearAfter(view, at + 1)
  if (year) return matched(year.end, 'DATE', 'month-year', withYear(year, `-${pad(month)}`))
  // "in April and May 2024": the first month shares the year of the second
  const paired = dayJoiners.has(wordAt(view, at + 1)) && wordAt(view, at + 1) !== ',' && monthAt(view, at + 2) !== undefined ? yearAfter(view, at + 3) : undefined
  if (paired && sameSentence(view, at, at + 3)) return matched(at + 1, 'DATE', 'month-year', withYear(paired, `-${pad(month)}`))
  if (!bareMonthFits(view, at)) return undefined
  return matched(at + 1, 'DATE', 'month', (context) => monthValue(context, month, undefined))
}

/** Words {@link monthRule} can start at. */
export const monthStarts: Starts = startsAt([...months.keys(), 'last', 'next', 'this'])

/** A month alone is a date unless it is an ambiguous word out of a temporal context, or part of a name. */
function bareMonthFits(view: View, at: number): boolean {
  const next = view.tokens[at + 1]
  if (next && next.kind === 'word' && isCapitalized(view, at + 1) && !weekdays.has(wordAt(view, at + 1))) return false
  if (!ambiguousMonths.has(wordAt(view, at))) return true
  if (!sameSentence(view, at - 1, at)) return false
  const before = wordAt(view, at - 1)
  if (temporalPrepositions.has(before) || before === 'mid-' || before === '-') return true
  return monthDeterminers.has(before) && next?.kind === 'word' && ALL_LOWER.test(next.text) && !notNouns.has(wordAt(view, at + 1))
}

/** "a June agreement", "the March accession": a month that dates the noun after it. */
const monthDeterminers: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our'])
/** Words after "the March" that make it a march or a name ("the March on Washington"). */
const notNouns: ReadonlySet<string> = new Set(['on', 'of', 'to', 'in', 'at', 'from', 'for', 'and', 'or', 'is', 'was', 'will', 'has', 'had', 'that', 'which', 'through', 'into', 'across', 'against', 'past', 'toward', 'towards'])

/** Words between the days of a list or range: "4, 6 and 8", "24 to 26", "5 - 6". */
const dayJoiners: ReadonlySet<string> = new Set([',', 'and', 'or', 'to', 'through', '-', '–'])

/**
 * The token after a list or range of days from the day at `at` ("4, 6 and 8", "24 to 26",
 * "3 or 4"), when it has two days or more and its last joiner is not a comma ("March 4,
 * 6 people" is no list).
 */
function dayList(view: View, at: number): number | undefined {
  let index = at
  let joiner = ''
  while (index - at < 24 && dayJoiners.has(wordAt(view, index + 1)) && dayOf(wordAt(view, index + 2)) !== undefined && sameSentence(view, index, index + 2)) {
    joiner = wordAt(view, index + 1)
    index += 2
  }
  return index > at && joiner !== ',' ? index + 1 : undefined
}

/**
 * A day of a list or range with its month before it ("April 24 and 25", "Oct. 5-6",
 * "March 4, 6 and 8") or after it ("4, 6 and 8 March", "24 to 26 December"): a date with
 * that month and the year written after the list. The month's own day ("April 24") and
 * the day before a month ("8 March") are other rules'.
 *
 * @example
 * ```ts
 * secondDayRule(buildView(tokenize('April 24 and 25')), 3)?.rule // 'month-day'
 * ```
 */
export function secondDayRule(view: View, at: number): Match | undefined {
  const day = dayOf(wordAt(view, at))
  if (day === undefined) return undefined
  let first = at
  while (at - first < 24 && dayJoiners.has(wordAt(view, first - 1)) && dayOf(wordAt(view, first - 2)) !== undefined) first -= 2
  const end = dayList(view, first)
  const before = first < at && sameSentence(view, first - 1, at) ? monthAt(view, first - 1) : undefined
  const month = before ?? (end === undefined ? undefined : monthAt(view, end))
  if (end === undefined || end <= at || month === undefined) return undefined
  const after = before === undefined ? end + 1 : end
  const year = yearAfter(view, after)
  if (year) return matched(end === at + 1 ? year.end : at + 1, 'DATE', 'month-day-year', withYear(year, `-${pad(month)}-${pad(day)}`))
  const next = view.tokens[after]
  if (next?.kind === 'word' && !temporalPrepositions.has(wordAt(view, after)) && !isCapitalized(view, after)) return undefined
  return matched(at + 1, 'DATE', 'month-day', (context) => monthDayValue(context, month, day))
}

/** Words {@link secondDayRule} can start at: a day number. */
export const secondDayStarts: Starts = startsAt([], {digits: true})

/**
 * "20 February 2022", "20th of February", "20 Feb".
 *
 * @example
 * ```ts
 * dayMonthRule(buildView(tokenize('20 February 2022')), 0)?.rule // 'day-month-year'
 * ```
 */
export function dayMonthRule(view: View, at: number): Match | undefined {
  const day = dayOf(wordAt(view, at))
  if (day === undefined) return undefined
  const of = wordAt(view, at + 1) === 'of' ? 1 : 0
  const month = monthAt(view, at + 1 + of)
  if (month === undefined || (of === 1 && !/\D/.test(wordAt(view, at)))) return undefined
  const year = yearAfter(view, at + 2 + of)
  if (year) return matched(year.end, 'DATE', 'day-month-year', withYear(year, `-${pad(month)}-${pad(day)}`))
  return matched(at + 2 + of, 'DATE', 'day-month', (context) => monthDayValue(context, month, day), true)
}

/**
 * "on the 4th", "by the 31st", "reopen on the 27th": a day of the month the sentence
 * named, or of the reference month ({@link dayOfMonthValue}); not "the 4th floor", "the
 * 20th century", "the 4th quarter".
 *
 * @example
 * ```ts
 * dayOfMonthRule(buildView(tokenize('vote on the 4th.')), 3)?.rule // 'day-of-month'
 * ```
 */
export function dayOfMonthRule(view: View, at: number): Match | undefined {
  const word = wordAt(view, at)
  const day = /\d\D/.test(word) ? dayOf(word) : undefined
  if (day === undefined || wordAt(view, at - 1) !== 'the' || !temporalPrepositions.has(wordAt(view, at - 2)) || !sameSentence(view, at - 2, at)) return undefined
  const next = view.tokens[at + 1]
  const after = sameSentence(view, at, at + 1) && next?.kind === 'word' ? wordAt(view, at + 1) : ''
  // Not "the 4th floor", nor "from the 15th to the 19th century": an ordinal of a noun.
  if (after && (!temporalPrepositions.has(after) || wordAt(view, at + 2) === 'the')) return undefined
  return matched(at + 1, 'DATE', 'day-of-month', (context) => dayOfMonthValue(context, day), true)
}

/** Words {@link dayMonthRule} can start at: a day number. */
export const dayMonthStarts: Starts = startsAt([], {digits: true})

/**
 * "2022-02-20" and "12/25/2021" (US order).
 *
 * @example
 * ```ts
 * numericDateRule(buildView(tokenize('2022-02-20')), 0)?.rule // 'iso-date'
 * ```
 */
export function numericDateRule(view: View, at: number): Match | undefined {
  const word = wordAt(view, at)
  const lead = word.charCodeAt(0)
  if (!(lead >= 48 && lead <= 57)) return undefined // every pattern below starts with a digit
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(word)
  if (iso && isRealDay(Number(iso[1]), Number(iso[2]), Number(iso[3]))) return fixed(at + 1, 'DATE', 'iso-date', word)
  const stamp = /^(\d{4}-\d{2}-\d{2})t(\d{2}:\d{2})(?::\d{2}(?:\.\d{1,9})?)?(?:z|[+-]\d{2}:?\d{2})?$/.exec(word)
  if (stamp) {
    const [year, month, day] = (stamp[1] as string).split('-').map(Number) as [number, number, number]
    if (isRealDay(year, month, day)) return fixed(at + 1, 'TIME', 'iso-time', `${stamp[1]}T${stamp[2]}`)
  }
  let parts = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/.exec(word)
  let end = at + 1
  if (!parts) {
    const slash = view.tokens[at + 1]
    const yearToken = view.tokens[at + 2]
    if (slash?.text === '/' && !slash.spaceBefore && yearToken && !yearToken.spaceBefore) {
      parts = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/.exec(`${word}/${wordAt(view, at + 2)}`)
      end = at + 3
    }
  }
  if (!parts) return undefined
  const month = Number(parts[1])
  const day = Number(parts[2])
  let year = Number(parts[3])
  if ((parts[3] as string).length === 2) year += year < 50 ? 2000 : 1900
  if (!isRealDay(year, month, day)) return undefined
  return fixed(end, 'DATE', 'us-date', `${pad(year, 4)}-${pad(month)}-${pad(day)}`)
}

/** Words {@link numericDateRule} can start at. */
export const numericDateStarts: Starts = startsAt([], {digits: true})

/** Words before a year, besides the temporal prepositions, that make it a date ("Fiscal 1990", "Summer 2022"). */
const temporalHeads: ReadonlySet<string> = new Set(['fiscal', 'year', 'spring', 'summer', 'autumn', 'fall', 'winter'])
const countWordsBeforeYear: ReadonlySet<string> = new Set(['a', 'an', '$', '#', 'no', 'number', 'about', 'some', 'nearly', 'almost', 'over', 'than'])
const quantityAfterYear: ReadonlySet<string> = new Set(['%', 'percent', 'people', 'persons', 'troops', 'soldiers', 'men', 'women', 'children', 'jobs', 'workers', 'units', 'shares', 'votes', 'times', 'miles', 'km', 'kilometers', 'meters', 'feet', 'tons', 'points', 'dollars', 'euros', 'cases', 'deaths', 'employees', 'residents', 'members', 'pages', 'words', 'to', 'million', 'billion'])

/**
 * A bare year: "in 2022", "2022's budget", "the 1990 election", "a 1971 Convention", the "30" of "2027–30", "2026-27" (one
 * fiscal year or season, valued as its first year) — not "a 2022 report", not "Allied Resolve 2022".
 *
 * @example
 * ```ts
 * yearRule(buildView(tokenize('in 2022')), 1)?.rule // 'year'
 * ```
 */
export function yearRule(view: View, at: number): Match | undefined {
  const word = wordAt(view, at)
  // "2027–30", "2027-30" (the view splits it at the dash): the second end takes the century of the first.
  const first = /^\d\d$/.test(word) && /^[-–]$/.test(wordAt(view, at - 1)) && sameSentence(view, at - 2, at) ? yearOf(wordAt(view, at - 2)) : undefined
  const year = first === undefined ? yearOf(word) : first - (first % 100) + Number(word)
  if (year === undefined || year <= (first ?? 0) || view.tokens[at]?.kind !== 'word') return undefined
  const before = sameSentence(view, at - 1, at) ? wordAt(view, at - 1) : ''
  const span = (before === 'from' || before === 'between') && yearOf(wordAt(view, at + 2)) !== undefined
  // "a 2022 report" is a count; "a 1971 Convention" (a named act of that year) a date.
  const namedAfter = (before === 'a' || before === 'an') && sameSentence(view, at, at + 1) && isCapitalized(view, at + 1)
  // "FY2026 to be flat": a fiscal year (the view reads it as its year) is no count.
  const fiscal = /^fy/i.test(view.tokens[at]?.text ?? '')
  if (!fiscal && ((countWordsBeforeYear.has(before) && !namedAfter) || (quantityAfterYear.has(wordAt(view, at + 1)) && !span))) return undefined
  if (isHouseNumber(view, at, before)) return undefined
  const previous = view.tokens[at - 1]
  if (before && previous?.kind === 'word' && isCapitalized(view, at - 1) && !temporalHeads.has(before) && !temporalPrepositions.has(before) && !months.has(before)) {
    const sentenceStart = view.tokens[at - 2]?.sentence !== previous.sentence
    if (!sentenceStart) return undefined
  }
  // "2026-27": a fiscal year or season written with both its years is one period, named by the year it starts in.
  const next = wordAt(view, at + 2)
  const both = first === undefined && /^[-–]$/.test(wordAt(view, at + 1)) && next === pad((year + 1) % 100) && sameSentence(view, at, at + 2)
  return fixed(at + (both ? 3 : 1), 'DATE', 'year', pad(year, 4))
}

/** "at 1640 Main St.", "moved to 1920 Oak Street": a number before one or two capitalized words and a street word (not "in 2008 Wall Street"). */
function isHouseNumber(view: View, at: number, before: string): boolean {
  const street = (index: number): boolean => {
    const text = view.tokens[index]?.text ?? ''
    return streetWords.has(text.endsWith('.') ? text.slice(0, -1) : text)
  }
  if (before === 'the' || (before !== 'at' && before !== 'to' && temporalPrepositions.has(before)) || !isCapitalized(view, at + 1)) return false
  return street(at + 2) || (isCapitalized(view, at + 2) && street(at + 3))
}

/** Words {@link yearRule} can start at. */
export const yearStarts: Starts = startsAt([], {digits: true})

/**
 * A year written with two digits after an apostrophe, after a word that makes it a date:
 * "in '58", "the class of '99", "since '08". Its century is the latest that keeps it within
 * ten years after the reference date; without a reference date the value is left out.
 *
 * @example
 * ```ts
 * shortYearRule(buildView(tokenize("in '58")), 1)?.rule // 'short-year'
 * ```
 */
export function shortYearRule(view: View, at: number): Match | undefined {
  const digits = /^'(\d\d)$/.exec(wordAt(view, at))
  if (!digits || !sameSentence(view, at - 1, at) || !temporalPrepositions.has(wordAt(view, at - 1))) return undefined
  const ending = Number(digits[1])
  return matched(at + 1, 'DATE', 'short-year', (context) => {
    if (!context.ref) return undefined
    // The latest such year up to ten years after the reference date: '58 is 1958, '25 (in 2022) 2025.
    const latest = context.ref.year + 10
    return pad(latest - ((((latest - ending) % 100) + 100) % 100), 4)
  })
}

/** Words {@link shortYearRule} can start at. */
export const shortYearStarts: Starts = startsAt([], {digits: true})

const decadeWords: ReadonlyMap<string, number> = new Map([
  ['twenties', 2], ['thirties', 3], ['forties', 4], ['fifties', 5], ['sixties', 6], ['seventies', 7], ['eighties', 8], ['nineties', 9],
])

/**
 * "the 1990s", "'90s", "the nineties", "the 20th century", "the nineteenth century".
 *
 * @example
 * ```ts
 * decadeRule(buildView(tokenize('the 1990s')), 1)?.rule // 'decade'
 * ```
 */
export function decadeRule(view: View, at: number): Match | undefined {
  const word = wordAt(view, at)
  const full = /^(1\d|20)(\d)0s$/.exec(word)
  if (full) return fixed(at + 1, 'DATE', 'decade', `${full[1]}${full[2]}`, true)
  const short = /^'(\d)0s$/.exec(word)
  if (short) return fixed(at + 1, 'DATE', 'decade', `${Number(short[1]) >= 3 ? 19 : 20}${short[1]}`, true)
  const tens = decadeWords.get(word)
  if (tens !== undefined && wordAt(view, at - 1) === 'the') return fixed(at + 1, 'DATE', 'decade', `19${tens}`, true)
  if (wordAt(view, at + 1) === 'century') {
    const ordinal = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(word)
    const number = ordinal ? Number(ordinal[1]) : centuryWords.get(word)
    if (number !== undefined) return fixed(at + 2, 'DATE', 'century', pad(number - 1), true)
  }
  return undefined
}

const centuryWords: ReadonlyMap<string, number> = new Map([
  ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20], ['twenty-first', 21],
])

/** Words {@link decadeRule} can start at: "1990s", "'90s", "20th", "nineties", "twentieth". */
export const decadeStarts: Starts = startsAt([...decadeWords.keys(), ...centuryWords.keys()], {digits: true})

/**
 * "the third quarter", "third-quarter", "Q3 2023", "the first half of 2022", "this year's second quarter".
 *
 * @example
 * ```ts
 * periodRule(buildView(tokenize('Q3 2023')), 0)?.rule // 'period-year'
 * ```
 */
export function periodRule(view: View, at: number): Match | undefined {
  let index = at
  const relative = relativeYear(view, at)
  if (relative !== undefined && view.possessive[at + 1]) index = at + 2
  const first = wordAt(view, index)
  let ordinal: number | undefined
  let code: 'Q' | 'H' | undefined
  let end = index + 1
  const compact = /^([qh])([1-4])$/.exec(first)
  if (compact) {
    ordinal = Number(compact[2])
    code = compact[1] === 'q' ? 'Q' : 'H'
    // "H2" without its year is a half only after a temporal word ("in H2"): not hydrogen ("green H2").
    const next = view.tokens[index + 1]
    const half = isCapitalized(view, index) && sameSentence(view, index - 1, index) && temporalPrepositions.has(wordAt(view, index - 1))
    // nor a graph or a hypothesis with an index ("in H1,3")
    if (code === 'H' && !yearAfter(view, end) && (!half || (next?.text === ',' && !next.spaceBefore && /^\d/.test(wordAt(view, index + 2))))) return undefined
  } else {
    const hyphen = /^([a-z0-9]+)-(quarter|half)$/.exec(first)
    const ordinalWord = hyphen ? (hyphen[1] as string) : first
    const periodWord = hyphen ? hyphen[2] : wordAt(view, index + 1)
    ordinal = ordinalWords.get(ordinalWord)
    if (ordinalWord === 'last' && wordAt(view, index + 2) === 'of' && yearOf(wordAt(view, index + 3)) !== undefined) ordinal = periodWord === 'half' ? 2 : 4
    if (!hyphen) end = index + 2
    if (periodWord === 'quarter') code = 'Q'
    else if (periodWord === 'half' && (ordinal === 1 || ordinal === 2)) code = 'H'
  }
  if (ordinal === undefined || code === undefined || ordinal > (code === 'Q' ? 4 : 2)) return undefined
  const period = `-${code}${ordinal}`
  const takesThe = end === index + 2
  const year = yearAfter(view, end)
  if (year) return matched(year.end, 'DATE', 'period-year', withYear(year, period), takesThe)
  if (relative !== undefined && index !== at) return matched(end, 'DATE', 'period-year', withYear({year: 'relative', offset: relative}, period), takesThe)
  const found = ordinal
  const kind = code
  return matched(end, 'DATE', 'period', (context) => periodValue(context, kind, found, undefined), takesThe)
}

/** Words {@link periodRule} can start at: "this year's", "Q3", "H1", "third", "third-quarter". */
export const periodStarts: Starts = startsAt(['this', 'last', 'next', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2', ...ordinalWords.keys()], {hyphens: true})

/**
 * "this summer", "last fall", "the summer of 2021", "winter 2022", "in the spring".
 *
 * @example
 * ```ts
 * seasonRule(buildView(tokenize('last fall')), 0)?.rule // 'season'
 * ```
 */
export function seasonRule(view: View, at: number): Match | undefined {
  const lead = wordAt(view, at)
  const shift: Shift = lead === 'last' ? 'last' : lead === 'next' ? 'next' : lead === 'this' ? 'this' : undefined
  const index = shift ? at + 1 : at
  const code = seasons.get(wordAt(view, index))
  if (code === undefined) return undefined
  const year = yearAfter(view, index + 1)
  if (year && (year.year !== 'relative' || wordAt(view, index + 1) === 'of')) return matched(year.end, 'DATE', 'season-year', withYear(year, `-${code}`), true)
  const before = wordAt(view, at - 1)
  if (!shift && !(before === 'the' || temporalPrepositions.has(before))) return undefined
  // "the Winter Control Reserve", "the Summer Olympics": a name (not "DURING SPRING TERM")
  const text = view.tokens[at]?.text ?? ''
  if (!shift && isCapitalized(view, at) && isCapitalized(view, at + 1) && text !== text.toUpperCase() && sameSentence(view, at - 1, at + 1)) return undefined
  if (code === 'FA' && !shift && before !== 'the') return undefined
  const after = wordAt(view, index + 1)
  if (!shift && (after === 'of' || (code === 'FA' && (after === 'in' || after === 'from' || after === 'to')))) return undefined
  return matched(index + 1, 'DATE', 'season', (context) => seasonValue(context, code, shift), true)
}

/** Words {@link seasonRule} can start at. */
export const seasonStarts: Starts = startsAt([...seasons.keys(), 'last', 'next', 'this'])

/**
 * "the 1988 second quarter", "1990's first half", "the 1988 quarter" (the quarter the report is about, a year apart).
 *
 * @example
 * ```ts
 * yearPeriodRule(buildView(tokenize('the 1988 second quarter')), 1)?.rule // 'period-year'
 * ```
 */
export function yearPeriodRule(view: View, at: number): Match | undefined {
  const year = yearOf(wordAt(view, at))
  if (year === undefined) return undefined
  const ordinal = ordinalWords.get(wordAt(view, at + 1))
  const index = ordinal === undefined ? at + 1 : at + 2
  const head = wordAt(view, index)
  if (head !== 'quarter' && head !== 'period' && head !== 'half') return undefined
  if (ordinal !== undefined) {
    if (head === 'period' || ordinal > (head === 'half' ? 2 : 4)) return undefined
    return fixed(index + 1, 'DATE', 'period-year', `${pad(year, 4)}-${head === 'half' ? 'H' : 'Q'}${ordinal}`, true)
  }
  if (head === 'half') return undefined
  return matched(index + 1, 'DATE', 'year-period', (context) => (context.quarter ? `${pad(year, 4)}${context.quarter.slice(4)}` : pad(year, 4)), true)
}

/** Words {@link yearPeriodRule} can start at. */
export const yearPeriodStarts: Starts = startsAt([], {digits: true})

const spokenTens: ReadonlyMap<string, number> = new Map([
  ['ten', 10], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
])
const spokenOnes: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
])

/** A year said in words: "nineteen ninety-six", "nineteen eighty four", "two thousand". */
function spokenYear(view: View, at: number): {year: number; end: number} | undefined {
  const first = wordAt(view, at)
  if (first === 'two' && wordAt(view, at + 1) === 'thousand') return {year: 2000, end: at + 2}
  if (first !== 'nineteen' && first !== 'eighteen') return undefined
  const century = first === 'nineteen' ? 1900 : 1800
  const second = wordAt(view, at + 1)
  const hyphen = /^([a-z]+)-([a-z]+)$/.exec(second)
  if (hyphen) {
    const tens = spokenTens.get(hyphen[1] as string)
    const ones = spokenOnes.get(hyphen[2] as string)
    return tens !== undefined && ones !== undefined ? {year: century + tens + ones, end: at + 2} : undefined
  }
  const tens = spokenTens.get(second)
  if (tens === undefined) return undefined
  const ones = spokenOnes.get(wordAt(view, at + 2))
  return ones === undefined ? {year: century + tens, end: at + 2} : {year: century + tens + ones, end: at + 3}
}

/**
 * "nineteen ninety-six", "the year two thousand".
 *
 * @example
 * ```ts
 * spokenYearRule(buildView(tokenize('nineteen ninety-six')), 0)?.end // 2
 * ```
 */
export function spokenYearRule(view: View, at: number): Match | undefined {
  const lead = wordAt(view, at) === 'the' && wordAt(view, at + 1) === 'year' ? 2 : 0
  const spoken = spokenYear(view, at + lead)
  if (!spoken || (!lead && spoken.year === 2000)) return undefined
  return fixed(spoken.end, 'DATE', 'year', String(spoken.year))
}

/** Words {@link spokenYearRule} can start at. */
export const spokenYearStarts: Starts = startsAt(['the', 'two', 'nineteen', 'eighteen'])
