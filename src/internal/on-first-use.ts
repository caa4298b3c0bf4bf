/**
 * A module's value built the first time one of its functions needs it, not at import.
 * Each `\p{…}` pattern of the segmenter, of src/article and of src/quotes is made this way,
 * `const NAME = onFirstUse(() => RegExp(String.raw`…`, 'u'))`, used as `NAME().test(…)`:
 * V8 builds a pattern's ICU character sets when the pattern is made, and `extractEntities`
 * never runs these (a first `parseArticle` on a short article only some of them), so
 * making them at import cost every cold start (docs/results-performance.md, "Session 5,
 * second round" and "Session 6"). The pattern is a `RegExp(…)`
 * call, not a literal: V8 syntax-checks a literal when it parses the function around it,
 * which would build its sets at import again
 * (test/adversarial/unicode-property-literals.test.ts). A constant per pattern, rather than
 * a table of them, keeps the names short in a minified bundle.
 */

/**
 * A function returning what `build` returns, calling `build` once, on its first call.
 *
 * @example
 * ```ts
 * const STARTS_UPPER = onFirstUse(() => RegExp(String.raw`^\p{Lu}`, 'u'))
 * STARTS_UPPER().test('Kyiv') // true
 * ```
 */
export function onFirstUse<T extends object>(build: () => T): () => T {
  let built: T | undefined
  const get = (): T => (built ??= build())
  deferred.push(get)
  return get
}

/** Every value `onFirstUse` defers, built or not. */
const deferred: Array<() => object> = []

/**
 * Builds every value `onFirstUse` has deferred so far and returns how many there are: the
 * ReDoS check watches the patterns the modules build (scripts/check/check-regexes.ts), and
 * a pattern made on first use must be built while it watches.
 *
 * @example
 * ```ts
 * buildDeferred() > 0 // true once the segmenter's modules are loaded
 * ```
 */
export function buildDeferred(): number {
  for (const get of deferred) get()
  return deferred.length
}
