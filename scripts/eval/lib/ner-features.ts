/**
 * Feature sets the cross-validation can compare, by name: `tagger` is what the shipped
 * tagger computes; `tagger+classes+lists+caps` (any `+`-joined families of
 * src/entities/names/list-features.ts) adds candidate families to it.
 */
import {type ListFeatureFamilies, listFeatureIds} from '../../../src/entities/names/list-features.js'
import {type Featurizer, taggerFeatures} from '../../../src/entities/names/training/index.js'

const familyNames = new Set(['classes', 'lists', 'caps'])

/** The feature set called `name`. */
export function featureSet(name: string): Featurizer {
  const [base, ...added] = name.split('+')
  if (base !== 'tagger') throw new Error(`unknown feature set ${name}: tagger[+classes][+lists][+caps]`)
  if (added.length === 0) return taggerFeatures
  const families: ListFeatureFamilies = {}
  for (const family of added) {
    if (!familyNames.has(family)) throw new Error(`unknown feature family ${family}: ${[...familyNames].join(', ')}`)
    families[family as keyof ListFeatureFamilies] = true
  }
  return (sentences) => {
    const ids = taggerFeatures(sentences)
    return sentences.map((words, sentence) => {
      const extra = listFeatureIds(words, families)
      return (ids[sentence] ?? []).map((row, index) => {
        const more = extra[index] ?? []
        const joined = new Uint32Array(row.length + more.length)
        joined.set(row)
        joined.set(more, row.length)
        return joined
      })
    })
  }
}
