/**
 * The packed forms of the hashed tables in `src/data` (word classes): the shapes the
 * generators write and `entities/names/fingerprints.ts` / `word-classes.ts` read.
 *
 * @internal
 */

/**
 * A packed fingerprint set: the sorted hashes of its entries, Rice-coded.
 *
 * @example
 * ```ts
 * const set: PackedFingerprints = {bits: 20, rice: 8, count: 0, data: ''}
 * ```
 */
export interface PackedFingerprints {
  /** Bits of each fingerprint. */
  bits: number
  /** Rice parameter of the gaps. */
  rice: number
  /** Number of fingerprints. */
  count: number
  /** Base64 of the Rice-coded gaps, bits MSB first. */
  data: string
}

/**
 * A packed word → class table.
 *
 * @example
 * ```ts
 * const empty: PackedWordClasses = {words: {bits: 8, rice: 0, count: 0, data: ''}, classBits: 10, classes: ''}
 * ```
 */
export interface PackedWordClasses {
  /** The words' fingerprints. */
  words: PackedFingerprints
  /** Bits of a class number. */
  classBits: number
  /** Base64 of the class numbers in fingerprint order, bits MSB first. */
  classes: string
}
