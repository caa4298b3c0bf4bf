/**
 * Third stage: runs of text lines become paragraph candidates. Hard-wrapped text (lines
 * of similar width, as in PDF extractions and e-mail) is unwrapped; a run without blank
 * lines is split where a line that ends a sentence is clearly shorter than the column
 * or the next line is indented, and after a short unfinished line followed by a capital
 * (a headline above the text). Text whose lines are long (one paragraph a line) keeps
 * a paragraph a line.
 *
 * @internal
 */
import type {Line} from './lines.js'
import {columnWidth, countWords, endsSentence, startsLower} from './text-shape.js'
import {isByLine} from './rules/byline.js'
import {findDateline} from './rules/dateline.js'
import {isList, itemShape, listMarker} from './rules/list-item.js'
import {opensWriterContact} from './rules/note-kind.js'
import {boilerplateKind} from './rules/boilerplate.js'
import {isCreditLine} from './rules/credit.js'
import {STARTS_LOWER, STARTS_UPPER} from '../internal/letter-patterns.js'
import {onFirstUse} from '../internal/on-first-use.js'

/** Lines longer than this are not hard-wrapped: each is a paragraph of its own. */
const softWrapWidth = 160

/** Lines up to this long are hard-wrapped when most of them fill the column (a PDF page in small type). */
const wideWrapWidth = 200

/** Boilerplate that a finished sentence does not run on into (a teaser's "more" may end its teaser: navigation is not here). */
const FURNITURE_BELOW = new Set(['links', 'share', 'newsletter', 'ad'])

/** A title opens with a capital or a number ("7 Advantages of D2D Backup"). */
const STARTS_TITLE = onFirstUse(() => RegExp(String.raw`^[\p{Lu}\d]`, 'u'))

const STARTS_CAPITAL_OR_ITEM = onFirstUse(() => RegExp(String.raw`^(?:\p{Lu}|[-•*▪●–·\d])`, 'u'))

/**
 * Split a run of consecutive text lines into paragraphs (each a list of lines).
 *
 * @example
 * ```ts
 * const source = 'A first paragraph wrapped in a column that\nends here.\nA second one starts here and\ngoes on.'
 * splitRun(source, splitLines(source)).length // 2
 * ```
 */
export function splitRun(source: string, run: readonly Line[]): Line[][] {
  if (run.length <= 1) return [run.slice()]
  // Hard-wrapped (a sentence runs on to a line that opens in lower case): only there does a short line stand out.
  const wrapped = run.some((line, index) => index > 0 && STARTS_LOWER.test(line.text) && !endsSentence((run[index - 1] as Line).text, true))
  const width = columnWidth(run.map((line) => line.text.length), wrapped)
  // A PDF page in small type sets wider lines: a wrapped run of which three lines and a third fill the column is hard-wrapped
  // up to a wider column (lines of a paragraph each, as a browser copies them, vary in length).
  const full = run.filter((line) => line.text.length >= width * 0.8).length
  if (width > (wrapped && full >= 3 && full * 3 >= run.length ? wideWrapWidth : softWrapWidth)) return run.map((line) => [line])
  const indents = run.map((line) => indentOf(source, line))
  // The smallest indent of the run: the indent of ordinary lines.
  const usual = indents.reduce((least, indent) => Math.min(least, indent))
  // A list: each marker opens an item. A table: each row is its own paragraph.
  const list = isList(run.map((line) => line.text))
  const table = run.filter((line) => isTableRow(line.text)).length >= 2
  const captions = captionStarts(run)
  const paragraphs: Line[][] = []
  let current: Line[] = []
  run.forEach((line, index) => {
    const previous = run[index - 1]
    const opensItem =
      (list && listMarker(line.text) !== undefined) ||
      (table && (isTableRow(line.text) || (previous !== undefined && isTableRow(previous.text)))) ||
      // Items without markers ("Matt Allen (Creighton University)" / "George Josten (Gonzaga)").
      (previous !== undefined && STARTS_UPPER.test(line.text) && itemShape(line.text) !== undefined && itemShape(previous.text) === itemShape(line.text))
    if (previous && current.length > 0 && opensItem) {
      paragraphs.push(current)
      current = []
    } else if (previous && current.length > 0) {
      // The line is short, or the next line's first word would have fitted on it: the break was deliberate.
      const firstWord = line.text.split(/\s/u)[0] ?? ''
      const fits = previous.text.length + 1 + firstWord.length < width * 0.9
      const short = fits || previous.text.length < width * 0.75
      const indented = (indents[index] ?? 0) > usual
      // A first line that opens with a dateline ("KYIV (Reuters) - Gen. Mark" / "Milley, …") starts the body: no headline does.
      // A line that opens in lower case is inside a sentence: it ends short only where the next word would have fitted (in a
      // narrow column "concert by the Northgate" / "Philharmonic, …" is a wrap, not a heading), and so is a short line under one
      // that ends with a comma ("Separately," / "Samsung" / "Electronics said …").
      const heading =
        (STARTS_LOWER.test(previous.text) ? fits : short) &&
        !endsSentence(previous.text, true) &&
        !/[,\-–—]$/u.test(previous.text) &&
        STARTS_UPPER.test(line.text) &&
        !(current.length === 1 && findDateline(previous.text)) &&
        !current.at(-2)?.text.endsWith(',') &&
        !isSentenceSoFar(current, width) &&
        !isProseLine(previous.text)
      // A short sentence ending with a colon introduces what follows ("Below is the list of players:"), and so does a label over
      // items ("Key Features:" / "Processor: 1.2GHz"); a label over other lines ("Media Contact:" / "Jordan Lee") heads them.
      const intro = previous.text.endsWith(':') && ((short && countWords(previous.text) >= 4) || itemShape(line.text) !== undefined) && STARTS_CAPITAL_OR_ITEM().test(line.text)
      // A note on how to reach the writer after the last sentence ("Joe Marino can be reached at") is a block of its own, and
      // so is a rights line ("© Copyright 2008 …") under a last line that fills the column.
      const contact = endsSentence(previous.text) && (opensWriterContact(line.text) || /^(?:©|\(c\)|copyright\b)/iu.test(line.text))
      // So is a page's link or button after a finished sentence ("… Ukrainska Pravda." / "Read more"), unless a sentence goes on under it.
      const furniture = endsSentence(previous.text) && FURNITURE_BELOW.has(boilerplateKind(line.text) ?? '') && !STARTS_LOWER.test(run[index + 1]?.text ?? '')
      // A byline under a headline line ("Island ferry keeps winter sailings" / "By Megan Doyle") opens a block of its own.
      const byline = !endsSentence(previous.text, true) && isByLine(line.text)
      // A title after a finished sentence (a subheading, a link-list heading, a teaser card's title) is a block of its own,
      // even under a line that fills the column: short, unfinished, not a menu line, over a capital or the run's end.
      const next = run[index + 1]
      const title = wrapped && endsSentence(previous.text) && isTitleLine(line.text, width) && (next === undefined || STARTS_UPPER.test(next.text))
      // After a finished sentence, the next word fitting in the whole column is enough (pdftotext keeps no blank line or indent
      // between paragraphs; a paragraph's last line often fills most of the column).
      const finished = endsSentence(previous.text) && (short || indented || previous.text.length + 1 + firstWord.length < width)
      if (finished || heading || intro || contact || furniture || title || byline || captions.has(index)) {
        paragraphs.push(current)
        current = []
      }
    }
    current.push(line)
  })
  if (current.length > 0) paragraphs.push(current)
  return paragraphs
}

