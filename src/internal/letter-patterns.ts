/**
 * The `\p{…}` letter tests many modules make, each built once here and shared: a pattern
 * made with `RegExp(…)` rather than written as a literal is not syntax-checked when its
 * module loads, which saves V8 building the ICU character set of `\p{…}` several times at
 * the first call (docs/results-performance.md, "Session 4: cold start"); made once, a warm
 * call reuses the same object. None has the `g` or `y` flag, so none holds state.
 */

/** Starts with an uppercase letter. */
export const STARTS_UPPER = RegExp(String.raw`^\p{Lu}`, 'u')
/** Starts with a lowercase letter. */
export const STARTS_LOWER = RegExp(String.raw`^\p{Ll}`, 'u')
/** Starts with an uppercase letter followed by a lowercase one. */
export const STARTS_CAPITALIZED = RegExp(String.raw`^\p{Lu}\p{Ll}`, 'u')
/** Starts with an uppercase letter or a digit. */
export const STARTS_UPPER_OR_DIGIT = RegExp(String.raw`^[\p{Lu}\p{N}]`, 'u')
/** Holds a letter. */
export const HAS_LETTER = RegExp(String.raw`\p{L}`, 'u')
/** Holds a letter or a digit. */
export const HAS_LETTER_OR_DIGIT = RegExp(String.raw`[\p{L}\p{N}]`, 'u')
/** Holds a lowercase letter. */
export const HAS_LOWER = RegExp(String.raw`\p{Ll}`, 'u')
/** Holds an uppercase letter. */
export const HAS_UPPER = RegExp(String.raw`\p{Lu}`, 'u')
/** Is one uppercase letter. */
export const ONE_UPPER = RegExp(String.raw`^\p{Lu}$`, 'u')
/** Is lowercase letters only. */
export const ALL_LOWER = RegExp(String.raw`^\p{Ll}+$`, 'u')
