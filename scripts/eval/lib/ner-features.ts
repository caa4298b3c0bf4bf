/**
 * Feature sets the cross-validation compares, by name ("tagger", "tagger+classes+caps",
 * see src/entities/names/model-features.ts).
 */
import {documentFeatureIds, featureFamilies} from '../../../src/entities/names/model-features.js'
import type {Featurizer} from '../../../src/entities/names/training/index.js'

/** The feature set called `name`. */
export function featureSet(name: string): Featurizer {
  featureFamilies(name)
  return (sentences) => documentFeatureIds(sentences, name)
}
