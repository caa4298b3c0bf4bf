/**
 * The features of a model: the tagger's token features (./features.ts) plus the families
 * the model names in its `features` field (./class-features.ts: word classes and their
 * ALL-CAPS conjunction). Training and tagging both call this, so a
 * model is always read with the features it was trained with.
 *
 * @internal
 */
import {documentCues, sentenceFeatureIds} from './features.js'
import {type ClassFeatureFamilies, classFeatureIds} from './class-features.js'

const familyNames: ReadonlyArray<keyof ClassFeatureFamilies> = ['classes', 'caps']

/**
 * Parse a feature-set name ("tagger+classes"); throws on an unknown family.
 *
 * @example
 * ```ts
 * featureFamilies('tagger+classes') // {classes: true}
 * ```
 */
export function featureFamilies(name = 'tagger'): ClassFeatureFamilies {
  const [base, ...added] = name.split('+')
  if (base !== 'tagger') throw new Error(`unknown feature set "${name}": tagger[+classes][+caps]`)
  const families: ClassFeatureFamilies = {}
  for (const family of added) {
    if (!familyNames.includes(family as keyof ClassFeatureFamilies)) throw new Error(`unknown feature family "${family}": ${familyNames.join(', ')}`)
    families[family as keyof ClassFeatureFamilies] = true
  }
  return families
}

/**
 * The hashed feature ids of every token of every sentence of one document, for the
 * feature set `name`.
 *
 * @example
 * ```ts
 * documentFeatureIds([['Paris']], 'tagger+classes')[0]?.length // 1
 * ```
 */
export function documentFeatureIds(sentences: ReadonlyArray<readonly string[]>, name = 'tagger'): Uint32Array[][] {
  const families = featureFamilies(name)
  const cues = documentCues(sentences)
  const extra = families.classes || families.caps
  return sentences.map((words) => {
    const base = sentenceFeatureIds(words, cues)
    if (!extra) return base
    const more = classFeatureIds(words, families)
    return base.map((row, index) => {
      const added = more[index] ?? []
      const joined = new Uint32Array(row.length + added.length)
      joined.set(row)
      joined.set(added, row.length)
      return joined
    })
  })
}
