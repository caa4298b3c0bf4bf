/**
 * The tagger's weights, unpacked lazily on first use into an immutable lookup table:
 * feature ids (Rice-coded gaps) with one row of quantized tag scores each,
 * found through an open-addressing hash table.
 *
 * @internal
 */
import {nerModel} from '../../data/ner-model.js'
import {levelAlphabet, type PackedModel} from '../../data/packed-model.js'
import {decodeRiceGaps, decodeSextets, sextetCount} from './rice.js'
import {tagCount} from './tags.js'

/**
 * The weights, ready for lookups: feature ids in an open-addressing hash table, and the
 * packed level characters as they are (no table of scores is built from them).
 *
 * @example
 * ```ts
 * const features = getModel().count // features kept
 * ```
 */
export interface Model {
  readonly keys: Int32Array
  readonly slots: Int32Array
  readonly mask: number
  /** Features kept: rows of weights. */
  readonly count: number
  /**
   * The character code of each weight's level (`levelAlphabet`), column-major as packed:
   * every row's tag 0, then tag 1, …; see {@link weightOf}.
   */
  readonly levels: Uint8Array
  /** The score of each level, by its character code. */
  readonly scores: Float32Array
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
  return weights.scores[weights.levels[tag * weights.count + row] as number] as number
}

/** The character codes of the level characters (ASCII): natively when they are all ASCII. */
function levelCodes(rows: string): Uint8Array {
  const codes = new TextEncoder().encode(rows)
  if (codes.length === rows.length) return codes
  for (let index = 0; index < rows.length; index++) codes[index] = rows.charCodeAt(index) & 127
  return codes.subarray(0, rows.length)
}

/**
 * Unpack a packed model: the feature ids decoded into a hash table; the weights' level
 * characters kept as bytes.
 *
 * @example
 * ```ts
 * unpack({bits: 4, rice: 2, levels: [0], transitions: [], ids: '', rows: ''}).count // 0
 * ```
 */
export function unpack(packed: PackedModel): Model {
  const count = Math.floor(packed.rows.length / tagCount)
  const scores = new Float32Array(128)
  for (let level = 0; level < packed.levels.length; level++) scores[levelAlphabet.charCodeAt(level) & 127] = packed.levels[level] ?? 0
  let size = 1
  while (size < count * 2) size <<= 1
  const keys = new Int32Array(size).fill(-1)
  const slots = new Int32Array(size)
  const mask = size - 1
  // Whole bytes only: the bits of a last partial sextet are base64's padding.
  const ids = decodeRiceGaps(decodeSextets(packed.ids), ((sextetCount(packed.ids) * 6) >> 3) * 8, count, packed.rice)
  for (let row = 0; row < ids.length; row++) {
    const id = ids[row] as number
    let slot = mix(id) & mask
    while ((keys[slot] as number) !== -1) slot = (slot + 1) & mask
    keys[slot] = id
    slots[slot] = row
  }
  return {keys, slots, mask, count, levels: levelCodes(packed.rows), scores, transitions: Float64Array.from(packed.transitions)}
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
  const {keys, slots, mask} = weights
  let slot = mix(id) & mask
  let key = keys[slot] as number
  while (key !== -1 && key !== id) {
    slot = (slot + 1) & mask
    key = keys[slot] as number
  }
  return key === -1 ? -1 : (slots[slot] as number)
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
