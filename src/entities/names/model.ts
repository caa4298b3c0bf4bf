/**
 * The tagger's weights, unpacked lazily on first use into an immutable lookup table:
 * feature ids (delta + varint coded) with one quantized int8 row of tag scores each,
 * found through an open-addressing hash table.
 *
 * @internal
 */
import {nerModel} from '../../data/ner-model.js'
import {tagCount} from './tags.js'

/**
 * The packed form of the weights, as scripts/train-ner.ts writes it.
 *
 * @example
 * ```ts
 * const empty: PackedModel = {bits: 22, scale: 1, transitions: [], ids: '', rows: ''}
 * ```
 */
export interface PackedModel {
  /** Bits of the hashed feature space. */
  bits: number
  /** Multiply a quantized weight by this to get its score. */
  scale: number
  /** Transition scores, `(tagCount + 1) × tagCount`, the last row from the start. */
  transitions: readonly number[]
  /** Base64 of the feature ids: ascending, each the varint of its gap to the last. */
  ids: string
  /** Base64 of the int8 weight rows, `tagCount` per id. */
  rows: string
}

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
  readonly rows: Int8Array
  readonly scale: number
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
 * unpack({bits: 4, scale: 1, transitions: [], ids: '', rows: ''}).rows.length // 0
 * ```
 */
export function unpack(packed: PackedModel): Model {
  const idBytes = decodeBase64(packed.ids)
  const rows = new Int8Array(decodeBase64(packed.rows).buffer)
  const count = rows.length / tagCount
  let size = 1
  while (size < count * 2) size <<= 1
  const keys = new Int32Array(size).fill(-1)
  const slots = new Int32Array(size)
  const mask = size - 1
  let id = 0
  let shift = 0
  let gap = 0
  let row = 0
  for (const byte of idBytes) {
    gap |= (byte & 0x7f) << shift
    shift += 7
    if (byte & 0x80) continue
    id += gap
    let slot = mix(id) & mask
    while ((keys[slot] as number) !== -1) slot = (slot + 1) & mask
    keys[slot] = id
    slots[slot] = row++
    gap = 0
    shift = 0
  }
  return {keys, slots, mask, rows, scale: packed.scale, transitions: Float64Array.from(packed.transitions)}
}

/**
 * Add the scores of the given feature ids to `out` (tagCount wide, at `offset`).
 *
 * @example
 * ```ts
 * addScores(getModel(), Uint32Array.of(1, 2), new Float64Array(9), 0)
 * ```
 */
export function addScores(weights: Model, ids: Uint32Array, out: Float64Array, offset: number): void {
  const {keys, slots, mask, rows, scale} = weights
  for (const id of ids) {
    let slot = mix(id) & mask
    let key = keys[slot] as number
    while (key !== -1 && key !== id) {
      slot = (slot + 1) & mask
      key = keys[slot] as number
    }
    if (key === -1) continue
    const base = (slots[slot] as number) * tagCount
    for (let tag = 0; tag < tagCount; tag++) out[offset + tag] = (out[offset + tag] as number) + (rows[base + tag] as number) * scale
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
