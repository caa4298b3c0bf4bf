/**
 * Rule: a hyphen at a line end either broke a word ("capa-\ncity" → "capacity") or is a
 * real compound's hyphen that happened to fall there ("self-\nemployed" →
 * "self-employed"). Without a dictionary in the bundle, the decision reads the two
 * fragments:
 *
 * 1. the same word stands elsewhere in the text, written whole ("capacity") or with its
 *    hyphen ("self-employed"): do as the text does;
 * 2. the fragment after the hyphen is a word ending ("-ness", "-ing", "-teen"): a break;
 * 3. the fragment before it is a compound's first element ("self", "well", "non", a
 *    number), or, after a fragment that is no bound prefix ("mis-", "under-", "with"), the
 *    fragment after it is a compound's second element ("backed", "owned", "term", "year"):
 *    a compound;
 * 4. otherwise a break.
 *
 * The vocabulary is in src/data/compound-elements.ts.
 *
 * @internal
 */
import {boundPrefixes, compoundFirst, compoundSecond, wordSuffixes} from '../../data/compound-elements.js'

/**
 * What the text says about a word: seen written whole, seen with a hyphen.
 *
 * @example
 * ```ts
 * const seen: SeenWords = {whole: new Set(['capacity']), hyphenated: new Set(['self-employed'])}
 * ```
 */
export interface SeenWords {
  whole: ReadonlySet<string>
  hyphenated: ReadonlySet<string>
}

/**
 * Whether the hyphen between `left` (the word fragment before a line-end hyphen, without
 * it) and `right` (the fragment after the line break) is a real compound's, to be kept.
 * Both are lower-case letters only; anything else is decided by the caller.
 *
 * @param left - Letters before the hyphen, back to the start of the word.
 * @param right - Letters after the line break, up to the end of the word.
 * @param seen - Words the text writes whole or hyphenated elsewhere (optional).
 *
 * @example
 * ```ts
 * keepsHyphen('self', 'employed') // true
 * keepsHyphen('capa', 'city') // false
 * keepsHyphen('well', 'ness') // false
 * keepsHyphen('russian', 'backed') // true
 * keepsHyphen('under', 'standing') // false
 * ```
 */
export function keepsHyphen(left: string, right: string, seen?: SeenWords): boolean {
  const lowerLeft = left.toLowerCase()
  const lowerRight = right.toLowerCase()
  if (seen) {
    if (seen.hyphenated.has(`${lowerLeft}-${lowerRight}`)) return true
    if (seen.whole.has(lowerLeft + lowerRight)) return false
  }
  if (lowerRight.length < 3 || wordSuffixes.has(lowerRight)) return false
  if (compoundFirst.has(lowerLeft)) return true
  if (lowerLeft.length < 2 || boundPrefixes.has(lowerLeft)) return false
  return compoundSecond.has(lowerRight)
}