/** Most lines of a photo's caption set in the column above its credit. */
const captionLines = 3

/**
 * Where a photo's caption starts inside a run of PDF text: the lines over a credit line ("Residents at Bayview Estates" /
 * "listen during Monday's hearing." / "TERESA OKAFOR/LEDGER"), from the line after the last finished sentence above, up
 * to three lines.
 */
function captionStarts(run: readonly Line[]): Set<number> {
  const starts = new Set<number>()
  run.forEach((line, index) => {
    if (index < 2 || !endsSentence((run[index - 1] as Line).text) || !isCreditLine(line.text)) return
    let start = index - 1
    while (start > 0 && index - start < captionLines && !endsSentence((run[start - 1] as Line).text)) start--
    if (start > 0 && endsSentence((run[start - 1] as Line).text)) starts.add(start)
  })
  return starts
}

/**
 * Whether the paragraph so far ends inside a sentence that runs on: from the line after the last finished sentence,
 * lines that fill most of the column but the last, one wrapped in lower case, 15 words or more, at least 0.6 of them
 * lower case. (A heading ends no such lines; a run of teaser titles wraps them ragged.)
 */
function isSentenceSoFar(lines: readonly Line[], width: number): boolean {
  let from = lines.length - 1
  while (from > 0 && !endsSentence((lines[from - 1] as Line).text, true)) from--
  const sentence = lines.slice(from)
  const words = sentence.flatMap((line) => line.text.split(' '))
  return (
    sentence.some((line, index) => index > 0 && startsLower(line.text)) &&
    sentence.every((line, index) => index === sentence.length - 1 || line.text.length >= width * 0.4) &&
    words.length >= 15 &&
    words.filter(startsLower).length >= words.length * 0.6
  )
}

/** A line of running prose, no heading: fifteen words or more, seven in ten of them lower case. */
function isProseLine(text: string): boolean {
  const words = text.split(' ')
  return words.length >= 15 && words.filter(startsLower).length >= words.length * 0.7
}

/** A title line in a column of `width`: short, opening with a capital or a number, unfinished, no menu bar. */
function isTitleLine(text: string, width: number): boolean {
  return text.length < width * 0.75 && STARTS_TITLE().test(text) && !endsSentence(text, true) && !/[,:;\-–—]$/u.test(text) && !text.includes('|')
}

/**
 * Whether a line is a table row: cells apart by a tab or a run of 3+ spaces.
 *
 * @example
 * ```ts
 * isTableRow('London\t4.9\t+0.1') // true
 * isTableRow('| London | 4.9 | +0.1 |') // true
 * isTableRow('An ordinary line of text.') // false
 * ```
 */
export function isTableRow(line: string): boolean {
  return /\S(?:\t|\s{3,})\S/u.test(line) || isPipeRow(line)
}

/**
 * A row of a table pasted with its bars ("| Sau | 165 hm3 | 1% |"): a bar at each end and
 * two cells or more.
 *
 * @example
 * ```ts
 * isPipeRow('| Sau | 165 hm3 | 1% |') // true
 * isPipeRow('Home | News | Sport') // false
 * ```
 */
export function isPipeRow(line: string): boolean {
  return /^\s*\|(?:[^|]*\|){2,}\s*$/u.test(line)
}

/** Number of whitespace characters before the line's content on its own line. */
function indentOf(source: string, line: Line): number {
  let index = line.start
  while (index > 0) {
    const code = source.charCodeAt(index - 1)
    if (code === 10 || code === 13) break
    index--
  }
  return line.start - index
}
