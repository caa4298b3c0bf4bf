/**
 * Date finder: date, time, duration and set expressions with TIMEX3 types and values.
 *
 * A token grammar (`grammar.ts` and its `rules-*.ts`) finds the longest expression at
 * each token, left to right, so that mentions never overlap and URLs (single `url`
 * tokens) are never mined. Each value is computed once the tense of the clause around
 * the expression is read (`tense.ts`), so that "Thursday" in a past-tense sentence is
 * the latest Thursday on or before the reference date, and in a future-tense one the
 * next. Without a reference date, relative values stay unresolved ("XXXX-02-20",
 * "XXXX-WXX-4") or absent.
 *
 * @internal
 */
import type {DateMention} from '../../types.js'
import type {TokenizedText} from '../tokens.js'
import {type Day, parseDay, quarterOf} from './calendar.js'
import {matchAt} from './grammar.js'
import {readTense} from './tense.js'
import {buildView, type Tense, wordAt} from './view.js'
import {aheadCues, reportingVerbs} from '../../data/tense-words.js'

/** Rules whose quarter a later "a year earlier" or "the latest period" refers back to. */
const reportedPeriods: ReadonlySet<string> = new Set(['period', 'period-year'])

/** Rules that name a year outright, for a later "that year" or "the following year". */
const absoluteRules: ReadonlySet<string> = new Set(['year', 'month-year', 'month-day-year', 'day-month-year', 'iso-date', 'us-date', 'season-year', 'period-year'])

/**
 * "the nine months", "the first six months": the report turns from a quarter to a longer
 * period, so a later "a year earlier" is last year, not the year-ago quarter.
 */
function endsQuarterReport(value: string, text: string): boolean {
  return /^P(?:6|9|12)M$/.test(value) && /^(?:the|first)\b/i.test(text)
}

/**
 * "1989-Q3" is over by the reference date (so a report can be about it); in a past-tense
 * clause the reference date's own quarter too ("reported a decline in fourth-quarter
 * earnings" in November: a fiscal quarter that bears the calendar quarter's number).
 */
function isCompletedQuarter(value: string, ref: Day | undefined, tense: Tense): boolean {
  const match = /^(\d{4})-Q([1-4])$/.exec(value)
  if (!match || !ref) return false
  return Number(match[1]) * 4 + Number(match[2]) < ref.year * 4 + quarterOf(ref.month) + (tense === 'past' ? 1 : 0)
}

