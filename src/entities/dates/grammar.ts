/**
 * The date grammar: an ordered list of token rules (chrono-style), the modifiers that
 * may stand before any of them ("early", "late", "mid-", "the end of", "fiscal", "the"),
 * and longest-match selection at a token.
 *
 * @internal
 */
import {fixed, matched} from './match.js'
import {monthValue} from './resolve.js'
import {decadeRule, dayMonthRule, monthRule, numericDateRule, periodRule, seasonRule, secondDayRule, spokenYearRule, yearOf, yearPeriodRule, yearRule} from './rules-calendar.js'
import {durationRule, setRule, vagueDurationRule} from './rules-duration.js'
import {agoRule, anaphoricUnitRule, dayWordRule, deicticRule, relativeUnitRule, reportingPeriodRule, weekdayRule} from './rules-relative.js'
import {holidayRule} from './rules-holiday.js'
import {partOfDateRule, timeRule} from './rules-time.js'
import {type Match, type Rule, type View, wordAt} from './view.js'
import {months} from '../../data/date-words.js'

/** Rules in order of preference when two match the same tokens. */
const rules: readonly Rule[] = [
  numericDateRule, monthRule, dayMonthRule, periodRule, decadeRule, seasonRule, timeRule, weekdayRule,
  dayWordRule, agoRule, relativeUnitRule, anaphoricUnitRule, reportingPeriodRule, setRule, durationRule, vagueDurationRule,
  deicticRule, yearPeriodRule, yearRule, spokenYearRule, midTokenRule, holidayRule, secondDayRule, partOfDateRule,
]

/** Modifiers that keep the value of what follows ("early 2022" → 2022). */
const modifiers: ReadonlySet<string> = new Set(['early', 'late', 'mid', 'earlier', 'later', 'fiscal'])
/** "the end of", "the beginning of" … (without "the" too). */
const edges: ReadonlySet<string> = new Set(['end', 'beginning', 'start', 'middle', 'turn'])
/** Rules a modifier may stand before. */
const modifiable: ReadonlySet<string> = new Set([
  'month', 'month-year', 'year', 'decade', 'century', 'period', 'period-year', 'season', 'season-year', 'relative-unit',
  'relative-weekend', 'weekday', 'day-word', 'weekday-part', 'mid-token', 'that-year', 'the-unit', 'holiday',
])

/** "mid-2021", "mid-February", "late-1990s" in one token. */
function midTokenRule(view: View, at: number): Match | undefined {
  const parts = /^(?:mid|early|late)-([a-z0-9]+)$/.exec(wordAt(view, at))
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
  let best: Match | undefined
  const consider = (candidate: Match | undefined): void => {
    if (!candidate || candidate.end <= at) return
    const last = view.tokens[candidate.end - 1]
    if (!last || last.sentence !== token.sentence) return
    for (let index = at; index < candidate.end; index++) if (view.tokens[index]?.kind === 'url') return
    if (!best || candidate.end > best.end) best = candidate
  }
  for (const rule of rules) consider(rule(view, at))
  if (depth < 3) consider(prefixed(view, at, depth))
  return best
}

/** A match that starts with a modifier, an edge phrase or "the". */
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
