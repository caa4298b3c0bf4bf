/**
 * Packing of averaged weights into the shipped model format: keep the features whose
 * largest score reaches `prune` (and, with `minMass`, that weigh enough for how many
 * training documents they occur in), zero the scores under `zeroBelow`, quantize the rest to
 * `levels` evenly spaced levels (one printable character a score, column by column so
 * that gzip sees each tag's distribution) and Rice-code the gaps between the kept ids.
 *
 * @internal
 */
import {featureBits} from '../features.js'
import {levelAlphabet} from '../../../data/packed-model.js'
import {base64Alphabet as alphabet, riceCode} from '../rice.js'
import {tagCount} from '../tags.js'
import type {AveragedWeights} from './perceptron.js'
import type {ModelJson} from './model-json.js'

/**
 * How to pack.
 *
 * @example
 * ```ts
 * const options: PackOptions = {prune: 4, levels: 63, zeroBelow: 1}
 * ```
 */
export interface PackOptions {
  /** Keep a feature only if its largest absolute score reaches this. */
  prune: number
  /** Quantization levels, odd (0 is a level), at most `levelAlphabet.length`. */
  levels: number
  /** Scores of a kept feature smaller than this become 0. */
  zeroBelow: number
  /**
   * Keep a feature only if its largest score, in quantization steps, times log2(1 + the
   * number of training documents it occurs in) reaches this: a feature seen in one
   * document needs a large score, one seen in many a small one (needs
   * `weights.documents`; absent: no such cut).
   */
  minMass?: number
}

/** Evenly spaced levels from -largest to +largest score. */
function uniformLevels(values: Float64Array, count: number): number[] {
  let largest = 0
  for (const value of values) largest = Math.max(largest, Math.abs(value))
  const half = (count - 1) / 2
  return Array.from({length: count}, (_, index) => Number((((index - half) / half) * largest).toPrecision(5)))
}

/** Index of the level nearest `value`. */
function nearest(levels: readonly number[], value: number): number {
  let best = 0
  for (let index = 1; index < levels.length; index++) {
    if (Math.abs((levels[index] as number) - value) < Math.abs((levels[best] as number) - value)) best = index
  }
  return best
}

/**
 * Pack averaged weights into a model.
 *
 * @example
 * ```ts
 * packWeights(weights, {prune: 4, levels: 63, zeroBelow: 1}).version // 1
 * ```
 */
export function packWeights(weights: AveragedWeights, options: PackOptions): Omit<ModelJson, 'features'> {
  if (options.levels > levelAlphabet.length) throw new Error(`at most ${levelAlphabet.length} levels`)
  const kept: number[] = []
  const keptRows: number[] = []
  weights.featureIds.forEach((id, row) => {
    let max = 0
    for (let tag = 0; tag < tagCount; tag++) max = Math.max(max, Math.abs(weights.rows[row * tagCount + tag] as number))
    if (max >= options.prune) {
      kept.push(id)
      keptRows.push(row)
    }
  })
  const values = new Float64Array(kept.length * tagCount)
  keptRows.forEach((source, row) => {
    for (let tag = 0; tag < tagCount; tag++) {
      const weight = weights.rows[source * tagCount + tag] as number
      values[row * tagCount + tag] = Math.abs(weight) < options.zeroBelow ? 0 : weight
    }
  })
  const levels = uniformLevels(values, options.levels)
  const half = (options.levels - 1) / 2
  const quantized = Array.from(values, (value) => nearest(levels, value))
  let shipped = kept.map((_, row) => row)
  const {documents} = weights
  if (options.minMass !== undefined && documents) {
    const minMass = options.minMass
    shipped = shipped.filter((row) => {
      let steps = 0
      for (let tag = 0; tag < tagCount; tag++) steps = Math.max(steps, Math.abs((quantized[row * tagCount + tag] as number) - half))
      return steps * Math.log2(1 + (documents[keptRows[row] as number] as number)) >= minMass
    })
  }
  let rows = ''
  for (let tag = 0; tag < tagCount; tag++) {
    const column: string[] = []
    for (const row of shipped) column.push(levelAlphabet.charAt(quantized[row * tagCount + tag] as number))
    rows += column.join('')
  }
  const ids = shipped.map((row) => kept[row] as number)
  const meanGap = ids.length > 0 ? (ids[ids.length - 1] as number) / ids.length : 1
  const rice = Math.max(0, Math.round(Math.log2(meanGap * Math.LN2)))
  return {
    version: 1,
    bits: featureBits,
    rice,
    levels,
    transitions: [...weights.transitions].map((value) => Number(value.toFixed(3))),
    ids: encodeBase64(riceCode(ids, rice)),
    rows,
  }
}

/**
 * Base64 without `btoa` or `Buffer` (runs anywhere).
 *
 * @example
 * ```ts
 * encodeBase64(Uint8Array.of(1, 2)) // 'AQI='
 * ```
 */
export function encodeBase64(bytes: Uint8Array): string {
  let text = ''
  for (let index = 0; index < bytes.length; index += 3) {
    const a = bytes[index] as number
    const b = bytes[index + 1]
    const c = bytes[index + 2]
    const triple = (a << 16) | ((b ?? 0) << 8) | (c ?? 0)
    text += alphabet.charAt((triple >> 18) & 63) + alphabet.charAt((triple >> 12) & 63)
    text += b === undefined ? '=' : alphabet.charAt((triple >> 6) & 63)
    text += c === undefined ? '=' : alphabet.charAt(triple & 63)
  }
  return text
}
