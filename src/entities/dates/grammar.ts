/**
 * The date grammar: an ordered list of token rules (chrono-style), the modifiers that
 * may stand before any of them ("early", "late", "mid-", "the end of", "fiscal", "the"),
 * and longest-match selection at a token.
 *
 * @internal
 */
import {canStartAt, fixed, matched, type Starts, startsAt} from './match.js'
import {formatWeek, parseDay} from './calendar.js'
import {monthValue} from './resolve.js'
import {
  dayMonthRule, dayMonthStarts, dayOfMonthRule, decadeRule, decadeStarts, monthRule, monthStarts,
  numericDateRule, numericDateStarts, periodRule, periodStarts, seasonRule, seasonStarts, secondDayRule, secondDayStarts, shortYearRule, shortYearStarts,
  spokenYearRule, spokenYearStarts, yearOf, yearPeriodRule, yearPeriodStarts, yearRule, yearStarts,
} from './rules-calendar.js'
import {durationRule, durationStarts, setRule, setStarts, vagueDurationRule, vagueDurationStarts} from './rules-duration.js'
import {
  agoRule, agoStarts, anaphoricUnitRule, anaphoricUnitStarts, dayWordRule, dayWordStarts, deicticRule, deicticStarts, relativeUnitRule,
  relativeUnitStarts, reportingPeriodRule, reportingPeriodStarts, weekdayRule, weekdayStarts,
} from './rules-relative.js'
import {holidayRule, holidayStarts} from './rules-holiday.js'
import {partOfDateRule, partOfDateStarts, timeRule, timeStarts} from './rules-time.js'
import {type Match, type Rule, type View, wordAt} from './view.js'
import type {Token} from '../tokens.js'
import {months} from '../../data/date-words.js'

/** Words {@link midTokenRule} can start at: "mid-2021", "early-1990s". */
const midTokenStarts: Starts = startsAt([], {hyphens: true})

/**
 * Rules in order of preference when two match the same tokens, each with the words it
 * can start at: at a token, only the rules that can start at its word are run.
 */
const rules: ReadonlyArray<readonly [Rule, Starts]> = [
  [numericDateRule, numericDateStarts], [monthRule, monthStarts], [dayMonthRule, dayMonthStarts], [periodRule, periodStarts],
  [decadeRule, decadeStarts], [seasonRule, seasonStarts], [timeRule, timeStarts], [weekdayRule, weekdayStarts],
  [dayWordRule, dayWordStarts], [agoRule, agoStarts], [relativeUnitRule, relativeUnitStarts], [anaphoricUnitRule, anaphoricUnitStarts],
  [reportingPeriodRule, reportingPeriodStarts], [setRule, setStarts], [durationRule, durationStarts], [vagueDurationRule, vagueDurationStarts],
  [deicticRule, deicticStarts], [yearPeriodRule, yearPeriodStarts], [yearRule, yearStarts], [shortYearRule, shortYearStarts],
  [spokenYearRule, spokenYearStarts], [midTokenRule, midTokenStarts], [holidayRule, holidayStarts], [secondDayRule, secondDayStarts],
  [partOfDateRule, partOfDateStarts], [dayOfMonthRule, dayMonthStarts],
]

/** Modifiers that keep the value of what follows ("early 2022" → 2022). */
const modifiers: ReadonlySet<string> = new Set(['early', 'late', 'mid', 'earlier', 'later', 'fiscal'])
/** "the end of", "the beginning of" … (without "the" too). */
const edges: ReadonlySet<string> = new Set(['end', 'beginning', 'start', 'middle', 'turn'])
/** Words a modifier, an edge phrase or "the" can start at. */
const prefixStarts: Starts = startsAt([...modifiers, 'mid-', 'the', 'week', ...edges])
/** Rules that name one day, for "the week of May 16". */
const dayRules: ReadonlySet<string> = new Set(['month-day', 'month-day-year', 'day-month', 'day-month-year', 'iso-date', 'us-date'])

/** The week a day value lies in: "2022-05-16" → "2022-W20"; "XXXX-05-16" → "XXXX-WXX". */
function weekOf(value: string | undefined): string | undefined {
  if (value === undefined || !/^\d{4}-\d\d-\d\d$/.test(value)) return value === undefined ? undefined : 'XXXX-WXX'
  return formatWeek(parseDay(value))
}
/** Rules a modifier may stand before. */
const modifiable: ReadonlySet<string> = new Set([
  'month', 'month-year', 'year', 'decade', 'century', 'period', 'period-year', 'season', 'season-year', 'relative-unit',
  'relative-weekend', 'weekday', 'day-word', 'weekday-part', 'mid-token', 'that-year', 'the-unit', 'holiday',
])

