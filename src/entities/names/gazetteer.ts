/**
 * Gazetteer lookup: which tokens of a sentence are a known given name, family name,
 * place (up to four words) or company word. The front-coded lists are decoded lazily,
 * only the runs of entries that lookups reach (src/entities/names/front-coding.ts).
 *
 * @internal
 */
import {companyWords, firstNames, lastNames, majorPlaces, placeNames} from '../../data/gazetteer-lists.js'
import {FrontCodedSet} from './front-coding.js'

interface Lists {
  first: FrontCodedSet
  last: FrontCodedSet
  place: FrontCodedSet
  major: FrontCodedSet
  company: FrontCodedSet
}

/** Longest place name matched, in tokens. */
const maxPlaceWords = 4

let lists: Lists | undefined

/** The lists as sets that decode what lookups reach (nothing up front: see FrontCodedSet). */
function getLists(): Lists {
  lists ??= Object.freeze({
    first: new FrontCodedSet(firstNames),
    last: new FrontCodedSet(lastNames),
    place: new FrontCodedSet(placeNames),
    major: new FrontCodedSet(majorPlaces),
    company: new FrontCodedSet(companyWords),
  })
  return lists
}

/** Is the phrase a place (either list)? */
function isPlace(phrase: string): boolean {
  const {place, major} = getLists()
  return place.has(phrase) || major.has(phrase)
}

/** Is the phrase the first word or words of a place of more words? */
function startsPlace(phrase: string): boolean {
  const {place, major} = getLists()
  return place.startsPhrase(phrase) || major.startsPhrase(phrase)
}

/**
 * The gazetteer labels a lower-cased word has alone: `first`, `last`, `company`, and
 * `place-B` when it is a place of one word. (A place of several words needs its
 * sentence: see {@link placePhraseLength}.)
 *
 * @example
 * ```ts
 * wordLabels('paris') // ['first', 'last', 'place-B']
 * ```
 */
export function wordLabels(word: string): string[] {
  const {first, last, company} = getLists()
  const labels: string[] = []
  if (first.has(word)) labels.push('first')
  if (last.has(word)) labels.push('last')
  if (company.has(word)) labels.push('company')
  if (isPlace(word)) labels.push('place-B')
  return labels
}

/**
 * Can a place of several words start with this lower-cased word?
 *
 * @example
 * ```ts
 * startsPlacePhrase('new') // true: New Zealand, New York …
 * ```
 */
export function startsPlacePhrase(word: string): boolean {
  return startsPlace(word) || word.includes(' ')
}

/**
 * Words in the longest place of two to four words that starts at `index` of the
 * lower-cased words of a sentence; 0 when none does.
 *
 * @example
 * ```ts
 * placePhraseLength(['in', 'new', 'zealand'], 1) // 2
 * ```
 */
export function placePhraseLength(lower: readonly string[], index: number): number {
  let phrase = lower[index] ?? ''
  let longest = 0
  // A phrase no place starts with ends the search (no longer phrase can be a place).
  for (let length = 2; length <= maxPlaceWords && index + length <= lower.length && startsPlace(phrase); length++) {
    phrase += ` ${lower[index + length - 1] as string}`
    if (isPlace(phrase)) longest = length
  }
  return longest
}

/**
 * Gazetteer labels of each token of a sentence (`first`, `last`, `company`,
 * `place-B` / `place-I` for the words of a place name), given lower-cased words.
 *
 * @example
 * ```ts
 * gazetteerLabels(['in', 'new', 'zealand'])[1] // ['place-B']
 * ```
 */
export function gazetteerLabels(lower: readonly string[]): string[][] {
  const labels: string[][] = lower.map(() => [])
  for (let index = 0; index < lower.length; index++) {
    const word = lower[index] as string
    const own = labels[index] as string[]
    own.push(...wordLabels(word))
    const single = own[own.length - 1] === 'place-B'
    const longest = Math.max(startsPlacePhrase(word) ? placePhraseLength(lower, index) : 0, single ? 1 : 0)
    if (longest > 0 && !single) own.push('place-B')
    for (let offset = 1; offset < longest; offset++) labels[index + offset]?.push('place-I')
  }
  return labels
}

/**
 * Is this lower-cased phrase a country, capital or region?
 *
 * @example
 * ```ts
 * isMajorPlace('minsk') // true
 * ```
 */
export function isMajorPlace(phrase: string): boolean {
  return getLists().major.has(phrase)
}
