/**
 * Word classes (placeholder until scripts/generate/word-classes.ts runs).
 *
 * @internal
 */

/**
 * The packed classes.
 *
 * @example
 * ```ts
 * decodeWordClasses(wordClasses).size // 0
 * ```
 */
export const wordClasses = ''
