/**
 * The article's own date, for `parseArticle` when no `referenceDate` option is given.
 * In order of trust:
 *
 * 1. a "Published …" / "Posted …" / "First published …" line near the top or the end;
 * 2. the dateline ("WASHINGTON, Feb. 10, 2022 (AP) —");
 * 3. an "Updated …" / "Last modified …" line, or the line right above it when that is only a date (the
 *    first publication's);
 * 4. a short line near the top that is only a date ("Thursday, February 10, 2022",
 *    "10.02.2022 14:05" is not read: day-month order is ambiguous, but "29/11/2026" is), or such a cell of a
 *    masthead or section bar ("THE LEDGER      Tuesday, March 4, 2025", "Politics | Feb. 10, 2022").
 *
 * Only a full calendar date counts (a year, a month and a day): "Feb. 10" alone does not
 * say which year. Dates inside URLs never count (URLs are single tokens to the finder).
 * Only the first and last lines (within the first and last 10,000 characters) are read,
 * so the cost does not grow with the article.
 *
 * @internal
 */
import {isSpace, type Line, splitLines} from '../segment/lines.js'
import type {ReferenceDate, Segments} from '../types.js'
import {tokenize} from '../entities/tokens.js'
import {findDates} from '../entities/dates/index.js'

/** How many non-blank lines at each end of the input are read. */
const edgeLines = 12
/** Longest line read (a date line is short). */
const maxLine = 200

const publishedLabel = /^(?:first\s{1,3})?(?:published|posted|pubblicato|publi[ée])\b/i
const updatedLabel = /^(?:last\s{1,3})?(?:updated|modified|last\s{1,3}modified|revised)\b/i
/** An ISO timestamp at the start of a date: 2022-02-10T08:00:00Z. */
const isoStamp = /(?:^|[^\d/.-])(\d{4})-(\d{2})-(\d{2})(?:[T\s]\d{2}:\d{2}|(?![\d-]))/

/**
 * Find the date the article gives itself, and say where it came from.
 *
 * @example
 * ```ts
 * findArticleDate('Published: Feb. 10, 2022\n\nText.', {captions: [], body: [], notes: [], references: []})
 * // {value: '2022-02-10', source: 'published'}
 * ```
 */
export function findArticleDate(input: string, segments: Segments, inputLines: readonly Line[] = splitLines(input)): ReferenceDate | undefined {
  const lines = edgeTexts(input, inputLines).filter((text) => text.length > 0 && text.length <= maxLine).map((text) => ({text}))
  const edges = lines.length <= edgeLines * 2 ? lines : [...lines.slice(0, edgeLines), ...lines.slice(-edgeLines)]
  const labelled = (label: RegExp): {value: string; at: number} | undefined => {
    for (const [at, line] of edges.entries()) {
      if (!label.test(line.text)) continue
      const value = fullDateIn(line.text.replace(label, ''))
      if (value) return {value, at}
    }
    return undefined
  }
  const published = labelled(publishedLabel)
  if (published) return {value: published.value, source: 'published'}
  const dateline = segments.dateline ? fullDateIn(segments.dateline.text) : undefined
  if (dateline) return {value: dateline, source: 'dateline'}
  const updated = labelled(updatedLabel)
  // A date alone on the line above "Last modified …" is when the article was first published (The Guardian: "Wed 29 Jul
  // 2026 18.02 BST" / "Last modified on Thu 30 Jul 2026 08.15 BST").
  const above = updated && edges[updated.at - 1]?.text
  const first = above && isMostlyDate(above) ? fullDateIn(above) : undefined
  if (first) return {value: first, source: 'date-line'}
  if (updated) return {value: updated.value, source: 'updated'}
  for (const line of lines.slice(0, edgeLines)) {
    // A cell of a masthead or section bar ("THE HARBOR CITY LEDGER      Tuesday, March 4, 2025", "Politics | Feb. 10, 2022") counts as a line.
    for (const raw of line.text.split(CELL_GAP)) {
      if (raw.length > 80) continue
      const cell = raw.replace(YEAR_GLUED_TO_TIME, '$1 $2')
      const value = fullDateIn(cell)
      if (value && isMostlyDate(cell)) return {value, source: 'date-line'}
    }
  }
  return undefined
}

