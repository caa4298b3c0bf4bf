/**
 * Training of the name tagger, Node-free (it could run in a browser): documents of
 * tokens with BIO tags in, a packed model (JSON) out. `npm run train:ner` and the
 * cross-validation script call it; it is not part of the public entry point, so it
 * stays out of the bundle.
 *
 * @example
 * ```ts
 * import {trainModel} from './training/index.js'
 * const model = trainModel([{sentences: [{words: ['Mark', 'Milley', 'spoke'], tags: ['B-PER', 'I-PER', 'O']}]}])
 * ```
 *
 * @internal
 */
import {featureBits} from '../features.js'
import {documentFeatureIds, featureFamilies} from '../model-features.js'
import {tags} from '../tags.js'
import {type ModelJson, modelVersion} from './model-json.js'
import {type PackOptions, packWeights} from './pack.js'
import {type AveragedWeights, type Example, trainPerceptron} from './perceptron.js'

export {type ModelJson, modelVersion} from './model-json.js'
export {type PackOptions, packWeights} from './pack.js'
export {type AveragedWeights, type EpochProgress, type Example, seededRandom, trainPerceptron} from './perceptron.js'

/**
 * One training sentence: words and their tags (IOB2 or IOB1 over PER / ORG / LOC / MISC;
 * any other tag counts as outside).
 *
 * @example
 * ```ts
 * const sentence: TrainingSentence = {words: ['Mark', 'Milley'], tags: ['B-PER', 'I-PER']}
 * ```
 */
export interface TrainingSentence {
  words: readonly string[]
  tags: readonly string[]
}

/**
 * A training document: its sentences, in order (document cues are read over all of them).
 *
 * @example
 * ```ts
 * const document: TrainingDocument = {sentences: [{words: ['Paris'], tags: ['B-LOC']}]}
 * ```
 */
export interface TrainingDocument {
  sentences: readonly TrainingSentence[]
}

/**
 * Training options; every one has a default.
 *
 * @example
 * ```ts
 * const options: TrainOptions = {epochs: 8, seed: 20260101, prune: 4, levels: 63, zeroBelow: 1}
 * ```
 */
export interface TrainOptions extends Partial<PackOptions> {
  /** Feature families ({@link defaultFeatures}). */
  features?: string
  /** Passes over the data (8). */
  epochs?: number
  /** Seed of the shuffles (20260101). */
  seed?: number
}

/**
 * What training reports as it goes.
 *
 * @example
 * ```ts
 * const progress: TrainProgress = {stage: 'epoch', epoch: 1, epochs: 8, errors: 1234}
 * ```
 */
export type TrainProgress =
  | {stage: 'featurize'; documents: number; sentences: number}
  | {stage: 'epoch'; epoch: number; epochs: number; errors: number}
  | {stage: 'pack'; features: number}

/**
 * The hashed feature ids of every token of every sentence of one document.
 *
 * @example
 * ```ts
 * const featurize: Featurizer = (sentences) => sentences.map((words) => words.map(() => Uint32Array.of(1)))
 * ```
 */
export type Featurizer = (sentences: ReadonlyArray<readonly string[]>) => Uint32Array[][]

/**
 * The feature families of the shipped model, used when no `features` option is given.
 *
 * @example
 * ```ts
 * defaultFeatures // 'tagger+classes'
 * ```
 */
export const defaultFeatures = 'tagger+classes'

/**
 * The tagger's base token features alone (no word classes).
 *
 * @example
 * ```ts
 * taggerFeatures([['Paris']])[0]?.length // 1
 * ```
 */
export const taggerFeatures: Featurizer = (sentences) => documentFeatureIds(sentences, 'tagger')

const tagIndex = new Map<string, number>(tags.map((tag, index) => [tag, index]))

/**
 * Tag indices of a sentence's tags: IOB1 becomes IOB2 (an `I-X` that does not continue
 * an `X` opens one), unknown tags are outside.
 *
 * @example
 * ```ts
 * tagIndices(['I-PER', 'I-PER', 'O']) // [1, 2, 0]
 * ```
 */
export function tagIndices(sentenceTags: readonly string[]): number[] {
  let previous = 'O'
  return sentenceTags.map((raw) => {
    let tag = tagIndex.has(raw) ? raw : 'O'
    if (tag.startsWith('I-') && (previous === 'O' || previous.slice(2) !== tag.slice(2))) tag = 'B-' + tag.slice(2)
    previous = tag
    return tagIndex.get(tag) ?? 0
  })
}

