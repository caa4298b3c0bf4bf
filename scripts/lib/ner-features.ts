/**
 * Feature sets the cross-validation can compare, by name. `tagger` is what the shipped
 * tagger computes; the others add candidate feature families.
 */
import {type Featurizer, taggerFeatures} from '../../src/entities/names/training/index.js'

const sets: Record<string, Featurizer> = {
  tagger: taggerFeatures,
}

/** The feature set called `name`. */
export function featureSet(name: string): Featurizer {
  const found = sets[name]
  if (!found) throw new Error(`unknown feature set ${name}: ${Object.keys(sets).join(', ')}`)
  return found
}
