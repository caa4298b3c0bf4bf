/**
 * Title case for names written in capitals ("THE HAGUE", "PAUL J. WEBER"), shared by the
 * segmenter (bylines, datelines) and the entity clusterer.
 *
 * @internal
 */

/**
 * `text` in title case: lower case but for the first letter of each word (after a
 * space, an apostrophe or a hyphen).
 *
 * @example
 * ```ts
 * titleCase('THE HAGUE') // 'The Hague'
 * titleCase("JILL O'NEIL-SMITH") // "Jill O'Neil-Smith"
 * ```
 */
export function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_whole, before: string, letter: string) => before + letter.toUpperCase())
}
