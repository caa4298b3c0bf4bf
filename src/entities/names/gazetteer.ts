/**
 * Gazetteer lookup: which tokens of a sentence are a known given name, family name,
 * place (up to four words) or company word. The lists are built lazily, once, into
 * immutable sets.
 *
 * @internal
 */
import {companyWords, firstNames, lastNames, majorPlaces, placeNames} from '../../data/gazetteer-lists.js'
import {frontDecode} from './front-coding.js'

interface Lists {
  first: ReadonlySet<string>
  last: ReadonlySet<string>
  place: ReadonlySet<string>
  major: ReadonlySet<string>
  company: ReadonlySet<string>
}

/** Longest place name matched, in tokens. */
const maxPlaceWords = 4

let lists: Lists | undefined

function getLists(): Lists {
  if (lists) return lists
  const major = frontDecode(majorPlaces)
  lists = Object.freeze({
    first: new Set(frontDecode(firstNames)),
    last: new Set(frontDecode(lastNames)),
    place: new Set([...frontDecode(placeNames), ...major]),
    major: new Set(major),
    company: new Set(frontDecode(companyWords)),
  })
  return lists
}

/** A word of a place of several words: does a place end here, and the words that can follow. */
interface PhraseNode {
  end: boolean
  next: Map<string, PhraseNode>
}

let phraseStarts: ReadonlyMap<string, PhraseNode> | undefined

/**
 * The places of two words or more as a tree of words from their first: a phrase is
 * looked up word by word, without building its text.
 */
function getPhraseStarts(): ReadonlyMap<string, PhraseNode> {
  if (!phraseStarts) {
    const starts = new Map<string, PhraseNode>()
    for (const name of getLists().place) {
      if (!name.includes(' ')) continue
      let nodes: Map<string, PhraseNode> = starts
      let node: PhraseNode | undefined
      for (const word of name.split(' ')) {
        node = nodes.get(word)
        if (!node) nodes.set(word, (node = {end: false, next: new Map()}))
        nodes = node.next
      }
      if (node) node.end = true
    }
    phraseStarts = starts
  }
  return phraseStarts
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
  const {first, last, place, company} = getLists()
  const labels: string[] = []
  if (first.has(word)) labels.push('first')
  if (last.has(word)) labels.push('last')
  if (company.has(word)) labels.push('company')
  if (place.has(word)) labels.push('place-B')
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
  return getPhraseStarts().has(word) || word.includes(' ')
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
  let nodes = getPhraseStarts()
  let node: PhraseNode | undefined
  let longest = 0
  for (let length = 1; length <= maxPlaceWords && index + length <= lower.length; length++) {
    const word = lower[index + length - 1] as string
    // A word with a space in it (not one of nutgraf's tokens, but a caller's) walks the tree word by word.
    for (const part of word.includes(' ') ? word.split(' ') : [word]) {
      node = nodes.get(part)
      if (!node) return longest
      nodes = node.next
    }
    if (length > 1 && node?.end) longest = length
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
