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
    if (families.classes) {
      const own = classes[index] as number
      ids.push(hashFeature(`c=${own}`))
      ids.push(hashFeature(`cs=${own}|${wordShape(word)}`))
      ids.push(hashFeature(`c-1=${index > 0 ? (classes[index - 1] as number) : 's'}`))
      ids.push(hashFeature(`c+1=${index + 1 < classes.length ? (classes[index + 1] as number) : 's'}`))
    }
    if (caps) ids.push(hashFeature(`caps|c=${classes[index] as number}`))
    return ids
  })
}
