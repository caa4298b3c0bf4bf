/**
 * Compact sets of strings for gazetteers: each entry is kept only as a hash of `bits`
 * bits (its fingerprint); the sorted fingerprints are shipped as Rice-coded gaps in
 * base64. A lookup hashes the string and binary-searches the decoded fingerprints. A
 * string not in the set is found by mistake with probability about `size / 2^bits`
 * (1 in 1,000 or less as generated): harmless for features the model weighs, and three
 * times smaller than the front-coded words (a random fingerprint costs ~`bits - log2(size)
 * + 1.5` bits; words cost 3–5 bytes each after gzip).
 *
 * @internal
 */
import type {PackedFingerprints} from '../../data/packed-tables.js'
import {decodeRiceGaps, decodeSextets, encodeSextets, riceBits} from './rice.js'

export type {PackedFingerprints} from '../../data/packed-tables.js'


/**
 * The fingerprint of a string: FNV-1a (32 bits) with a final mix, cut to `bits` bits.
 *
 * @example
 * ```ts
 * fingerprint('brno', 20) < 2 ** 20 // true
 * ```
 */
export function fingerprint(text: string, bits: number): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  hash ^= hash >>> 16
  hash = Math.imul(hash, 0x85ebca6b)
  hash ^= hash >>> 13
  return bits >= 32 ? hash >>> 0 : (hash >>> 0) % 2 ** bits
}


/**
 * Pack strings into a fingerprint set (for generators).
 *
 * @example
 * ```ts
 * packFingerprints(['brno', 'toledo'], 20).count // 2
 * ```
 */
export function packFingerprints(entries: Iterable<string>, bits: number): PackedFingerprints {
  const values = [...new Set([...entries].map((entry) => fingerprint(entry, bits)))].sort((a, b) => a - b)
  const meanGap = values.length > 0 ? 2 ** bits / values.length : 1
  const rice = Math.max(0, Math.round(Math.log2(meanGap * Math.LN2)))
  const data = encodeSextets(riceBits(values, rice))
  return {bits, rice, count: values.length, data}
}

/**
 * Decode a packed set into its sorted fingerprints.
 *
 * @example
 * ```ts
 * unpackFingerprints(packFingerprints(['brno'], 20)).length // 1
 * ```
 */
export function unpackFingerprints(packed: PackedFingerprints): Uint32Array {
  const values = decodeRiceGaps(decodeSextets(packed.data), packed.data.length * 6, packed.count, packed.rice)
  if (values.length === packed.count) return values
  const all = new Uint32Array(packed.count)
  all.set(values)
  return all
}

/**
 * Where `value` is among the sorted fingerprints (binary search), or -1.
 *
 * @example
 * ```ts
 * fingerprintIndex(Uint32Array.of(3, 9, 40), 9) // 1
 * ```
 */
export function fingerprintIndex(sorted: Uint32Array, value: number): number {
  let low = 0
  let high = sorted.length - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const found = sorted[middle] as number
    if (found === value) return middle
    if (found < value) low = middle + 1
    else high = middle - 1
  }
  return -1
}

/**
 * Is `value` among the sorted fingerprints?
 *
 * @example
 * ```ts
 * hasFingerprint(Uint32Array.of(3, 9, 40), 9) // true
 * ```
 */
export function hasFingerprint(sorted: Uint32Array, value: number): boolean {
  return fingerprintIndex(sorted, value) !== -1
}
