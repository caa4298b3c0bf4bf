/**
 * Durations and sets: "three decades" (P30Y), "48 hours" (PT48H), "the past two
 * months", "a five-year plan", "for years" (PXY); "every Monday", "each year", "daily",
 * "$5 million a year".
 *
 * @internal
 */
import {fixed, type Starts, startsAt} from './match.js'
import {type Count, isCapitalized, type Match, numberOf, readCount, sameSentence, type View, wordAt} from './view.js'
import {frequencies, months, numberWords, seasons, type Unit, units, vagueCounts, weekdays} from '../../data/date-words.js'
import {pad} from './calendar.js'

/**
 * TIMEX3 duration: "P30Y" for 3 decades, "PT48H", "PXY" for an unknown count.
 *
 * @example
 * ```ts
 * durationValue(3, 'DE') // 'P30Y'
 * ```
 */
export function durationValue(count: number | 'X', unit: Unit): string {
  if (count === 'X') {
    if (unit === 'DE' || unit === 'CE') return `PX${unit}`
    return unit === 'H' || unit === 'MIN' || unit === 'S' ? `PTX${unit === 'MIN' ? 'M' : unit}` : `PX${unit}`
  }
  switch (unit) {
    case 'DE':
      return `P${count * 10}Y`
    case 'CE':
      return `P${count * 100}Y`
    case 'H':
    case 'S':
      return `PT${count}${unit}`
    case 'MIN':
      return `PT${count}M`
    default:
      return `P${count}${unit}`
  }
}

const scopeWords: ReadonlySet<string> = new Set(['past', 'last', 'next', 'coming', 'first', 'final', 'previous', 'latest', 'following', 'recent'])
const hedges: ReadonlyMap<string, number> = new Map([
  ['nearly', 1], ['almost', 1], ['between', 1], ['roughly', 1], ['approximately', 1], ['more', 2], ['less', 2], ['fewer', 2], ['at', 2], ['up', 2], ['no', 3],
])
const hedgeTails: ReadonlyMap<string, string> = new Map([['more', 'than'], ['less', 'than'], ['fewer', 'than'], ['at', 'least'], ['up', 'to'], ['no', 'more']])

/**
 * How many tokens of hedge ("nearly", "more than", "at least", "no more than") start at `at`.
 *
 * @example
 * ```ts
 * hedgeLength(buildView(tokenize('more than two years')), 0) // 2
 * ```
 */
export function hedgeLength(view: View, at: number): number {
  const word = wordAt(view, at)
  const length = hedges.get(word)
  if (length === undefined) return 0
  if (length === 1) return 1
  if (wordAt(view, at + 1) !== hedgeTails.get(word)) return 0
  return length === 3 ? (wordAt(view, at + 2) === 'than' ? 3 : 0) : 2
}

/**
 * Words a count (with a hedge before it) can start at, besides digits and hyphenated
 * number words: "nearly", "more than", "a", "a few", "several", "three".
 *
 * @example
 * ```ts
 * countStarts.has('several') // true
 * ```
 */
export const countStarts: ReadonlySet<string> = new Set([...hedges.keys(), 'a', 'an', ...vagueCounts, ...numberWords.keys()])

/**
 * "three decades", "the past two months", "nearly forty years", "a week", "several years", "five-year".
 *
 * @example
 * ```ts
 * durationRule(buildView(tokenize('48 hours')), 0)?.type // 'DURATION'
 * ```
 */
