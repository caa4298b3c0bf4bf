/**
 * The tagger's weights, unpacked lazily on first use into an immutable lookup table:
 * feature ids (Rice-coded gaps) with one row of quantized tag scores each,
 * found through an open-addressing hash table.
 *
 * @internal
 */
import {nerModel} from '../../data/ner-model.js'
import {levelAlphabet, type PackedModel} from '../../data/packed-model.js'
import {tagCount} from './tags.js'

/**
 * The unpacked weights.
 *
 * @example
 * ```ts
 * const rows = getModel().rows.length / tagCount // features kept
 * ```
 */
export interface Model {
  readonly keys: Int32Array
  readonly slots: Int32Array
  readonly mask: number
  /** Scores, row-major: `tagCount` per feature. */
  readonly rows: Float32Array
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
 * Unpack a packed model.
 *
 * @example
 * ```ts
 * unpack({bits: 4, rice: 2, levels: [0], transitions: [], ids: '', rows: ''}).rows.length // 0
 * ```
 */
export function unpack(packed: PackedModel): Model {
  const count = Math.floor(packed.rows.length / tagCount)
  const rows = new Float32Array(count * tagCount)
  const scores = new Float32Array(128)
  for (let level = 0; level < packed.levels.length; level++) scores[levelAlphabet.charCodeAt(level) & 127] = packed.levels[level] ?? 0
  for (let tag = 0; tag < tagCount; tag++) {
    for (let row = 0; row < count; row++) rows[row * tagCount + tag] = scores[packed.rows.charCodeAt(tag * count + row) & 127] ?? 0
  }
  let size = 1
  while (size < count * 2) size <<= 1
  const keys = new Int32Array(size).fill(-1)
  const slots = new Int32Array(size)
  const mask = size - 1
  const bytes = decodeBase64(packed.ids)
  const limit = bytes.length * 8
  let bit = 0
  let id = 0
  for (let row = 0; row < count && bit < limit; row++) {
    let quotient = 0
    while (bit < limit && ((bytes[bit >> 3] as number) >> (7 - (bit & 7))) & 1) {
      quotient++
      bit++
    }
    bit++
    let gap = quotient
    for (let index = 0; index < packed.rice; index++, bit++) gap = gap * 2 + ((((bytes[bit >> 3] ?? 0) as number) >> (7 - (bit & 7))) & 1)
    id += gap
    let slot = mix(id) & mask
    while ((keys[slot] as number) !== -1) slot = (slot + 1) & mask
    keys[slot] = id
    slots[slot] = row
  }
  return {keys, slots, mask, rows, transitions: Float64Array.from(packed.transitions)}
}

/**
 * Rice-code the gaps between ascending ids with parameter `rice` (for scripts/generate/train-ner.ts):
 * each gap's quotient in unary (ones, then a zero), then its `rice` low bits; bits MSB first.
 *
 * @example
 * ```ts
 * riceCode([5, 6], 2) // Uint8Array [0x92]: 1 0 01, 0 01
 * ```
 */
export function riceCode(ids: readonly number[], rice: number): Uint8Array {
  const bits: number[] = []
  let last = 0
  for (const id of ids) {
    const gap = id - last
    last = id
    for (let quotient = Math.floor(gap / 2 ** rice); quotient > 0; quotient--) bits.push(1)
    bits.push(0)
    for (let bit = rice - 1; bit >= 0; bit--) bits.push(Math.floor(gap / 2 ** bit) % 2)
  }
  const bytes = new Uint8Array(Math.ceil(bits.length / 8))
  bits.forEach((bit, index) => {
    if (bit) bytes[index >> 3] = (bytes[index >> 3] as number) | (0x80 >> (index & 7))
  })
  return bytes
}

/**
 * The row of feature `id` in `weights.rows` (its scores start at `row * tagCount`), or -1
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
  const {rows} = weights
  for (const id of ids) {
    const row = featureRow(weights, id)
    if (row === -1) continue
    const base = row * tagCount
    for (let tag = 0; tag < tagCount; tag++) out[offset + tag] = (out[offset + tag] as number) + (rows[base + tag] as number)
  }
}

function mix(id: number): number {
  return Math.imul(id ^ (id >>> 15), 0x2c1b3c6d) >>> 7
}

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/**
 * Decode base64 without `atob` or `Buffer` (runs anywhere).
 *
 * @example
 * ```ts
 * decodeBase64('AQI=') // Uint8Array [1, 2]
 * ```
 */
export function decodeBase64(text: string): Uint8Array {
  let end = text.length
  while (end > 0 && text.charAt(end - 1) === '=') end--
  const clean = text.slice(0, end)
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4))
  let buffer = 0
  let bits = 0
  let position = 0
  for (let index = 0; index < clean.length; index++) {
    buffer = (buffer << 6) | alphabet.indexOf(clean.charAt(index))
    bits += 6
    if (bits >= 8) {
      bits -= 8
      bytes[position++] = (buffer >> bits) & 0xff
    }
  }
  return bytes
}