/** A quotation mark, straight or curly. */
const QUOTE_MARK = /["“”]/

/** Short forms of date words that keep their full stop ("this yr."). */
const shortForms: ReadonlySet<string> = new Set(['yr', 'yrs', 'wk', 'wks', 'hr', 'hrs', 'min', 'mins', 'sec', 'secs', 'mo', 'mos'])

const DIGITS_OR_LOWER_WORD = RegExp(String.raw`^(?:\d+|\p{Ll}+)$`, 'u')

/**
 * Whether a token ends with a full stop that ends its sentence rather than an abbreviation:
 * the tokenizer leaves it on a word when the next word is not capitalized ("go now. give
 * my love", "April 16, 2017. https://…"). Digits and lower-case words lose it ("now.",
 * "2017."); "Sun.", "p.m." and "yr." keep it.
 */
function endsInFullStop(text: string): boolean {
  if (text.length < 2 || !text.endsWith('.')) return false
  const bare = text.slice(0, -1)
  return DIGITS_OR_LOWER_WORD.test(bare) && !shortForms.has(bare)
}

/**
 * Find date expressions. `referenceDate` is an ISO calendar date ("2022-02-10") or
 * undefined, in which case relative values stay unresolved ("XXXX-02-20").
 *
 * @example
 * ```ts
 * findDates(tokenize('Talks were held on Thursday.'), '2022-02-12')[0]?.value // '2022-02-10'
 * ```
 */
export function findDates(tokenized: TokenizedText, referenceDate: string | undefined): DateMention[] {
  const view = buildView(tokenized)
  const ref = referenceDate ? parseDay(referenceDate) : undefined
  const mentions: DateMention[] = []
  let quarter: string | undefined
  let year: string | undefined
  /** The day the sentence named last, and that sentence. */
  let day: {value: string; sentence: number} | undefined
  /** The date named last (a DATE or TIME), the day it names if any, and its sentence: a clock time of the next sentence takes that day. */
  let said: {day: string | undefined; sentence: number} | undefined
  /** The year the sentence named last ("In 2019, …", "last year"), that sentence, the token after it and where it stops in the text. */
  let named: {year: string; sentence: number; end: number; stop: number} | undefined
  let at = 0
  while (at < view.tokens.length) {
    const found = matchAt(view, at)
    if (!found) {
      at++
      continue
    }
    const first = view.tokens[at]
    const last = view.tokens[found.end - 1]
    if (first && last) {
      const start = first.start
      const end = last.end - (view.possessive[found.end - 1] ? 2 : endsInFullStop(last.text) ? 1 : 0)
      const sameDay = day && day.sentence === first.sentence ? day.value : undefined
      // A month without a year takes the year named a few words before it ("In 2019, the budget was passed in April"), not
      // one of another clause far back, nor the report's ("Sales in 2025 rose, the company said in January").
      // Nor one inside a quotation the month stands outside ("… by 2028," the Nov. 20 post reads).
      const sameYear =
        named && named.sentence === first.sentence && at - named.end < 12 && !reportingVerbs.has(wordAt(view, at - 2)) && !QUOTE_MARK.test(tokenized.text.slice(named.stop, start)) ? named.year : undefined
      const tense = readTense(view, at, found.end)
      // A clock time without a day of its own is on the day its sentence named, else on the one the sentence before ended
      // on when its tense agrees ("demand peaked on Tuesday evening. … peaked at 41,200 megawatts shortly after 8pm"; not
      // "He spoke Friday. The vote is at 9 a.m.").
      const lastDay = said && first.sentence - said.sentence === 1 ? said.day : undefined
      const clockDay = sameDay ?? (lastDay && (tense === 'none' || !referenceDate || (tense === 'past') === lastDay < referenceDate) ? lastDay : undefined)
      const value = found.value({ref, tense, quarter, year, day: found.rule === 'time' ? clockDay : sameDay, sentenceYear: sameYear})
      // A year that is a deadline ("by 2028", "until 2030", "effective 2027") names no time the sentence is set in.
      if (value && /^\d{4}(?:-\d\d)?$/.test(value) && (absoluteRules.has(found.rule) || found.rule === 'relative-unit') && !/^(?:by|before)$/.test(wordAt(view, at - 1)) && !aheadCues.has(wordAt(view, at - 1))) named = {year: value.slice(0, 4), sentence: first.sentence, end: found.end, stop: end}
      // A date of another year in between ends it: "who opened the shop in 1967 and ran it until last spring, died on Oct. 30"
      else if (named && value && /^\d{4}/.test(value) && !value.startsWith(named.year)) named = undefined
      const dayNamed = value === undefined || found.type === 'SET' || found.type === 'DURATION' ? undefined : /^(?:\d{4}|XXXX)-\d\d-\d\d/.exec(value)?.[0]
      if (dayNamed) day = {value: dayNamed, sentence: first.sentence}
      if (found.type === 'DATE' || found.type === 'TIME') said = {day: dayNamed, sentence: first.sentence}
      if (value && absoluteRules.has(found.rule) && /^\d{4}/.test(value)) year = value.slice(0, 4)
      const text = tokenized.text.slice(start, end)
      if (value && reportedPeriods.has(found.rule) && isCompletedQuarter(value, ref, tense)) quarter = value
      else if (value && endsQuarterReport(value, text)) quarter = undefined
      const mention: DateMention = {text, span: {start, end}, type: found.type}
      if (value !== undefined) mention.value = value
      if (found.zone !== undefined) mention.timezone = found.zone
      mentions.push(mention)
    }
    at = found.end
  }
  return mentions
}
