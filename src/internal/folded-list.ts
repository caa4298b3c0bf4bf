/**
 * A word list whose entries written with letters other than ASCII are stored apart with
 * their marks folded away (`foldMarks`): gzip codes the list smaller so, and a phrase
 * written with such letters is folded the same way before it is looked up, so that
 * "Brașov County" is still found (docs/results-ner.md, "Session 14"). A phrase in ASCII
 * is looked up as before: it is found in the ASCII entries only.
 *
 * @internal
 */
import {FrontCodedList} from './front-coding.js'

/**
 * Is the text written in ASCII only?
 *
 * @example
 * ```ts
 * isAscii('brasov') // true
 * isAscii('brașov') // false
 * ```
 */
export const isAscii = (text: string): boolean => !/[^\0-\x7f]/.test(text)

/**
 * The text decomposed (NFD) and its combining marks (U+0300–U+036F) dropped: "ș" → "s",
 * "é" → "e", "ö" → "o". Letters that do not decompose stay as they are ("ı", "đ", "ł",
 * "ø", "ß", "æ").
 *
 * @example
 * ```ts
 * foldMarks('şanlıurfa') // 'sanlıurfa'
 * ```
 */
export const foldMarks = (text: string): string => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')

/**
 * A front-coded list held as its ASCII entries and its other entries folded (both sorted,
 * front-coded: src/internal/front-coding.ts), searched like one list of the entries as
 * written, and finding besides a phrase that folds to a folded entry ("cordoba" written
 * "córdoba" or "cordóba").
 *
 * @example
 * ```ts
 * const list = new FoldedList(frontCode(['brest']), frontCode(['brasov county']))
 * list.has('brașov county') // true
 * list.has('brasov county') // false: an ASCII phrase is one of the ASCII entries or none
 * list.hasPrefix('brașov ') // true
 * ```
 */
export class FoldedList {
  readonly #plain: FrontCodedList
  readonly #folded: FrontCodedList

  constructor(plain: string, folded: string) {
    this.#plain = new FrontCodedList(plain)
    this.#folded = new FrontCodedList(folded)
  }

  /**
   * Is `entry` (or, written with other letters than ASCII, its folded form) in the list?
   *
   * @example
   * ```ts
   * new FoldedList(frontCode(['brest']), frontCode(['cordoba'])).has('córdoba') // true
   * ```
   */
  has(entry: string): boolean {
    return isAscii(entry) ? this.#plain.has(entry) : this.#folded.has(foldMarks(entry))
  }

  /**
   * Does an entry start with `prefix`? An ASCII prefix is looked for in both parts (a
   * folded entry such as "la reunion" starts with "la "; one whose marks the prefix holds,
   * "sao paulo" for "sao ", is found too, which only lets a longer phrase be looked up).
   *
   * @example
   * ```ts
   * new FoldedList(frontCode(['brest']), frontCode(['la reunion'])).hasPrefix('la ') // true
   * ```
   */
  hasPrefix(prefix: string): boolean {
    return isAscii(prefix) ? this.#plain.hasPrefix(prefix) || this.#folded.hasPrefix(prefix) : this.#folded.hasPrefix(foldMarks(prefix))
  }
}
