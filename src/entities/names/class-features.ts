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
  return words.map((word, index) => {
    const ids: number[] = []
    if (families.classes) {
      classRoleIds(word, 0, ids)
      classRoleIds(index > 0 ? words[index - 1] : undefined, 1, ids)
      classRoleIds(index + 1 < words.length ? words[index + 1] : undefined, 2, ids)
    }
    if (caps) ids.push(capsClassId(word))
    return ids
  })
}

/**
 * The ids of the `classes` features that a word (normalized, `normalizeWord`) gives the
 * token at `roleOffsets[role]` from it (./features.ts): its class and its class with its
 * shape as the token itself (role 0), its class as the word before (1) or after (2);
 * none in the other roles. `undefined`: the mark before or after the sentence. They read
 * the word alone, so the tagger makes them once per word type (./word-scores.ts), with
 * the word's class (`own`, `wordClass(word)`) and shape (`wordShape(word)`) found once for
 * all roles.
 *
 * @example
 * ```ts
 * const ids: number[] = []
 * classRoleIds('Paris', 0, ids)
 * ids.length // 2
 * ```
 */
export function classRoleIds(word: string | undefined, role: number, out: number[], own = word === undefined ? undefined : wordClass(word), shape?: string): void {
  if (role === 0) {
    if (word === undefined) return
    out.push(idOf('c=', own as number))
    out.push(hashed(`cs=${own}|${shape ?? wordShape(word)}`))
  } else if (role === 1) out.push(own === undefined ? hashed('c-1=s') : idOf('c-1=', own))
  else if (role === 2) out.push(own === undefined ? hashed('c+1=s') : idOf('c+1=', own))
}

/**
 * The id of the `caps` feature of a word (normalized) in a line of capitals.
 *
 * @example
 * ```ts
 * capsClassId('PARIS') === capsClassId('Paris') // true
 * ```
 */
export function capsClassId(word: string, own = wordClass(word)): number {
  return idOf('caps|c=', own)
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
