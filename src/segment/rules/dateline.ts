/**
 * Rule: the dateline that opens an article's first paragraph — "MOSCOW (Reuters) -",
 * "KYIV, Feb 10 (AFP) —", "THE HAGUE, Netherlands —", "LONDON --", "SEATTLE Jan 14,
 * 2008 (AP)", "Washington CNN —", "Nov 2 (Reuters) -", "NEW YORK, Aug. 24, 2023
 * /PRNewswire/ --" — and the place and date it names. A place in mixed case needs an
 * agency beside it to count.
 *
 * @internal
 */
import {agencyPattern, newsAgencies} from '../../data/news-agencies.js'
import {titleCase} from '../../internal/title-case.js'
import {STARTS_UPPER} from '../../internal/letter-patterns.js'
import {onFirstUse} from '../../internal/on-first-use.js'

const opening = onFirstUse(() => RegExp(String.raw`^([\p{Lu}][\p{Lu}.'’ /-]{1,40}?)(,\s[\p{Lu}][\p{L}.]{1,20}(?:\s[\p{Lu}][\p{L}.]{1,20}){0,2})?(,?\s(?:[\p{Lu}][\p{L}]{2,8}\.?\s\d{1,2}(?:,\s\d{4})?|\d{1,2}\s[\p{Lu}][\p{L}]{2,8}\.?))?(\s?(?:\([\p{L} .&-]{2,30}\)|\/[\p{L} .&-]{2,30}\/))?\s?(?:--|[-—–]|\?)\s`, 'u'))
const agencyBare = onFirstUse(() => new RegExp(String.raw`^([\p{Lu}][\p{L}.'’ -]{1,40}?)(,\s[\p{Lu}][\p{L}.]{1,20})?\s${agencyPattern('dateline')}\s?(?:--|[-—–])\s`, 'u'))
const agencyOnly = onFirstUse(() => new RegExp(
  String.raw`^([\p{Lu}][\p{L}.'’ /-]{1,40}?)(,\s[\p{Lu}][\p{L}.]{1,20})?(?:\s\(\p{Lu}[\p{L} ]{1,30}\)|\s\[\p{Lu}[\p{L} ]{1,30}\])?(,?\s[\p{Lu}][\p{L}]{2,8}\.?\s\d{1,2}(?:,\s\d{4})?)?\s?\(${agencyPattern('dateline-bracketed')}\)\s?(?:--|[-—–:])?\s?`,
  'u',
))

/** A wire dateline without a place: "Nov 2 (Reuters) -". */
const dateOnly = new RegExp(
  String.raw`^((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?\s\d{1,2}(?:,\s\d{4})?)\s?\(${agencyPattern('dateline-bracketed')}\)\s?(?:--|[-—–])\s`,
  'iu',
)

/**
 * A dateline found at the start of a paragraph: its length and the place it names.
 *
 * @example
 * ```ts
 * findDateline('LONDON -- The film won.') // {length: 9, place: 'London'}
 * ```
 */
export interface DatelineMatch {
  /** Length of the dateline, up to and including its dash. */
  length: number
  /** The place, when the dateline names one ("Nov 2 (Reuters) -" does not). */
  place?: string
  /** The date as written ("Nov 2", "Aug. 24, 2023"), when it gives one. */
  date?: string
}

/**
 * Find a dateline at the start of `paragraph`.
 *
 * @example
 * ```ts
 * findDateline('MOSCOW (Reuters) - Russia said …') // {length: 18, place: 'Moscow'}
 * findDateline('KYIV, Feb 10 (AFP) — Ukraine …') // {length: 20, place: 'Kyiv', date: 'Feb 10'}
 * findDateline('HOUSTON/SINGAPORE, Jan 12 (Reuters) - Oil …') // {length: 36, place: 'Houston/Singapore', date: 'Jan 12'}
 * findDateline('Nov 2 (Reuters) - Oil fell …') // {length: 17, date: 'Nov 2'}
 * findDateline('NEW YORK, Aug. 24, 2023 /PRNewswire/ -- Acme …') // {length: 39, place: 'New York', date: 'Aug. 24, 2023'}
 * findDateline('NATO said on Friday …') // undefined
 * ```
 */
export function findDateline(paragraph: string): DatelineMatch | undefined {
  const undated = dateOnly.exec(paragraph)
  if (undated && undated[0].length < paragraph.length) return {length: undated[0].trimEnd().length, date: (undated[1] as string).trim()}
  const match = opening().exec(paragraph) ?? agencyOnly().exec(paragraph) ?? agencyBare().exec(paragraph)
  const place = match ? placeOf(match) : undefined
  if (!match || !place || match[0].length >= paragraph.length) return undefined
  const date = match[3]?.replace(/^,?\s/u, '').trim()
  return {length: match[0].trimEnd().length, place, ...(date ? {date} : {})}
}

