/**
 * Rule: a listicle's numbered section headings ("1. Every battery gets a passport",
 * "2. Recycled content becomes mandatory") are the article's own, in sequence: a run of
 * them over short paragraphs is no row of teaser cards, and the first opens the body.
 *
 * @internal
 */
import {countWords} from '../text-shape.js'

/** Most words of a numbered section heading. */
const headingWords = 14

/**
 * The number of a numbered section heading ("3. Phone batteries must be replaceable", "3) …").
 *
 * @example
 * ```ts
 * sectionNumber('3. Phone batteries must be replaceable') // 3
 * sectionNumber('2022 was a year of drills.') // undefined
 * ```
 */
export function sectionNumber(text: string): number | undefined {
  const match = /^(\d{1,2})[.)] \S/u.exec(text)
  return match && countWords(text) <= headingWords ? Number(match[1]) : undefined
}

/** How far apart two numbered headings in sequence may stand, in blocks. */
const reach = 12

/**
 * Whether the block at `index` is a numbered heading that continues or is continued by another
 * within a few blocks ("2." after "1.", or "1." before "2.").
 *
 * @example
 * ```ts
 * inNumberedSequence([{text: '1. A title'}, {text: 'Text.'}, {text: '2. Another title'}], 2) // true
 * ```
 */
export function inNumberedSequence(blocks: ReadonlyArray<{readonly text: string}>, index: number): boolean {
  const number = sectionNumber(blocks[index]?.text ?? '')
  if (number === undefined) return false
  for (let at = Math.max(0, index - reach); at <= Math.min(blocks.length - 1, index + reach); at++) {
    const other = at === index ? undefined : sectionNumber((blocks[at] as {text: string}).text)
    if (other !== undefined && other - number === Math.sign(at - index)) return true
  }
  return false
}