export function durationRule(view: View, at: number): Match | undefined {
  let index = at
  let takesThe = true
  const hedge = hedgeLength(view, index)
  if (hedge > 0) {
    index += hedge
    takesThe = false
  }
  if (wordAt(view, index) === 'the' && hedge === 0) return undefined
  if (scopeWords.has(wordAt(view, index)) && readCount(view, index + 1, false)) index++
  const compound = compoundDuration(wordAt(view, index))
  // "the eight-year war": "the" goes with the noun a compound length modifies, not with the length.
  if (compound !== undefined) return fixed(index + 1, 'DURATION', 'duration-compound', compound)
  const halfUnit = wordAt(view, index) === 'half' && /^an?$/.test(wordAt(view, index + 1)) ? units.get(wordAt(view, index + 2)) : undefined
  if (halfUnit !== undefined && halfUnit !== 'Q') return fixed(index + 3, 'DURATION', 'duration', halfDurationValue(0, halfUnit), takesThe)
  const count = readCount(view, index, true)
  if (!count) return undefined
  const low = rangeStart(view, index, count)
  if (low || wordAt(view, at) === 'between') return low
  let unitAt = count.end
  let half = andAHalf(view, unitAt) || wordAt(view, unitAt) === '1/2'
  if (half) unitAt += wordAt(view, unitAt) === '1/2' ? 1 : 3
  if (kindWords.has(wordAt(view, unitAt)) && units.has(wordAt(view, unitAt + 1))) unitAt++
  const unitWord = wordAt(view, unitAt)
  const unit = units.get(unitWord)
  if (unit === undefined || (typeof count.value === 'number' && count.value > 10_000)) return undefined
  if (wordAt(view, unitAt + 1) === 'old' || (isCapitalized(view, unitAt) && view.tokens[unitAt - 1]?.sentence === view.tokens[unitAt]?.sentence)) return undefined
  // "he one day follow", "could one day replace": some day, not a length
  if (wordAt(view, index) === 'one' && unit === 'D' && !hedge && someDayBefore.has(wordAt(view, at - 1))) return undefined
  const article = wordAt(view, index) === 'a' || wordAt(view, index) === 'an'
  // "four flights a week", "$2 million a year", "20 mg a day": an amount's rate, no time (TimeBank leaves it untagged)
  if (article && (unit === 'S' || unit === 'Q' || isRateLead(view, index - 1))) return undefined
  if (count.value === 'X' && !unitWord.endsWith('s')) return undefined
  if (/^\d+$/.test(wordAt(view, index)) && wordAt(view, index - 1) === 'the' && wordAt(view, index).length === 4) return undefined
  const after = !half && count.value !== 'X' && andAHalf(view, unitAt + 1)
  half ||= after
  const value = half && count.value !== 'X' ? halfDurationValue(count.value, unit) : durationValue(count.value, unit)
  return fixed(unitAt + (after ? 4 : 1), 'DURATION', 'duration', value, takesThe)
}

/** A subject or a modal before "one day" used as "some day". */
const someDayBefore: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'will', 'would', 'could', 'might', 'may', 'can', 'should'])

/** Words {@link durationRule} can start at: a hedge, a scope word ("the past two months"), "half", a count or a compound ("five-year"). */
export const durationStarts: Starts = startsAt([...countStarts, ...scopeWords, 'half'], {digits: true, hyphens: true})

/** Words between the two counts of a range: "55 to 65 minutes", "two or three days", "between 5 and 10 years". */
const rangeWords: ReadonlySet<string> = new Set(['to', '-', '–', 'or'])

/**
 * A range of lengths is one expression, as TimeBank writes it ("two to three weeks", "the next 12 to 18 months"):
 * "55" alone names no time (TIMEX3 tags a time word), so "55 to 65 minutes" is one DURATION with the first end's
 * value, PT55M — the least length the range says.
 */
function rangeStart(view: View, at: number, count: Count): Match | undefined {
  if (count.value === 'X' || count.end !== at + 1) return undefined
  const joiner = wordAt(view, count.end)
  if (!rangeWords.has(joiner) && !(joiner === 'and' && wordAt(view, at - 1) === 'between')) return undefined
  const high = readCount(view, count.end + 1, false)
  if (!high || high.value === 'X' || high.end !== count.end + 2) return undefined
  const unit = units.get(wordAt(view, high.end))
  if (unit === undefined || !wordAt(view, high.end).endsWith('s') || isCapitalized(view, high.end)) return undefined
  return fixed(high.end + 1, 'DURATION', 'duration-range', durationValue(count.value, unit), true)
}

/** Words between a count and its unit that keep the unit: "20 more years", "eight trading days". */
export const kindWords: ReadonlySet<string> = new Set(['more', 'additional', 'extra', 'further', 'straight', 'consecutive', 'trading', 'business', 'working', 'full', 'long'])

/** "and a half" at `at`. */
function andAHalf(view: View, at: number): boolean {
  return wordAt(view, at) === 'and' && wordAt(view, at + 1) === 'a' && wordAt(view, at + 2) === 'half'
}

