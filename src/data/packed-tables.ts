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
 * A packed word → class table: the words' fingerprints grouped by class (format:
 * src/entities/names/word-classes.ts).
 *
 * @example
 * ```ts
 * const empty: PackedWordClasses = {bits: 8, classes: 0, count: 0, sizeRice: 0, data: ''}
 * ```
 */
export interface PackedWordClasses {
  /** Bits of each word's fingerprint. */
  bits: number
  /** How many class numbers there are (0 to `classes` − 1). */
  classes: number
  /** Fingerprints in all (words, but those whose fingerprints collide). */
  count: number
  /** Rice parameter of the classes' sizes. */
  sizeRice: number
  /**
   * Base64 (bits MSB first) of each class in turn: its size, Rice-coded with `sizeRice`, then
   * its sorted fingerprints, each less the one before and one (the first less −1 and one),
   * Rice-coded with ⌊log2(2^bits / size)⌋.
   */
  data: string
}
