/**
 * English number words for spelled-out amounts ("Two Hundred Fifty Thousand Dollars",
 * "nine and one-half of one percent", "half a million dollars"). Hand-written.
 *
 * @internal
 */

/**
 * Cardinal words below a hundred (lower case) → value.
 *
 * @example
 * ```ts
 * cardinals.get('forty') // 40
 * ```
 */
export const cardinals: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
])

/**
 * Scale words (lower case) → factor: "hundred" multiplies the group it ends, the others
 * close a group ("two hundred fifty thousand" = (2 × 100 + 50) × 1000).
 *
 * @example
 * ```ts
 * scales.get('million') // 1e6
 * ```
 */
export const scales: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['lakh', 1e5], ['crore', 1e7],
])

/**
 * Fraction words (lower case) → value: "one-half", "a half", "three-quarters".
 *
 * @example
 * ```ts
 * fractions.get('quarter') // 0.25
 * ```
 */
export const fractions: ReadonlyMap<string, number> = new Map([
  ['half', 0.5], ['quarter', 0.25], ['quarters', 0.25], ['third', 1 / 3], ['thirds', 1 / 3],
  ['fourth', 0.25], ['fourths', 0.25], ['tenth', 0.1], ['tenths', 0.1],
])
