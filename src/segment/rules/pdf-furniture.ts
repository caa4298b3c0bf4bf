/**
 * Rule: page furniture of printed or PDF-extracted text is neither body nor a
 * reference: page numbers ("3", "Page 3 of 8", "- 3 -"), browser print stamps
 * ("11/24/26, 6:32 PM Title", "file:///home/a.html 1/8", "https://site/page 2/8").
 *
 * @internal
 */
import {countWords, endsSentence} from '../text-shape.js'
import {HAS_LETTER} from '../../internal/letter-patterns.js'
import {onFirstUse} from '../../internal/on-first-use.js'

const pageNumber = /^(?:[-–—]\s?)?(?:page\s)?\d{1,4}(?:\s?(?:of|\/)\s?\d{1,4})?(?:\s?[-–—])?$/i
const printStamp = /^\d{1,2}\/\d{1,2}\/\d{2,4},?\s\d{1,2}:\d{2}(?:\s?[AP]M)?\b/i
const pageUrl = /^(?:file:\/\/|https?:\/\/)\S{1,2000}\s{1,20}\d{1,4}\/\d{1,4}$/i
/** A newspaper's jump line: "Continued on A5", "Continued from Page 1", "From A3", "FERRY, from Page A1", "See FERRY, A5". */
const jumpLine = /^(?:(?:continued|cont['’]?d\.?) (?:on|from) (?:page |p\. ?)?[A-Z]?\d{1,3}|(?:[A-Z][A-Z'’ -]{0,40},? )?from (?:(?:page |p\. ?)[A-Z]?\d{1,3}|[A-Z]\d{1,3}))[A-Z]?\.?$/i
/** "See FERRY, A5", "SEE FERRY ON PAGE A5" (the jump head in capitals, so "See you at 5" is not one). */
const SEE_JUMP = onFirstUse(() => RegExp(String.raw`^(?:See|SEE|Turn to|TURN TO) [\p{Lu}'’ -]{2,40}(?:,| on| ON)? (?:[Pp]age |PAGE |[Pp]\. ?)?[A-Z]?\d{1,3}[A-Z]?\.?$`, 'u'))
/** A lower-case word alone on a line (a narrow column's wrap, never a running header). */
const LOWER_CASE_WORD = onFirstUse(() => RegExp(String.raw`^\p{Ll}+$`, 'u'))

/**
 * Whether `line` is page furniture.
 *
 * @example
 * ```ts
 * isPageFurniture('11/24/26, 6:32 PM Belarus drills | The Moscow Times') // true
 * isPageFurniture('file:///C:/Users/me/article.html 1/8') // true
 * isPageFurniture('Page 2 of 8') // true
 * isPageFurniture('Report No. PW-2026-041      Page 1 of 3') // true
 * isPageFurniture('Continued on A5') // true
 * isPageFurniture('2022 was a year of drills.') // false
 * ```
 */
export function isPageFurniture(line: string): boolean {
  if (line.length > 2100) return false
  return pageNumber.test(line) || printStamp.test(line) || pageUrl.test(line) || jumpLine.test(line) || SEE_JUMP().test(line) || (line.length <= 160 && pagedHeader.test(line))
}

/** A running header or footer that ends with the page's number: "PW-2026-041      Page 2 of 3", "Staff report Page 1 of 3". */
const pagedHeader = /\spage \d{1,4} of \d{1,4}$/i

const JUMP_HEAD = onFirstUse(() => RegExp(String.raw`^[\p{Lu}\d'’ -]+$`, 'u'))
const jumpFrom = /^from (?:page |p\. ?)?[A-Z]?\d{1,3}[A-Z]?\.?$/i

/**
 * Whether `line` is the jump head over a "From A3" line: the story's key word in capitals
 * ("FERRY") that a newspaper sets above its continuation.
 *
 * @example
 * ```ts
 * isJumpHead('FERRY', 'From A3') // true
 * isJumpHead('FERRY', 'The ferry sailed.') // false
 * ```
 */
export function isJumpHead(line: string, next: string): boolean {
  return line.length <= 40 && JUMP_HEAD().test(line) && jumpFrom.test(next)
}

/**
 * Running headers and footers: short lines that repeat at least three times in the
 * text, or twice beside a page number or print stamp (page numbers inside them
 * ignored). Returns their normalized keys.
 *
 * @example
 * ```ts
 * runningLines(['The Daily Planet', 'x', 'The Daily Planet', 'y', 'The Daily Planet']).has(furnitureKey('The Daily Planet')) // true
 * ```
 */