/** A year with the clock time glued to it, as NPR's page copies: "November 19, 20265:00 AM ET". */
const YEAR_GLUED_TO_TIME = /\b((?:19|20)\d{2})(\d{1,2}:\d{2})/u

/** What separates the cells of a masthead or section bar: a wide gap, a tab, a bar or a middle dot. */
const CELL_GAP = / {3,}|\t+| [|·•] /u

/**
 * The first full calendar date in `text` ("Feb. 10, 2022", "2022-02-10T08:00Z"), as YYYY-MM-DD.
 *
 * @example
 * ```ts
 * fullDateIn('Updated: Feb. 10, 2022, 14:05') // '2022-02-10'
 * fullDateIn('Published on 29/11/2026 - 18:22 GMT+1') // '2026-11-29'
 * ```
 */
export function fullDateIn(text: string): string | undefined {
  const stamp = isoStamp.exec(text)
  if (stamp) {
    const value = `${stamp[1]}-${stamp[2]}-${stamp[3]}`
    if (isCalendarDate(value)) return value
  }
  for (const date of findDates(tokenize(text), undefined)) {
    // A full date, or a time on a full date ("6:42 a.m. CT Aug. 24, 2023" → 2023-08-24T06:42).
    if ((date.type === 'DATE' || date.type === 'TIME') && date.value && /^\d{4}-\d{2}-\d{2}(?:$|T)/.test(date.value)) return date.value.slice(0, 10)
  }
  return numericDate(text)
}

const NUMERIC_DATE = /(?:^|[^\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\d/.])/

/** A numeric date whose day-month order only one reading allows ("29/11/2026"; the date grammar reads "11/29/2026" and "10/11/2026" month first before this is tried). */
function numericDate(text: string): string | undefined {
  const match = NUMERIC_DATE.exec(text)
  if (!match) return undefined
  const [day, month] = [Number(match[1]), Number(match[2])]
  if (day <= 12 || month > 12) return undefined
  const value = `${match[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  return isCalendarDate(value) ? value : undefined
}

/** Characters read at each end of a long input. */
const edgeChars = 10_000

/**
 * The (trimmed) texts of the lines within the first and the last `edgeChars` characters
 * of a long input, a line cut at either bound cut there too; of every line when the
 * input is short.
 *
 * @example
 * ```ts
 * edgeTexts(longInput, splitLines(longInput)) // the texts of the lines of the first and last 10,000 characters
 * ```
 */
export function edgeTexts(input: string, lines: readonly Line[]): string[] {
  if (input.length <= 2 * edgeChars) return lines.map((line) => line.text)
  const tail = input.length - edgeChars
  const head = lines.filter((line) => !line.blank && line.start < edgeChars).map((line) => (line.end <= edgeChars ? line.text : trimEnd(input, line.start, edgeChars)))
  const end = lines.filter((line) => !line.blank && line.end > tail).map((line) => (line.start >= tail ? line.text : trimStart(input, tail, line.end)))
  return [...head, ...end]
}

function trimEnd(input: string, start: number, end: number): string {
  while (end > start && isSpace(input.charCodeAt(end - 1))) end--
  return input.slice(start, end)
}

function trimStart(input: string, start: number, end: number): string {
  while (start < end && isSpace(input.charCodeAt(start))) start++
  return input.slice(start, end)
}

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

/** A line that is a date and little else: "Thursday, February 10, 2022 14:05 GMT", "By AFP · Feb. 10, 2022". */
function isMostlyDate(text: string): boolean {
  const dates = findDates(tokenize(text), undefined)
  const covered = dates.reduce((sum, date) => sum + date.text.length, 0)
  const letters = text.replace(/[^\p{L}\p{N}]/gu, '').length
  return letters > 0 && covered / text.length >= 0.4
}
