/**
 * The tagger's weights, unpacked lazily on first use into an immutable lookup table:
 * feature ids (Rice-coded gaps) with one row of quantized tag scores each,
 * found through an open-addressing hash table.
 *
 * @internal
 */
import {nerModel} from '../../data/bundled-tables.js'
import {levelAlphabet, type PackedModel, type ShippedModel} from '../../data/packed-model.js'
import {ansDecode} from './ans.js'
import {decodeRiceGaps, decodeSextets, sextetCount} from './rice.js'
import {tagCount} from './tags.js'

/**
 * The weights, ready for lookups: feature ids in an open-addressing hash table whose
 * slots hold each id beside its row, and the weights row by row (a feature's `tagCount`
 * weights side by side, so that adding them reads one stretch of memory).
 *
 * @example
 * ```ts
 * const features = getModel().count // features kept
 * ```
 */
export interface Model {
  /** Two numbers a slot: a feature id (-1: empty), then its row. */
  readonly table: Int32Array
  /** Slots - 1 (a power of two less one). */
  readonly mask: number
  /** One bit of 65,536 per kept feature (bits of its hash): a feature whose bit is clear is not kept, found without a probe of the larger table. */
  readonly known: Int32Array
  /** Features kept: rows of weights. */
  readonly count: number
  /**
   * The weights, row-major: feature row `row`'s weight for tag `tag` at
   * `row * tagCount + tag` (float32 levels, so that sums of them in float64 are exact);
   * see {@link weightOf}.
   */
  readonly weights: Float32Array
  readonly transitions: Float64Array
}

let model: Model | undefined

/**
 * The model, unpacked on the first call.
 *
 * @example
 * ```ts
 * getModel() === getModel() // true: unpacked once
 * ```
 */
export function getModel(): Model {
  model ??= unpack(nerModel)
  return model
}

/**
 * The weight of feature row `row` for tag `tag`.
 *
 * @example
 * ```ts
 * weightOf(getModel(), 0, 0) // the first feature's weight for 'O'
 * ```
 */
export function weightOf(weights: Model, row: number, tag: number): number {
  return weights.weights[row * tagCount + tag] as number
}

/**
 * Unpack a packed model (a caller's, or the shipped one with its levels entropy-coded):
 * the feature ids decoded into a hash table; the weights' levels into float32 rows.
 *
 * @example
 * ```ts
 * unpack({bits: 4, rice: 2, levels: [0], transitions: [], ids: '', rows: ''}).count // 0
 * ```
 */
export function unpack(packed: PackedModel | ShippedModel): Model {
  const count = 'codedLevels' in packed ? packed.count : Math.floor(packed.rows.length / tagCount)
  let weights: Float32Array
  if ('codedLevels' in packed) {
    // Row-major already: decoded straight into the weights, from the bytes `atob` gives.
    weights = ansDecode(atob(packed.codedLevels), packed.levelFrequencies, count * tagCount, packed.levels)
  } else {
    // The level characters are packed column-major (every row's tag 0, then tag 1, …).
    weights = new Float32Array(count * tagCount)
    const scores = new Float32Array(128)
    for (let level = 0; level < packed.levels.length; level++) scores[levelAlphabet.charCodeAt(level) & 127] = packed.levels[level] ?? 0
    const {rows} = packed
    for (let tag = 0; tag < tagCount; tag++) {
      for (let row = 0, at = tag * count; row < count; row++, at++) weights[row * tagCount + tag] = scores[rows.charCodeAt(at) & 127] as number
    }
  }
  let size = 1
  while (size < count * 2) size <<= 1
  const table = new Int32Array(2 * size).fill(-1)
  const mask = size - 1
  const known = new Int32Array(2048)
  // Whole bytes only: the bits of a last partial sextet are base64's padding.
  const ids = decodeRiceGaps(decodeSextets(packed.ids), ((sextetCount(packed.ids) * 6) >> 3) * 8, count, packed.rice)
  for (let row = 0; row < ids.length; row++) {
    const id = ids[row] as number
    const hash = mix(id)
    known[hash >>> 14] = (known[hash >>> 14] as number) | (1 << hash)
    let slot = hash & mask
    while ((table[2 * slot] as number) !== -1) slot = (slot + 1) & mask
    table[2 * slot] = id
    table[2 * slot + 1] = row
  }
  return {table, mask, known, count, weights, transitions: Float64Array.from(packed.transitions)}
}

/**
 * The row of feature `id` (its weights: {@link weightOf}), or -1
 * when the model does not know the feature.
 *
 * @example
 * ```ts
 * featureRow(getModel(), 0) // -1 unless feature 0 was kept
 * ```
 */
export function featureRow(weights: Model, id: number): number {
  const {table, mask} = weights
  const hash = mix(id)
  if (((weights.known[hash >>> 14] as number) & (1 << hash)) === 0) return -1
  let slot = hash & mask
  let key = table[2 * slot] as number
  while (key !== -1 && key !== id) {
    slot = (slot + 1) & mask
    key = table[2 * slot] as number
  }
  return key === -1 ? -1 : (table[2 * slot + 1] as number)
}

/**
 * Add the scores of the given feature ids to `out` (tagCount wide, at `offset`): the
 * token-by-token way, for training and evaluation (the tagger sums per word type:
 * ./word-scores.ts).
 *
 * @example
 * ```ts
 * addScores(getModel(), Uint32Array.of(1, 2), new Float64Array(9), 0)
 * ```
 */
export function addScores(weights: Model, ids: Uint32Array, out: Float64Array, offset: number): void {
  for (const id of ids) {
    const row = featureRow(weights, id)
    if (row === -1) continue
    for (let tag = 0; tag < tagCount; tag++) out[offset + tag] = (out[offset + tag] as number) + weightOf(weights, row, tag)
  }
}

function mix(id: number): number {
  return Math.imul(id ^ (id >>> 15), 0x2c1b3c6d) >>> 7
}

/**
 * Decode base64 without `atob` or `Buffer` (runs anywhere).
 *
 * @example
 * ```ts
 * decodeBase64('AQI=') // Uint8Array [1, 2]
 * ```
 */
export function decodeBase64(text: string): Uint8Array {
  return decodeSextets(text).slice(0, (sextetCount(text) * 6) >> 3)
}
