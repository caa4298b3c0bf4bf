/**
 * Rule: a sidebar read line by line between the lines of the body column (pdftotext reads
 * a page row by row, so a box beside the text lands between its lines). A sentence cut
 * by short lines that do not continue it — the line above fills the column and is
 * unfinished, the lines between are much shorter, and a line below picks the sentence up
 * in lower case (two words or more, or one that ends the sentence) — has a sidebar in it. A line between may open in
 * lower case only as the rest of a short title line above it (a teaser title wrapped in
 * its own column, read after the body's next line); a short line picks the sentence up only
 * after lines that open otherwise. Those lines are the sidebar's (and so is a short title
 * line right above the cut line, its heading); a line of page furniture among them is passed in as '' (short, never
 * cut or resumed, not counted in the width); the two halves are joined again across them
 * (../joining.ts). The column's width is taken at the top eighth of the run's line lengths:
 * an interleaved run has as many sidebar lines as column lines.
 *
 * @internal
 */
import {countWords, endsSentence} from '../text-shape.js'
import {STARTS_LOWER} from '../../internal/letter-patterns.js'
import {onFirstUse} from '../../internal/on-first-use.js'

/** Most sidebar lines between two halves of a sentence. */
const maximumLines = 4

/** A sidebar line is at most this share of the cut line's length and of the column's width. */
const shortShare = 0.6

const ENDS_IN_HYPHEN = onFirstUse(() => RegExp(String.raw`\p{L}-$`, 'u'))

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
  // The column's width: the line at the top eighth of lengths, past the longest (a run read between a sidebar's lines has
  // as many short lines as long ones; a line glued to a sidebar line, or two joined at a hyphen, is longer than the column).
  const lengths = lines.map((line) => line.length).filter(Boolean).sort((a, b) => b - a)
  const width = lengths[Math.max(1, lengths.length >> 3)] as number
  for (let index = 1; index < lines.length - 1; index++) {
    const cut = lines[index - 1] as string
    if (cut.length < width * 0.6 || endsSentence(cut, true) || /[\-–—]$/u.test(cut)) continue
    const short = Math.min(cut.length, width) * shortShare
    // A short line in lower case is the sidebar's only as the rest of a short unfinished line above it (a teaser title's
    // second line, read after the column's next line): else it is the column's short last line.
    const titleAbove = (at: number): boolean => {
      const above = lines[at === index ? index - 2 : at - 1]
      return above !== undefined && above.length <= short && !endsSentence(above, true)
    }
    let end = index
    // (A line cut at a line-end hyphen, "a retired self-" over "employed bookkeeper …", is the column's: its word goes on below.)
    while (end < lines.length && end - index < maximumLines && (lines[end] as string).length <= short && (!STARTS_LOWER.test(lines[end] as string) || titleAbove(end)) && !ENDS_IN_HYPHEN().test(lines[end] as string)) end++
    // Where the line after them does not pick the sentence up, a short lower-case line among them that ends a sentence may (the
    // column's last line, after a title the sidebar's next line would have continued).
    const resumes = (at: number): boolean => {
      const resumed = lines[at]
      const between = lines.slice(index, at)
      if (at === index || resumed === undefined || !(resumesInLowerCase(resumed) || resumesWithCapital(cut, between, resumed, width, sidebar.has(index - 2)))) return false
      // A column-wide line resumes it: the sidebar's lines are short beside that line too (not a narrower paragraph's lines);
      // a short line resumes it only after lines that open otherwise than in lower case.
      return !(resumed.length > short ? between.some((line) => line.length > resumed.length * shortShare) : between.some((line) => STARTS_LOWER.test(line)))
    }
    if (!resumes(end)) {
      const last = lines.slice(index, end).findIndex((line) => STARTS_LOWER.test(line) && endsSentence(line))
      if (last < 1 || !resumes(index + last)) continue
      end = index + last
    }
    for (let at = index; at < end; at++) sidebar.add(at)
    // The sidebar's heading beside the line above ("KEY FACTS"), after a finished sentence.
    const above = lines[index - 2]
    if (above !== undefined && index >= 3 && above.length <= short && !STARTS_LOWER.test(above) && countWords(above) <= 5 && !endsSentence(above, true) && endsSentence(lines[index - 3] as string)) {
      sidebar.add(index - 2)
    }
    index = end
  }
  return sidebar
}

/** A line that goes on with a sentence in lower case: two words or more, or one that ends it ("harmony."). */
function resumesInLowerCase(line: string): boolean {
  return RESUMES_IN_LOWER_CASE().test(line) || (STARTS_LOWER.test(line) && !line.includes(' ') && endsSentence(line))
}

/** Share of a line's words that open in lower case. */
function lowerShare(line: string): number {
  const words = line.split(' ')
  return words.filter((word) => STARTS_LOWER.test(word)).length / words.length
}

/**
 * A prose line of the column picks the sentence up with a capital (a name: "Massachusetts Gov. Michael Dukakis") after
 * very short lines that finish nothing (menu items): both halves read as prose and fill most of the column (a dek over
 * a byline and the first line of the text does not). The first of those lines may open in lower case when it `goesOn`
 * with a sidebar line cut out two lines above (the sidebar's title wrapped, its lines alternating with the column's).
 */
function resumesWithCapital(cut: string, between: readonly string[], resumed: string, width: number, goesOn: boolean): boolean {
  return (
    resumed.length >= width * 0.7 && cut.length >= width * 0.7 && lowerShare(resumed) >= 0.5 && lowerShare(cut) >= 0.5 && !cut.endsWith(':') &&
    between.every((line, at) => line.length <= Math.min(cut.length, width) * 0.45 && (!STARTS_LOWER.test(line) || (goesOn && at === 0)) && !endsSentence(line, true) && !/\d/u.test(line))
  )
}
