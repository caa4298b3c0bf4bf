/**
 * Feature families from word classes (src/data/word-classes.ts), added to the tagger's
 * token features. Lookups are case-free (lower-cased words), so they speak on ALL-CAPS
 * lines as on running text:
 * - `classes`: the word's class and its neighbours' (`c=`, `c-1=`, `c+1=`), and the class
 *   with the word's shape (`cs=`: "paris" as "Xx" is a place, as "x" is no name);
 * - `caps`: in a line of capitals, the class again, conjoined with `caps`, so that a line
 *   of capitals can weigh it apart.
 * (City, club and company gazetteers were measured as a third family and did not pay
 * under cross-validation: docs/results-ner.md.)
 *
 * @internal
 */
import {hashFeature, isAllCaps, normalizeWord, wordShape} from './features.js'
import {wordClass} from './word-classes.js'

/**
 * Which families to compute.
 *
 * @example
 * ```ts
 * const families: ClassFeatureFamilies = {classes: true, caps: true}
 * ```
 */
export interface ClassFeatureFamilies {
  classes?: boolean
  caps?: boolean
}

/**
 * The hashed ids of the chosen families for every word of a sentence.
 *
 * @example
 * ```ts
 * classFeatureIds(['Toledo', 'won'], {classes: true})[0]?.length // 4
 * ```
 */
export function classFeatureIds(sentence: readonly string[], families: ClassFeatureFamilies): number[][] {
  const words = sentence.map(normalizeWord)
  const caps = families.caps === true && isAllCaps(sentence)
  const classes = families.classes || caps ? words.map(wordClass) : []
  return words.map((word, index) => {
    const ids: number[] = []
    const own = classes[index] as number
    if (families.classes) {
      ids.push(idOf('c=', own))
      ids.push(hashed(`cs=${own}|${wordShape(word)}`))
      ids.push(index > 0 ? idOf('c-1=', classes[index - 1] as number) : hashed('c-1=s'))
      ids.push(index + 1 < classes.length ? idOf('c+1=', classes[index + 1] as number) : hashed('c+1=s'))
    }
    if (caps) ids.push(idOf('caps|c=', own))
    return ids
  })
}

/** Feature ids by their string, computed once: the strings are few (classes × shapes). */
const ids = new Map<string, number>()

function hashed(feature: string): number {
  let id = ids.get(feature)
  if (id === undefined) ids.set(feature, (id = hashFeature(feature)))
  return id
}

/** The id of `prefix + cluster` (cluster -1: not classed). */
function idOf(prefix: string, cluster: number): number {
  return hashed(prefix + cluster)
}
