/**
 * The tag set of the name tagger (BIO over PER / ORG / LOC / MISC) and the allowed
 * transitions between tags.
 *
 * @internal
 */

/**
 * Tags, in the order of the weight rows.
 *
 * @example
 * ```ts
 * tags[1] // 'B-PER'
 * ```
 */
export const tags = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const

/**
 * One tag.
 *
 * @example
 * ```ts
 * const tag: Tag = 'I-ORG'
 * ```
 */
export type Tag = (typeof tags)[number]

/**
 * Number of tags.
 *
 * @example
 * ```ts
 * tagCount // 9
 * ```
 */
export const tagCount = tags.length

/**
 * Index of the start state in the transition matrix (rows `tagCount + 1` wide).
 *
 * @example
 * ```ts
 * transitions[startState * tagCount + 1] // score of B-PER opening a sentence
 * ```
 */
export const startState = tagCount

/**
 * May `next` follow `previous` (an index, or `startState`)? `I-X` only after `B-X` or `I-X`.
 *
 * @example
 * ```ts
 * allowed(tags.indexOf('O'), tags.indexOf('I-PER')) // false
 * ```
 */
export function allowed(previous: number, next: number): boolean {
  const tag = tags[next] as Tag
  if (!tag.startsWith('I-')) return true
  if (previous === startState) return false
  const before = tags[previous] as Tag
  return before !== 'O' && before.slice(2) === tag.slice(2)
}