/** "mid-2021", "mid-February", "late-1990s", "end-March" in one token. */
function midTokenRule(view: View, at: number): Match | undefined {
  const parts = /^(?:mid|early|late|end)-([a-z0-9]+)$/.exec(wordAt(view, at))
  if (!parts) return undefined
  const rest = parts[1] as string
  const year = yearOf(rest)
  if (year !== undefined) return fixed(at + 1, 'DATE', 'mid-token', rest)
  const decade = /^(1\d|20)(\d)0s$/.exec(rest)
  if (decade) return fixed(at + 1, 'DATE', 'mid-token', `${decade[1]}${decade[2]}`)
  const month = months.get(rest)
  if (month === undefined || rest.length < 3) return undefined
  return matched(at + 1, 'DATE', 'mid-token', (context) => monthValue(context, month, undefined))
}

/**
 * The longest match at token `at` that stays inside one sentence.
 *
 * @example
 * ```ts
 * matchAt(buildView(tokenize('until Feb. 20 2022')), 1)?.end // 4
 * ```
 */
export function matchAt(view: View, at: number, depth = 0): Match | undefined {
  const token = view.tokens[at]
  if (!token || token.kind === 'url') return undefined
  const starts = startsOf(wordAt(view, at))
  // Most words start nothing: no rule is run there.
  if (starts === startsNothing) return undefined
  let best: Match | undefined
  for (const rule of starts.rules) best = longer(view, at, token, best, rule(view, at))
  if (depth < 3 && starts.prefixed) best = longer(view, at, token, best, prefixed(view, at, depth))
  return best
}

/** `candidate` when it ends past `at` and past `best`, in the sentence of `token` and on no URL; else `best`. */
function longer(view: View, at: number, token: Token, best: Match | undefined, candidate: Match | undefined): Match | undefined {
  if (!candidate || candidate.end <= at) return best
  const last = view.tokens[candidate.end - 1]
  if (!last || last.sentence !== token.sentence) return best
  for (let index = at; index < candidate.end; index++) if (view.tokens[index]?.kind === 'url') return best
  return !best || candidate.end > best.end ? candidate : best
}

/** What can start at a word: the rules, in order of preference, and whether a prefix ({@link prefixed}) can. */
interface WordStarts {
  rules: readonly Rule[]
  prefixed: boolean
}

/** What can start at each word met lately (it reads the word alone), kept across calls; at most `maxKnownStarts` (then forgotten at once). */
const knownStarts = new Map<string, WordStarts>()
const maxKnownStarts = 1 << 14
const startsNothing: WordStarts = {rules: [], prefixed: false}

function startsOf(word: string): WordStarts {
  let found = knownStarts.get(word)
  if (!found) {
    const matching = rules.filter(([, starts]) => canStartAt(starts, word)).map(([rule]) => rule)
    const prefix = canStartAt(prefixStarts, word)
    found = matching.length === 0 && !prefix ? startsNothing : {rules: matching, prefixed: prefix}
    if (knownStarts.size >= maxKnownStarts) knownStarts.clear()
    knownStarts.set(word, found)
  }
  return found
}

/**
 * Every rule, with the words it can start at, in order of preference: for the test that
 * checks no rule matches at a word it does not declare.
 *
 * @example
 * ```ts
 * grammarRules.length // 27
 * ```
 */
export const grammarRules: ReadonlyArray<readonly [Rule, Starts]> = [...rules, [(view, at) => prefixed(view, at, 0), prefixStarts]]

/** A match that starts with a modifier, an edge phrase ("the end of", "the week of") or "the". */
function prefixed(view: View, at: number, depth: number): Match | undefined {
  const word = wordAt(view, at)
  if (modifiers.has(word) || (word === 'mid-' && !view.tokens[at + 1]?.spaceBefore)) {
    const inner = matchAt(view, at + 1, depth + 1)
    const fits = inner && (word === 'fiscal' ? /^(?:year|period)/.test(inner.rule) : modifiable.has(inner.rule))
    if (inner && fits) return inner
    if (word === 'fiscal' && wordAt(view, at + 1) === 'year') {
      const year = yearOf(wordAt(view, at + 2))
      if (year !== undefined) return fixed(at + 3, 'DATE', 'year', String(year))
    }
    return undefined
  }
  const lead = word === 'the' ? 1 : 0
  if (wordAt(view, at + lead) === 'week' && wordAt(view, at + lead + 1) === 'of') {
    const inner = matchAt(view, at + lead + 2, depth + 1)
    return inner && dayRules.has(inner.rule) ? {...inner, value: (context) => weekOf(inner.value(context))} : undefined
  }
  if (edges.has(wordAt(view, at + lead)) && wordAt(view, at + lead + 1) === 'of') {
    const inner = matchAt(view, at + lead + 2, depth + 1)
    return inner && inner.type === 'DATE' ? inner : undefined
  }
  if (word === 'the') {
    const inner = matchAt(view, at + 1, depth + 1)
    return inner?.takesThe ? inner : undefined
  }
  return undefined
}
