/**
 * Two patterns of news text the tagger knows too little about:
 * - datelines: a sentence that opens with a place in capitals followed by a date or an
 *   agency in brackets ("BONN 1996-08-30", "WASHINGTON (AP)") — the place is a place;
 * - initials: "T. Moody", "J.R. Smith" — an initial before a capitalized word is a person;
 * - companies with their legal form: "Brightwater Therapeutics, Inc." is an organization.
 *
 * @internal
 */
import {streetWords} from '../../data/institutions.js'
import {companyEnds, legalForms} from '../../data/org-words.js'
import {isMajorPlace} from './gazetteer.js'
import {isTitleWord} from './titles.js'
import type {WordRange} from './word-ranges.js'
import type {TaggerWord} from './tagger-words.js'
import {STARTS_CAPITALIZED, STARTS_UPPER} from '../../internal/letter-patterns.js'

const capitals = /^\p{Lu}[\p{Lu}'.-]+$/u
const dateLike = /^(?:\d{4}-\d\d-\d\d|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)$/
const initial = /^(?:\p{Lu}\.){1,3}$/u

/**
 * The place of a dateline that opens the sentence, if any.
 *
 * @example
 * ```ts
 * // "BONN 1996-08-30 Representatives …" → LOC 0..1
 * ```
 */
export function datelinePlace(words: readonly TaggerWord[], sentence: number): WordRange | undefined {
  let last = 0
  while (last < words.length && last < 4 && capitals.test(words[last]?.text ?? '')) last++
  if (last === 0) return undefined
  const next = words[last]?.text ?? ''
  if (!dateLike.test(next) && next !== '(') return undefined
  return {type: 'LOC', sentence, first: 0, last, fixed: true}
}

/**
 * Whether `word` ends a street's name ("Street", "St.", "Avenue", "Blvd").
 *
 * @example
 * ```ts
 * isStreetWord('St.') // true
 * isStreetWord('Stone') // false
 * ```
 */
export function isStreetWord(word: string): boolean {
  return streetWords.has(word.endsWith('.') ? word.slice(0, -1) : word)
}

/**
 * People written with initials ("T. Moody"): initials followed by one or two
 * capitalized words, none covered (a street ending in "St." is a place).
 *
 * @example
 * ```ts
 * // "( T. Moody 6-82 )" → PER 1..3
 * ```
 */
export function initialedPeople(words: readonly TaggerWord[], sentence: number, covered: Uint8Array): WordRange[] {
  const ranges: WordRange[] = []
  for (let index = 0; index < words.length - 1; index++) {
    if (covered[index] || !initial.test(words[index]?.text ?? '')) continue
    let last = index + 1
    while (last < words.length && last - index <= 2 && !covered[last] && STARTS_CAPITALIZED.test(words[last]?.text ?? '') && !isTitleWord(words[last])) last++
    if (last > index + 1) {
      // "E. Broad St." is a street: the initial is a compass point.
      ranges.push({type: isStreetWord(words[last - 1]?.text ?? '') ? 'LOC' : 'PER', sentence, first: index, last})
      index = last - 1
    }
  }
  return ranges
}

/**
 * Athletes in results, "Name (Country)": two or three capitalized words before a
 * bracketed country are a person.
 *
 * @example
 * ```ts
 * // "Noureddine Morceli ( Algeria ) 3 minutes" → PER 0..2
 * ```
 */
export function peopleBeforeCountry(words: readonly TaggerWord[], sentence: number, covered: Uint8Array): WordRange[] {
  const ranges: WordRange[] = []
  for (let index = 2; index < words.length - 2; index++) {
    if (!bracketsCountry(words, index)) continue
    let first = index
    while (first > 0 && index - first < 3 && !covered[first - 1] && STARTS_CAPITALIZED.test(words[first - 1]?.text ?? '') && !isTitleWord(words[first - 1])) first--
    if (index - first >= 2) ranges.push({type: 'PER', sentence, first, last: index})
  }
  return ranges
}

/** Does a bracketed country ("( Algeria )") open at `index`? */
function bracketsCountry(words: readonly TaggerWord[], index: number): boolean {
  if (words[index]?.text !== '(') return false
  let close = index + 1
  while (close < words.length && close - index <= 4 && words[close]?.text !== ')') close++
  const country = words.slice(index + 1, close).map((word) => word.text.toLowerCase()).join(' ')
  return words[close]?.text === ')' && isMajorPlace(country)
}


/** Lower-case nouns that introduce an organization's name ("news agency Tanjug", "club Atalanta"). */
const organizationCues: ReadonlySet<string> = new Set([
  'agency', 'club', 'team', 'side', 'company', 'firm', 'group', 'bank', 'party', 'newspaper', 'daily', 'weekly',
  'broadcaster', 'carrier', 'airline', 'brokerage', 'insurer', 'maker', 'retailer', 'conglomerate', 'union',
  'network', 'operator', 'manufacturer', 'lender', 'automaker', 'producer', 'publisher', 'distributor',
])

/**
 * Organizations named right after a cue noun: one to four capitalized words after
 * "agency", "club", "company" … These replace whatever the tagger found over the same words.
 *
 * @example
 * ```ts
 * // "the news agency Tanjug reported" → ORG 3..4
 * ```
 */
export function cuedOrganizations(words: readonly TaggerWord[], sentence: number): WordRange[] {
  const ranges: WordRange[] = []
  for (let index = 0; index < words.length - 1; index++) {
    if (!organizationCues.has(words[index]?.text ?? '')) continue
    let last = index + 1
    while (last < words.length && last - index <= 4 && STARTS_UPPER.test(words[last]?.text ?? '') && !words[last]?.blocked && !isTitleWord(words[last])) last++
    if (last > index + 1) ranges.push({type: 'ORG', sentence, first: index + 1, last, fixed: true})
  }
  return ranges
}

/** Words that close a company's legal name ("Inc.", "Corp", "Ltd", "GmbH"), without their full stop. */
const corporateSuffixes: ReadonlySet<string> = new Set(legalForms)

/**
 * Companies named with their legal form: one to four capitalized words, an optional comma,
 * then "Inc.", "Corp", "Ltd", "GmbH" … ("Brightwater Therapeutics, Inc."). These replace
 * whatever the tagger found over the same words.
 *
 * @example
 * ```ts
 * // "Brightwater Therapeutics , Inc. said" → ORG 0..4
 * ```
 */
export function suffixedCompanies(words: readonly TaggerWord[], sentence: number): WordRange[] {
  const ranges: WordRange[] = []
  for (let index = 1; index < words.length; index++) {
    const word = words[index] as TaggerWord
    if (!corporateSuffixes.has(word.text.endsWith('.') ? word.text.slice(0, -1) : word.text)) continue
    const comma = words[index - 1]?.text === ','
    let first = comma ? index - 1 : index
    // (A title word may open the name: "General Electric Co", "Crown Pacific Partners, L.P.".)
    while (first > 0 && index - first < 5 && STARTS_UPPER.test(words[first - 1]?.text ?? '') && !words[first - 1]?.blocked) first--
    if (first < (comma ? index - 1 : index)) ranges.push({type: 'ORG', sentence, first, last: index + 1, fixed: true})
  }
  return ranges
}

/**
 * How many words of a company's name name it alone, when the words after them only say
 * what it is (its trade or legal form: "Therapeutics", ",", "Inc."): 1 for "Albemarle" of
 * "Albemarle Corp", 2 for "Harbor Lane" of "Harbor Lane Therapeutics, Inc."; 0 when no such
 * words end the name or more than two come before them.
 *
 * @example
 * ```ts
 * shortFormLength(['Brightwater', 'Therapeutics', ',', 'Inc.']) // 1
 * shortFormLength(['Democratic', 'Party']) // 0
 * ```
 */
export function shortFormLength(words: readonly string[]): number {
  let end = words.length
  while (end > 1 && (words[end - 1] === ',' || companyEnds.has((words[end - 1] as string).replace(/[.,]$/u, '')))) end--
  return end < words.length && end <= 2 ? end : 0
}