/** The smaller unit a half of a unit is written in, and how many of them make the half. */
const halves: ReadonlyMap<Unit, string> = new Map<Unit, string>([['Y', '6M'], ['DE', '5Y'], ['CE', '50Y'], ['D', 'T12H'], ['H', '30M'], ['MIN', '30S']])

/**
 * "two and a half years" → P2Y6M, "a minute and a half" → PT1M30S, "1 1/2 weeks" → P1.5W,
 * "half an hour" (count 0) → PT30M.
 *
 * @example
 * ```ts
 * halfDurationValue(2, 'Y') // 'P2Y6M'
 * ```
 */
function halfDurationValue(count: number, unit: Unit): string {
  const rest = halves.get(unit)
  if (rest === undefined) return unit === 'S' ? `PT${count}.5S` : `P${count}.5${unit}`
  const whole = durationValue(count, unit)
  if (count === 0) return unit === 'H' || unit === 'MIN' ? `PT${rest}` : `P${rest}`
  if (unit === 'DE' || unit === 'CE') return `P${count * (unit === 'DE' ? 10 : 100) + Number(rest.slice(0, -1))}Y`
  if (unit === 'D') return `${whole}${rest}`
  return `${whole}${rest.replace('T', '')}`
}

/** "five-year" → P5Y, "several-year" → PXY, "day-long" → P1D, "decades-long" → PXDE. */
function compoundDuration(word: string): string | undefined {
  const long = /^([a-z]+)-long$/.exec(word)
  if (long) {
    const unit = units.get(long[1] as string)
    if (unit === undefined || unit === 'Q') return undefined
    return durationValue((long[1] as string).endsWith('s') ? 'X' : 1, unit)
  }
  const compound = /^(\d{1,3}|[a-z]+(?:-[a-z]+)?)-(year|month|week|day|hour|minute|decade|century)s?$/.exec(word)
  if (!compound) return undefined
  const count = vagueCounts.has(compound[1] as string) ? 'X' : numberOf(compound[1] as string)
  const unit = units.get(compound[2] as string)
  return count === undefined || unit === undefined ? undefined : durationValue(count, unit)
}

/**
 * "for years", "in decades", "for weeks" → PXY, PXDE, PXW; "a while", "a long while" → PXX (not
 * "once in a while").
 *
 * @example
 * ```ts
 * vagueDurationRule(buildView(tokenize('for years')), 1)?.rule // 'duration-vague'
 * ```
 */
export function vagueDurationRule(view: View, at: number): Match | undefined {
  const word = wordAt(view, at)
  if (word === 'a') {
    // "once in a while" says how often, not how long
    const long = wordAt(view, at + 1) === 'long' ? 1 : 0
    if (wordAt(view, at + 1 + long) !== 'while' || (wordAt(view, at - 1) === 'in' && wordAt(view, at - 2) === 'once')) return undefined
    return fixed(at + 2 + long, 'DURATION', 'duration-while', 'PXX')
  }
  const unit = units.get(word)
  if (unit === undefined || !word.endsWith('s') || unit === 'Q') return undefined
  const before = wordAt(view, at - 1)
  if (before !== 'for' && before !== 'in' && before !== 'within' && before !== 'over') return undefined
  return fixed(at + 1, 'DURATION', 'duration-vague', durationValue('X', unit))
}

/** Words {@link vagueDurationRule} can start at. */
export const vagueDurationStarts: Starts = startsAt([...units.keys(), 'a'])

/** Verbs a newspaper does: "the daily said". */
const reports: ReadonlySet<string> = new Set(['said', 'says', 'reported', 'reports', 'wrote', 'writes', 'quoted', 'quotes', 'added', 'noted'])

/** "the Communist Party daily Granma", "the weekly Der Spiegel", "the daily said": a publication, not a frequency. */
function isPublication(view: View, at: number): boolean {
  const next = view.tokens[at + 1]
  const named = next?.kind === 'word' && isCapitalized(view, at + 1) && next.sentence === view.tokens[at]?.sentence
  const before = wordAt(view, at - 1)
  const noun = (before === 'the' || before === 'a' || isCapitalized(view, at - 1)) && (next?.kind !== 'word' || reports.has(wordAt(view, at + 1)))
  return named || noun
}