/**
 * Featurize documents into perceptron examples, one a sentence.
 *
 * @example
 * ```ts
 * featurizeDocuments([{sentences: [{words: ['Paris'], tags: ['B-LOC']}]}])[0]?.gold // [5]
 * ```
 */
export function featurizeDocuments(documents: readonly TrainingDocument[], featurize: Featurizer = taggerFeatures): Example[] {
  const examples: Example[] = []
  for (const document of documents) {
    const sentences = document.sentences.filter((sentence) => sentence.words.length > 0)
    const ids = featurize(sentences.map((sentence) => sentence.words))
    sentences.forEach((sentence, index) => examples.push({ids: ids[index] ?? [], gold: tagIndices(sentence.tags)}))
  }
  return examples
}

const defaults = {epochs: 8, seed: 20260101, prune: 4, levels: 63, zeroBelow: 1}

/**
 * Train averaged weights (unpacked) on documents.
 *
 * @example
 * ```ts
 * trainWeights(documents, {epochs: 2}).featureIds.length > 0 // true
 * ```
 */
export function trainWeights(
  documents: readonly TrainingDocument[],
  options: TrainOptions = {},
  onProgress?: (progress: TrainProgress) => void,
  featurize: Featurizer = (sentences) => documentFeatureIds(sentences, options.features ?? defaultFeatures),
): AveragedWeights {
  // A document given more than once (copies, to weigh a source) is featurized once.
  const byDocument = new Map<TrainingDocument, Example[]>()
  const examples: Example[] = []
  for (const document of documents) {
    let own = byDocument.get(document)
    if (!own) byDocument.set(document, (own = featurizeDocuments([document], featurize)))
    examples.push(...own)
  }
  onProgress?.({stage: 'featurize', documents: documents.length, sentences: examples.length})
  const weights = trainPerceptron(examples, {epochs: options.epochs ?? defaults.epochs, seed: options.seed ?? defaults.seed}, (epoch) =>
    onProgress?.({stage: 'epoch', ...epoch}),
  )
  return {...weights, documents: documentCounts(byDocument.values(), weights.featureIds)}
}

/**
 * How many of the documents (each given as its featurized sentences) each feature of
 * `featureIds` occurs in: what packing's `minMass` reads.
 *
 * @example
 * ```ts
 * documentCounts([featurizeDocuments([{sentences: [{words: ['Paris'], tags: ['B-LOC']}]}])], Uint32Array.of(1))[0] // 0 or 1
 * ```
 */
export function documentCounts(documents: Iterable<readonly Example[]>, featureIds: Uint32Array): Uint32Array {
  const counts = new Uint32Array(1 << featureBits)
  const lastDocument = new Int32Array(1 << featureBits).fill(-1)
  let index = 0
  for (const examples of documents) {
    for (const {ids} of examples) {
      for (const token of ids) {
        for (const id of token) {
          if (lastDocument[id] === index) continue
          lastDocument[id] = index
          counts[id] = (counts[id] as number) + 1
        }
      }
    }
    index++
  }
  return Uint32Array.from(featureIds, (id) => counts[id] as number)
}

/**
 * Train a model on documents: featurize, run the perceptron, prune and pack.
 *
 * @param documents - Sentences of words with BIO tags, grouped by document.
 * @param options - Epochs, seed and packing ({@link TrainOptions}).
 * @param onProgress - Called after featurizing, after each epoch and when packing.
 * @returns The model as JSON, with its format `version`.
 *
 * @example
 * ```ts
 * const model = trainModel([{sentences: [{words: ['Mark', 'Milley', 'spoke'], tags: ['B-PER', 'I-PER', 'O']}]}], {epochs: 2})
 * model.version // 1
 * ```
 */
export function trainModel(
  documents: readonly TrainingDocument[],
  options: TrainOptions = {},
  onProgress?: (progress: TrainProgress) => void,
): ModelJson {
  const features = options.features ?? defaultFeatures
  featureFamilies(features)
  const weights = trainWeights(documents, {...options, features}, onProgress)
  const model = packWeights(weights, {
    prune: options.prune ?? defaults.prune,
    levels: options.levels ?? defaults.levels,
    zeroBelow: options.zeroBelow ?? defaults.zeroBelow,
    ...(options.minMass === undefined ? {} : {minMass: options.minMass}),
  })
  onProgress?.({stage: 'pack', features: Math.floor(model.rows.length / tags.length)})
  return {...model, version: modelVersion, features}
}
