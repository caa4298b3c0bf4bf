/**
 * Feature families from word classes and the city / club / company gazetteers, added to
 * the tagger's token features. All lookups are case-free (lower-cased words), so they
 * speak on ALL-CAPS lines as on running text:
 * - `classes`: the word's class and its neighbours' (`c=`, `c-1=`, `c+1=`), and the class
 *   with the word's shape (`cs=`: "paris" as "Xx" is a place, as "x" is no name);
 * - `lists`: the longest city, club or company name (up to four words) over the word,
 *   as B / I labels, alone, with the shape, and the neighbours' labels;
 * - `caps`: in a line of capitals, the class and the list labels again, conjoined with
 *   `caps`, so that a line of capitals can weigh them apart.
 *
 * @internal
 */
import {cities, clubs, companies} from '../../data/name-lists.js'
import {hashFeature, isAllCaps, normalizeWord, wordShape} from './features.js'
import {fingerprint, hasFingerprint, type PackedFingerprints, unpackFingerprints} from './fingerprints.js'
import {wordClass} from './word-classes.js'

/**
 * Which families to compute.
 *
 * @example
 * ```ts
 * const families: ListFeatureFamilies = {classes: true, lists: true, caps: true}
 * ```
 */
export interface ListFeatureFamilies {
  classes?: boolean
  lists?: boolean
  caps?: boolean
}

interface NameList {
  label: string
  bits: number
  values: Uint32Array
}

let nameLists: readonly NameList[] | undefined

function getNameLists(): readonly NameList[] {
  const unpack = (label: string, packed: PackedFingerprints): NameList => ({label, bits: packed.bits, values: unpackFingerprints(packed)})
  nameLists ??= Object.freeze([unpack('city', cities), unpack('club', clubs), unpack('company', companies)])
  return nameLists
}

/** Longest name of a list, in words. */
const maxWords = 4

/**
 * List labels of each word (lower case): `city-B`, `city-I`, `club-B`, … for the longest
 * name of each list that covers it.
 *
 * @example
 * ```ts
 * nameListLabels(['in', 'toledo'])[1] // ['city-B']
 * ```
 */
export function nameListLabels(lower: readonly string[]): string[][] {
  const labels: string[][] = lower.map(() => [])
  for (const list of getNameLists()) {
    let coveredUntil = 0
    for (let index = 0; index < lower.length; index++) {
      let phrase = ''
      let longest = 0
      for (let length = 1; length <= maxWords && index + length <= lower.length; length++) {
        phrase += (length > 1 ? ' ' : '') + (lower[index + length - 1] as string)
        if (hasFingerprint(list.values, fingerprint(phrase, list.bits))) longest = length
      }
      if (longest === 0 || index + longest <= coveredUntil) continue
      for (let offset = 0; offset < longest; offset++) labels[index + offset]?.push(`${list.label}-${offset === 0 ? 'B' : 'I'}`)
      coveredUntil = index + longest
    }
  }
  return labels
}

/**
 * The hashed ids of the chosen families for every word of a sentence.
 *
 * @example
 * ```ts
 * listFeatureIds(['Toledo', 'won'], {lists: true})[0]?.length // 3 or more
 * ```
 */
export function listFeatureIds(sentence: readonly string[], families: ListFeatureFamilies): number[][] {
  const words = sentence.map(normalizeWord)
  const lower = words.map((word) => word.toLowerCase())
  const shapes = words.map(wordShape)
  const caps = families.caps === true && isAllCaps(sentence)
  const classes = families.classes || caps ? lower.map(wordClass) : []
  const labels = families.lists || caps ? nameListLabels(lower) : []
  return words.map((_, index) => {
    const ids: number[] = []
    const add = (feature: string): void => {
      ids.push(hashFeature(feature))
    }
    const shape = shapes[index] as string
    if (families.classes) {
      const own = classes[index] as number
      add(`c=${own}`)
      add(`cs=${own}|${shape}`)
      add(`c-1=${index > 0 ? (classes[index - 1] as number) : 's'}`)
      add(`c+1=${index + 1 < classes.length ? (classes[index + 1] as number) : 's'}`)
    }
    if (families.lists) {
      for (const label of labels[index] ?? []) {
        add(`n=${label}`)
        add(`ns=${label}|${shape}`)
      }
      for (const label of labels[index - 1] ?? []) add(`n-1=${label}`)
      for (const label of labels[index + 1] ?? []) add(`n+1=${label}`)
    }
    if (caps) {
      add(`caps|c=${classes[index] as number}`)
      for (const label of labels[index] ?? []) add(`caps|n=${label}`)
    }
    return ids
  })
}
