/**
 * Rule: a sidebar read line by line between the lines of the body column (pdftotext reads
 * a page row by row, so a box beside the text lands between its lines). A sentence cut
 * by short lines that do not continue it — the line above fills the column and is
 * unfinished, the lines between are much shorter and open without a lower-case letter,
 * and a line below picks the sentence up in lower case (two words or more) — has a sidebar in it. Those lines
 * are the sidebar's (and so is a short title line right above the cut line, its heading);
 * the two halves are joined again across them (../joining.ts).
 *
 * @internal
 */
import {columnWidth, countWords, endsSentence} from '../text-shape.js'
import {STARTS_LOWER} from '../../internal/letter-patterns.js'
import {onFirstUse} from '../../internal/on-first-use.js'

/** Most sidebar lines between two halves of a sentence. */
const maximumLines = 3

/** A sidebar line is at most this share of the cut line's length and of the run's median line. */
const shortShare = 0.6

const RESUMES_IN_LOWER_CASE = onFirstUse(() => RegExp(String.raw`^\p{Ll}[\p{L}’'-]*[,;]? \S`, 'u'))

/**
 * The indices of the sidebar lines in a run of text lines (no blank line among them).
 *
 * @example
 * ```ts
 * sidebarLines([
 *   'The first lanes will be built along the river road and Station Street, with work',
 *   '12 miles of new lanes',
 *   'starting in the spring and finishing before the end of next year.',
 * ]) // Set {1}
 * ```
 */
export function sidebarLines(lines: readonly string[]): Set<number> {
  const sidebar = new Set<number>()
  const width = columnWidth(lines.map((line) => line.length))
  // A line of the column is not short: a sidebar line is short beside the run's usual line too.
  const lengths = lines.map((line) => line.length).sort((a, b) => a - b)
  const usual = lengths[lengths.length >> 1] as number
  const isSidebarLine = (line: string, cut: string): boolean => line.length <= Math.min(cut.length, usual) * shortShare && !STARTS_LOWER.test(line)
  for (let index = 1; index < lines.length - 1; index++) {
    const cut = lines[index - 1] as string
    if (cut.length < width * 0.7 || endsSentence(cut, true) || /[,\-–—]$/u.test(cut)) continue
    let end = index
    while (end < lines.length && end - index < maximumLines && isSidebarLine(lines[end] as string, cut)) end++
    const resumed = lines[end]
    if (end === index || resumed === undefined || !(RESUMES_IN_LOWER_CASE().test(resumed))) continue
    for (let at = index; at < end; at++) sidebar.add(at)
    // The sidebar's heading beside the line above ("KEY FACTS"), after a finished sentence.
    const above = lines[index - 2]
    if (above !== undefined && index >= 3 && isSidebarLine(above, cut) && countWords(above) <= 5 && !endsSentence(above, true) && endsSentence(lines[index - 3] as string)) {
      sidebar.add(index - 2)
    }
    index = end
  }
  return sidebar
}

