/**
 * The averaged structured perceptron that learns the name tagger's weights: for each
 * sentence in a seeded shuffled order, decode with constrained Viterbi and, where the
 * path is wrong, add the gold tags' features and subtract the predicted ones'. Weights
 * are averaged over all steps (the running-total trick). Feature ids are hashed ids,
 * mapped to dense rows while training so memory follows the features seen, not the
 * hashed space. Node-free: runs in a browser too.
 *
 * @internal
 */
import {viterbi} from '../decode.js'
import {startState, tagCount} from '../tags.js'

/**
 * One training sentence as hashed feature ids (a row a token) and gold tag indices.
 *
 * @example
 * ```ts
 * const example: Example = {ids: [Uint32Array.of(7, 9)], gold: [1]}
 * ```
 */
export interface Example {
  ids: readonly Uint32Array[]
  gold: readonly number[]
}

/**
 * Averaged weights: `rows[row * tagCount + tag]` for the hashed feature `featureIds[row]`.
 *
 * @example
 * ```ts
 * const weights: AveragedWeights = {featureIds: Uint32Array.of(7), rows: new Float32Array(9), transitions: new Float64Array(90)}
 * ```
 */
export interface AveragedWeights {
  /** The hashed id of each row, ascending. */
  featureIds: Uint32Array
  rows: Float32Array
  /** `(tagCount + 1) × tagCount` transition scores, the last row from the start. */
  transitions: Float64Array
  /** How many training documents each row's feature occurs in (when known: see `minMass` of packing). */
  documents?: Uint32Array
}

/**
 * What the perceptron reports after each epoch.
 *
 * @example
 * ```ts
 * const progress: EpochProgress = {epoch: 1, epochs: 8, errors: 1234}
 * ```
 */
export interface EpochProgress {
  epoch: number
  epochs: number
  /** Tokens tagged wrong during the epoch. */
  errors: number
}

/**
 * Deterministic pseudo-random numbers in [0, 1) (mulberry32).
 *
 * @example
 * ```ts
 * seededRandom(1)() === seededRandom(1)() // true
 * ```
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Train averaged perceptron weights on featurized sentences.
 *
 * @example
 * ```ts
 * const weights = trainPerceptron([{ids: [Uint32Array.of(5)], gold: [1]}], {epochs: 2, seed: 1})
 * weights.featureIds // Uint32Array [5]
 * ```
 */
export function trainPerceptron(
  examples: readonly Example[],
  options: {epochs: number; seed: number},
  onEpoch?: (progress: EpochProgress) => void,
): AveragedWeights {
  // Dense rows in first-seen order, remapped to ascending hashed ids at the end.
  const rowOf = new Map<number, number>()
  const dense = examples.map(({ids}) =>
    ids.map((row) => {
      const out = new Uint32Array(row.length)
      for (let index = 0; index < row.length; index++) {
        const id = row[index] as number
        let dense = rowOf.get(id)
        if (dense === undefined) {
          dense = rowOf.size
          rowOf.set(id, dense)
        }
        out[index] = dense
      }
      return out
    }),
  )
  const size = rowOf.size * tagCount
  const weights = new Float32Array(size)
  const totals = new Float32Array(size)
  const transitionCount = (tagCount + 1) * tagCount
  const transitions = new Float64Array(transitionCount)
  const transitionTotals = new Float64Array(transitionCount)
  const random = seededRandom(options.seed)
  const order = examples.map((_, index) => index)
  let step = 1
  const update = (rows: Uint32Array, tag: number, delta: number): void => {
    for (const row of rows) {
      const at = row * tagCount + tag
      weights[at] = (weights[at] as number) + delta
      totals[at] = (totals[at] as number) + step * delta
    }
  }
  const bumpTransition = (at: number, delta: number): void => {
    transitions[at] = (transitions[at] as number) + delta
    transitionTotals[at] = (transitionTotals[at] as number) + step * delta
  }
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let index = order.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1))
      ;[order[index], order[other]] = [order[other] as number, order[index] as number]
    }
    let errors = 0
    for (const exampleIndex of order) {
      const rows = dense[exampleIndex] as Uint32Array[]
      const gold = (examples[exampleIndex] as Example).gold
      const emissions = new Float64Array(gold.length * tagCount)
      rows.forEach((row, position) => {
        const base = position * tagCount
        for (const feature of row) {
          const from = feature * tagCount
          for (let tag = 0; tag < tagCount; tag++) emissions[base + tag] = (emissions[base + tag] as number) + (weights[from + tag] as number)
        }
      })
      const predicted = viterbi(emissions, gold.length, transitions)
      let previousGold: number = startState
      let previousPredicted: number = startState
      for (let position = 0; position < gold.length; position++) {
        const want = gold[position] as number
        const got = predicted[position] as number
        if (want !== got) {
          errors++
          update(rows[position] as Uint32Array, want, 1)
          update(rows[position] as Uint32Array, got, -1)
        }
        if (want !== got || previousGold !== previousPredicted) {
          bumpTransition(previousGold * tagCount + want, 1)
          bumpTransition(previousPredicted * tagCount + got, -1)
        }
        previousGold = want
        previousPredicted = got
      }
      step++
    }
    onEpoch?.({epoch: epoch + 1, epochs: options.epochs, errors})
  }
  const byId = [...rowOf.entries()].sort((a, b) => a[0] - b[0])
  const featureIds = Uint32Array.from(byId, ([id]) => id)
  const rows = new Float32Array(size)
  byId.forEach(([, row], sorted) => {
    for (let tag = 0; tag < tagCount; tag++) {
      const at = row * tagCount + tag
      rows[sorted * tagCount + tag] = (weights[at] as number) - (totals[at] as number) / step
    }
  })
  for (let index = 0; index < transitionCount; index++) {
    transitions[index] = (transitions[index] as number) - (transitionTotals[index] as number) / step
  }
  return {featureIds, rows, transitions}
}