export function runningLines(lines: readonly string[]): Set<string> {
  const counts = new Map<string, number>()
  const besideFurniture = new Set<string>()
  const headings = new Map<string, number>()
  const notHeading = new Set<string>()
  const firstSeen = new Map<string, string>()
  const paged = new Set<string>()
  // Each line tested once: the checks below look at neighbours of many lines.
  const furniture = lines.map((line) => line.length > 0 && isPageFurniture(line))
  lines.forEach((line, index) => {
    // A sentence is text, even repeated: headers and footers do not end in a full stop. Nor is a lower-case word alone a
    // header: a narrow column wraps "conglomerate" onto a line of its own wherever it falls at a line's end.
    // Nor a word read inside a sentence, under a line that ends with a comma, no blank between ("As the raid was occurring," /
    // "Samsung" / "Electronics said …": a name a narrow column wraps onto a line of its own).
    if (line.length === 0 || line.length > 100 || (endsSentence(line) && countWords(line) >= 6) || LOWER_CASE_WORD().test(line) || (!line.includes(' ') && lines[index + 1] && lines[index - 1]?.endsWith(','))) return
    const key = furnitureKey(line)
    counts.set(key, (counts.get(key) ?? 0) + 1)
    const first = firstSeen.get(key)
    if (first === undefined) firstSeen.set(key, line)
    else if (turnsPage(first, line)) paged.add(key)
    if (furniture[neighbour(lines, index, -1)] || furniture[neighbour(lines, index, 1)]) besideFurniture.add(key)
    // A line at a page break says nothing either way (a header there stands apart too).
    if (nearPageBreak(furniture, index)) return
    if (isSectionHeading(lines, furniture, index)) headings.set(key, (headings.get(key) ?? 0) + 1)
    else notHeading.add(key)
  })
  const keys = new Set<string>()
  for (const [key, count] of counts) {
    // The same subheading over each section of an article ("The official account") is text:
    // its lines stand between text as a heading (or at a page break, the page's furniture near).
    if ((headings.get(key) ?? 0) >= 2 && !notHeading.has(key)) continue
    // Three times anywhere, or twice when it stands beside a page number or print stamp (a two-page text).
    // Twice with the next page's number ("THE LEDGER … Page A2", "… Page A3") too.
    const repeated = count >= 3 || (count === 2 && (besideFurniture.has(key) || paged.has(key)))
    if (repeated && HAS_LETTER.test(key) && !/^[-_=*~·•.]{1,100}$/u.test(key)) keys.add(key)
  }
  return keys
}

/**
 * Whether `later` is `first` on the next page: the same words (three or more) and numbers but
 * for the last number, one higher ("… Page A2", "… Page A3").
 */
function turnsPage(first: string, later: string): boolean {
  const a = first.split(/(\d+)/u)
  const b = later.split(/(\d+)/u)
  const last = a.length - 2
  if (first.length > 100 || last < 1 || a.length !== b.length || countWords(a.filter((_, at) => at % 2 === 0).join(' ')) < 3) return false
  return a.every((part, at) => (at === last ? Number(b[at]) === Number(part) + 1 : part === b[at]))
}

/** The index of the nearest non-blank line above (`step` -1) or below (1) line `index`, blank lines skipped. */
function neighbour(lines: readonly string[], index: number, step: 1 | -1): number {
  let at = index + step
  while (lines[at] === '') at += step
  return at
}

/** Whether a page number, print stamp or page URL stands within four lines of line `index`. */
function nearPageBreak(furniture: readonly boolean[], index: number): boolean {
  for (let at = Math.max(0, index - 4); at <= index + 4 && at < furniture.length; at++) if (at !== index && furniture[at]) return true
  return false
}

const IS_SECTION_HEADING_PATTERN = onFirstUse(() => RegExp(String.raw`^["“‘'(]?\p{Lu}`, 'u'))

/**
 * A short line without digits set apart by blank lines above a paragraph that opens with
 * a capital, or in PDF text (no blank lines) between a text line and a line of 8+ words
 * that opens with a capital: a subheading (a running header carries a date, a page
 * number or a title, or touches the page's furniture).
 */
function isSectionHeading(lines: readonly string[], furniture: readonly boolean[], index: number): boolean {
  const line = lines[index] as string
  if (/\d/u.test(line) || countWords(line) > 8) return false
  const before = lines[index - 1] ?? ''
  // Between blank lines, or (PDF text, no blank lines) between two text lines.
  const apart = before === '' && lines[index + 1] === ''
  const inline = !apart && before !== '' && lines[index + 1] !== '' && furniture[index - 1] !== true
  const next = (apart ? lines[index + 2] : lines[index + 1]) ?? ''
  return (apart || inline) && IS_SECTION_HEADING_PATTERN().test(next) && countWords(next) >= 8
}

/**
 * A line with its digits folded, so "Page 2" and "Page 3" share a key.
 *
 * @example
 * ```ts
 * furnitureKey('Page 2 of 8') // 'page # of #'
 * ```
 */
export function furnitureKey(line: string): string {
  return line.toLowerCase().replace(/\d+/gu, '#')
}
