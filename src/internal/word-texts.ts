/**
 * One string for each distinct token text of a call. A long text repeats its words
 * ("the" thousands of times); its tokens share one string each instead of each keeping
 * a copy. A tokenizer makes one for a call (or a caller for a run of calls on one
 * document), so it never grows across calls.
 *
 * @internal
 */

/**
 * The strings of one document's tokens, each distinct text kept once.
 *
 * @example
 * ```ts
 * const words = new WordTexts()
 * words.of('the') // 'the' (kept)
 * words.of('the ten'.slice(0, 3)) // 'the': the string kept before, not the new copy
 * words.size // 1
 * ```
 */
export class WordTexts {
  private readonly seen = new Map<string, string>()

  /** `value`, or the equal string seen before. */
  of(value: string): string {
    const known = this.seen.get(value)
    if (known !== undefined) return known
    this.seen.set(value, value)
    return value
  }

  /** How many distinct texts are kept. */
  get size(): number {
    return this.seen.size
  }
}