/**
 * A frequency word written with a capital inside a sentence is part of a name ("LA
 * Weekly", "US Weekly", "Daily et al."), not a frequency; after an opening quote or
 * bracket, or at the sentence start ("Daily 08:00 - 20:00"), it is read as a word.
 */
function isInName(view: View, at: number): boolean {
  if (!isCapitalized(view, at) || !sameSentence(view, at - 1, at)) return false
  return !/^[“"‘'([]$/u.test(view.tokens[at - 1]?.text ?? '')
}

const rateLead: ReadonlySet<string> = new Set(['million', 'billion', 'trillion', 'thousand', 'times', 'twice', 'once', 'percent', '%'])

/**
 * Whether the words ending at `at` count something a rate can be of, so that "a year" after them is no length of time:
 * a number ("$1.76", "twice", "$5 million"), a counted plural ("four flights a week", "24 hours a day") or an amount in
 * figures with its abbreviated unit ("20 mg a day"; not "one day a week").
 */
function isRateLead(view: View, at: number): boolean {
  const word = wordAt(view, at)
  if (rateLead.has(word) || numberOf(word) !== undefined || /^\d+\.\d+$/.test(word)) return true
  if (view.tokens[at]?.kind !== 'word') return false
  const count = wordAt(view, at - 1)
  // "20 mg a day", "5 km a day": a number in figures and the abbreviated unit it measures
  // (up to three letters, no vowel: not "in 2007 and a second").
  if (/^\d+(?:\.\d+)?$/.test(count) && /^[bcdfghj-np-tv-xz]{1,3}$/u.test(word)) return true
  if (word.length < 3 || !word.endsWith('s')) return false
  return rateLead.has(count) || numberOf(count) !== undefined || /^\d+\.\d+$/.test(count)
}

/**
 * "every Monday", "each year", "every summer", "every two weeks", "every other week", "daily", "twice a year" (not the rate
 * of an amount, "$5 million a year": TimeBank leaves it untagged).
 *
 * @example
 * ```ts
 * setRule(buildView(tokenize('every Monday')), 0)?.type // 'SET'
 * ```
 */
export function setRule(view: View, at: number): Match | undefined {
  const word = wordAt(view, at)
  const frequency = frequencies.get(word)
  if (frequency !== undefined) return isPublication(view, at) || isInName(view, at) ? undefined : fixed(at + 1, 'SET', 'frequency', frequency)
  if (word === 'every' || word === 'each') {
    const next = wordAt(view, at + 1)
    const weekday = isCapitalized(view, at + 1) ? weekdays.get(next) : undefined
    if (weekday !== undefined) return fixed(at + 2, 'SET', 'every-weekday', `XXXX-WXX-${weekday}`)
    const month = isCapitalized(view, at + 1) ? months.get(next) : undefined
    if (month !== undefined) return fixed(at + 2, 'SET', 'every-month', `XXXX-${pad(month)}`)
    const season = seasons.get(next)
    if (season !== undefined) return fixed(at + 2, 'SET', 'every-month', `XXXX-${season}`)
    const other = next === 'other' ? 1 : 0
    const count = other ? undefined : readCount(view, at + 1, false)
    const unitIndex = count && count.value !== 'X' ? count.end : at + 1 + other
    const unit = units.get(wordAt(view, unitIndex))
    if (unit === undefined) return undefined
    const every = other ? 2 : count && count.value !== 'X' ? count.value : 1
    return fixed(unitIndex + 1, 'SET', 'every-unit', durationValue(every, unit))
  }
  if ((word === 'a' || word === 'per') && ['times', 'twice', 'once'].includes(wordAt(view, at - 1))) {
    const unit = units.get(wordAt(view, at + 1))
    if (unit === undefined || unit === 'Q' || wordAt(view, at + 1).endsWith('s')) return undefined
    return fixed(at + 2, 'SET', 'rate', durationValue(1, unit))
  }
  return undefined
}

/** Words {@link setRule} can start at. */
export const setStarts: Starts = startsAt([...frequencies.keys(), 'every', 'each', 'a', 'per'])