/**
 * A dateline of a place in capitals and a colon ("NEW DELHI: The Centre …", "PUNE: The civic body …"), as South Asian
 * papers and agencies write it; not a label ("UPDATE:", "EDITOR'S NOTE:", "QUESTION:") nor a speaker's ("MR MILLER:").
 * A transcript's turns open paragraph after paragraph so: the caller reads the form only when one paragraph does.
 *
 * @example
 * ```ts
 * findColonDateline('NEW DELHI: The Centre on Monday said …') // {length: 10, place: 'New Delhi'}
 * findColonDateline('UPDATE: The road has reopened.') // undefined
 * ```
 */
export function findColonDateline(paragraph: string): DatelineMatch | undefined {
  const match = COLON_DATELINE().exec(paragraph)
  const city = match?.[1]
  if (!match || !city || NOT_A_PLACE().test(city) || !TWO_CAPITALS().test(city)) return undefined
  return {length: city.length + 1, place: titleCase(city)}
}

const COLON_DATELINE = onFirstUse(() => RegExp(String.raw`^(\p{Lu}[\p{Lu}'’.-]{1,20}(?: \p{Lu}[\p{Lu}'’.-]{1,20}){0,2}):\s(?=\p{Lu})`, 'u'))
/** Labels and speakers in capitals before a colon (a place has two letters or more: both callers see to it). */
const NOT_A_PLACE = onFirstUse(() => /^(?:UPDATED?|BREAKING|NOTE|EDITOR'?S NOTE|WATCH|CORRECTION|EXCLUSIVE|ANALYSIS|OPINION|REVIEW|PHOTOS?|VIDEO|LIVE|FILE|QUESTION|ANSWER|(?:MRS?|MS|DR)\b.*)$/u)

/**
 * The place of a dateline standing alone on its line, with its agency in brackets
 * ("SEATTLE Jan 14, 2008 (AP)"), as some pages print it above the first paragraph.
 *
 * @example
 * ```ts
 * findDatelineLine('SEATTLE Jan 14, 2008 (AP)') // 'Seattle'
 * findDatelineLine('Seattle') // undefined
 * ```
 */
export function findDatelineLine(line: string): string | undefined {
  const match = agencyOnly().exec(line)
  if (!match || match[0].trimEnd().length !== line.length) return undefined
  return placeOf(match)
}

/**
 * Whether `text` opens with a dateline — alone ("WASHINGTON —", "Nov 2 (Reuters) -") or
 * followed by the first words of its sentence — and ends before that sentence does: a
 * fragment whose sentence goes on in the next block.
 *
 * @example
 * ```ts
 * isDatelineFragment('WASHINGTON —') // true
 * isDatelineFragment('KYIV (Reuters) - Gen. Mark') // true
 * isDatelineFragment('LONDON -- The film won.') // false
 * ```
 */
export function isDatelineFragment(text: string): boolean {
  if (text.length > 200 || /[.!?]["'”’)]?$/u.test(text)) return false
  return findDateline(`${text} .`) !== undefined
}

const AGENCY_NAMES = onFirstUse(() => new Set(newsAgencies.map((agency) => agency.name.toUpperCase())))
const SLASHED_SOURCE = onFirstUse(() => RegExp(String.raw`\/[\p{L} .&-]{2,30}\/`, 'u'))
const TWO_CAPITALS = onFirstUse(() => RegExp(String.raw`\p{Lu}{2}`, 'u'))

/** The place a dateline match names, or undefined when the match is not a dateline. */
function placeOf(match: RegExpExecArray): string | undefined {
  const city = match[1]?.trim()
  // An agency's name with the date after it is no place ("KYODO NEWS - Nov 26, 2026 - 18:40 | Japan").
  // Nor is a label ("FILE - A person uses a smartphone …", an AP photo's caption).
  if (!city || city.length < 2 || AGENCY_NAMES().has(city.toUpperCase()) || NOT_A_PLACE().test(city)) return undefined
  // Without an agency in brackets, only a place in capitals is a dateline ("MOSCOW -", not "Moscow -").
  const byAgency = match[0].includes('(') || SLASHED_SOURCE().test(match[0]) || agencyBare().test(match[0] + ' ')
  if (!byAgency && (city !== city.toUpperCase() || !TWO_CAPITALS().test(city.replace(/[.'’ -]/gu, '')))) return undefined
  if (!city.split(/[\s/]/u).every((word) => STARTS_UPPER.test(word))) return undefined
  // "HOUSTON/SINGAPORE": a wire story filed from two places.
  return city.split('/').map(titleCase).join('/')
}
