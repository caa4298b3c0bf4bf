/**
 * A module's values built the first time one of its functions needs them, not at import.
 * The segmenter's `\p{…}` patterns go through this: V8 builds each one's ICU character
 * sets when the pattern is made, and `extractEntities` never runs them, so building them
 * at import cost every cold start (docs/results-performance.md, "Session 5, second
 * round"). Inside the builder a `\p{…}` pattern is made with `RegExp(String.raw`…`, 'u')`,
 * not written as a literal: V8 syntax-checks a literal when it parses the function, which
 * would build its sets at import again (test/adversarial/unicode-property-literals.test.ts).
 */

/**
 * A function returning what `build` returns, calling `build` once, on its first call.
 *
 * @example
 * ```ts
 * const patterns = onFirstUse(() => ({STARTS_UPPER: RegExp(String.raw`^\p{Lu}`, 'u')}))
 * patterns().STARTS_UPPER.test('Kyiv') // true
 * ```
 */
export function onFirstUse<T extends object>(build: () => T): () => T {
  let built: T | undefined
  return () => (built ??= build())
}
