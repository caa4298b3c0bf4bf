/**
 * Gazetteer lookup: which tokens of a sentence are a known given name, family name,
 * place (up to four words) or company word. The front-coded lists are searched as
 * packed, never decoded (src/internal/front-coding.ts); what a word was found to
 * be is remembered.
 *
 * @internal
 */
import {gazetteerLists, type WordList} from '../../internal/gazetteers.js'

/** What a word or phrase is in the lists, one bit each. */
const given = 1
const family = 2
const company = 4
const place = 8
const major = 16
/** The first word or words of a place of more words. */
const placeStart = 32

/** Longest place name matched, in tokens. */
const maxPlaceWords = 4

let lists: ReadonlyArray<readonly [WordList, number]> | undefined

/** The bits of the words and phrases looked up lately, at most `maxKnown` (then forgotten at once). */
const known = new Map<string, number>()
const maxKnown = 1 << 15

/** The bits of a lower-cased word or phrase. */
function bitsOf(phrase: string): number {
  if (phrase === '') return 0
  let bits = known.get(phrase)
  if (bits === undefined) {
    bits = lookUp(phrase)
    if (known.size >= maxKnown) known.clear()
    known.set(phrase, bits)
  }
  return bits
}

/** The bits of a phrase, searched in the packed lists. */
function lookUp(phrase: string): number {
  if (lists === undefined) {
    const {firstNames, lastNames, companyWords, placeNames, majorPlaces} = gazetteerLists()
    lists = [
      [firstNames, given],
      [lastNames, family],
      [companyWords, company],
      [placeNames, place],
      [majorPlaces, major],
    ]
  }
  let bits = 0
  const start = `${phrase} `
  for (const [list, bit] of lists) {
    if (list.has(phrase)) bits |= bit
    // A place of more words that starts with the phrase.
    if ((bit === place || bit === major) && list.hasPrefix(start)) bits |= placeStart
  }
  return bits
}

/** Is the phrase a place (either list)? */
const isPlace = (phrase: string): boolean => (bitsOf(phrase) & (place | major)) !== 0

/** Is the phrase the first word or words of a place of more words? */
const startsPlace = (phrase: string): boolean => (bitsOf(phrase) & placeStart) !== 0

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
  const bits = bitsOf(word)
  const labels: string[] = []
  if (bits & given) labels.push('first')
  if (bits & family) labels.push('last')
  if (bits & company) labels.push('company')
  if (bits & (place | major)) labels.push('place-B')
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
 * Can a place of more words (in either list) start with this lower-cased word or
 * phrase? When not, no phrase that goes on from it is a place.
 *
 * @example
 * ```ts
 * placeGoesOn('new') // true: New Zealand, New York …
 * placeGoesOn('said') // false
 * ```
 */
export const placeGoesOn = startsPlace

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
  return (bitsOf(phrase) & major) !== 0
}
