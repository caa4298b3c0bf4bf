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

let phraseStarts: ReadonlySet<string> | undefined

/** First words of the places of two words or more: no longer phrase starts elsewhere. */
function getPhraseStarts(): ReadonlySet<string> {
  if (!phraseStarts) {
    const starts = new Set<string>()
    for (const name of getLists().place) if (name.includes(' ')) starts.add(name.slice(0, name.indexOf(' ')))
    phraseStarts = starts
  }
  return phraseStarts
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
  const {first, last, place, company} = getLists()
  const starts = getPhraseStarts()
  const labels: string[][] = lower.map(() => [])
  for (let index = 0; index < lower.length; index++) {
    const word = lower[index] as string
    const own = labels[index] as string[]
    if (first.has(word)) own.push('first')
    if (last.has(word)) own.push('last')
    if (company.has(word)) own.push('company')
    let phrase = word
    let longest = place.has(word) ? 1 : 0
    const phrases = starts.has(word) || word.includes(' ')
    for (let length = 2; phrases && length <= maxPlaceWords && index + length <= lower.length; length++) {
      phrase += ' ' + (lower[index + length - 1] as string)
      if (place.has(phrase)) longest = length
    }
    for (let offset = 0; offset < longest; offset++) {
      labels[index + offset]?.push(offset === 0 ? 'place-B' : 'place-I')
    }
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
