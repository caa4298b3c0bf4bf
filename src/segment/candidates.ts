/**
 * Paragraph candidates: the text lines of the input grouped into paragraphs, in order,
 * each with its source lines and the facts later rules look at.
 *
 * @internal
 */
import type {Line} from './lines.js'
import type {LineRole} from './line-roles.js'
import {isPipeRow, isTableRow, splitRun} from './reflow.js'
import {itemShape, listMarker} from './rules/list-item.js'
import {boilerplateKind, type BoilerplateKind} from './rules/boilerplate.js'
import {countWords, endsSentence} from './text-shape.js'
import {isStampLine} from './rules/stamp.js'
import {isSiteName, noteKind, opensNote} from './rules/note-kind.js'
import {isCommentCount} from './rules/comment-thread.js'
import {onFirstUse} from '../internal/on-first-use.js'
import {STARTS_UPPER_OR_DIGIT} from '../internal/letter-patterns.js'
import {withoutGluedItems} from './rules/pdf-glued.js'

/**
 * A paragraph candidate.
 *
 * @example
 * ```ts
 * const source = 'A line.'
 * const [candidate] = toCandidates(source, splitLines(source), roleLines(splitLines(source)))
 * candidate?.words // 2
 * ```
 */
export interface Candidate {
  lines: Line[]
  /** The lines' text joined with single spaces. */
  text: string
  words: number
  /** Share of the words that start with a lower-case letter (prose is rarely below 0.2). */
  lower: number
  /** Source offsets of the first and last character. */
  start: number
  end: number
  boilerplate: BoilerplateKind | undefined
  /** Whether it opens a run of text lines (a blank line or a non-text line stands before it). */
  afterGap: boolean
  /** The URL of a bare-URL line right after it (blank lines between allowed). */
  nextUrl?: string
  /** One item of a bulleted or numbered list. */
  list?: boolean
  /** One row of a table (cells apart by tabs or runs of spaces). */
  row?: boolean
  /** Characters of its first line left out of the text (a bullet). */
  skip?: number
  /** Characters of its last line left out of the text: a wire sign-off after the last sentence (" - Sapa"). */
  signOff?: number
  /** Characters of its last line left out of the text: a link's label after the last sentence (" Read more"). */
  linkLabel?: number
}

/**
 * Group text lines into paragraph candidates.
 *
 * @example
 * ```ts
 * const source = 'One line.\n\nTwo\nlines.'
 * const lines = splitLines(source)
 * toCandidates(source, lines, roleLines(lines)).map((candidate) => candidate.text) // ['One line.', 'Two lines.']
 * ```
 */
export function toCandidates(source: string, read: readonly Line[], roles: readonly LineRole[]): Candidate[] {
  const lines = withoutGluedItems(read, roles)
  const candidates: Candidate[] = []
  let run: Line[] = []
  const flush = (): void => {
    splitRun(source, run).forEach((paragraph, index) => {
      if (paragraph.length > 0) candidates.push(makeCandidate(paragraph, index === 0))
    })
    run = []
  }
  let pending: Candidate | undefined
  // A date or time stamp ("Published: 16 December 2007") is a block of its own, never part of a paragraph, unless the
  // page has many (a digest of dated teasers, a comment thread: each stamp heads an item).
  // (A PDF's print header on every page is furniture, not counted.)
  const stamps = lines.filter((line, index) => roles[index]?.kind === 'text' && isStampLine(line.text)).length <= 2
  lines.forEach((line, index) => {
    const role = roles[index]
    if (role?.kind === 'text') {
      // A note after a finished sentence ("To contact the reporter on this story: …") opens a block; one of a line is a block of
      // its own, unless it leads into the lines under it ("… can be reached at").
      const previous = run[run.length - 1]
      const note = previous !== undefined && endsSentence(previous.text) && opensNote(line.text, lines[index + 1]?.text, lines[index + 2]?.text)
      if (note) flush()
      // So is a comment count ("7 Comments »") over the thread's first comment.
      // And a labelled line of the page's metadata ("Tags: patents", "Filed under: Sports"), or a site's name ("tech.co.uk").
      if (!(stamps && isStampLine(line.text)) && !isCommentCount(line.text) && !(note && noteKind(line.text) !== undefined && !/(?:\bat|:)$/u.test(line.text)) && boilerplateKind(line.text) !== 'meta' && !isSiteName(line.text)) return void run.push(line)
      flush()
      run = [line]
      flush()
      pending = candidates[candidates.length - 1]
      return
    }
    if (role?.kind === 'sidebar') return
    if (run.length > 0) {
      flush()
      pending = candidates[candidates.length - 1]
    }
    if (role?.kind === 'url' && pending) pending.nextUrl = role.url
    if (role?.kind !== 'blank') pending = undefined
  })
  if (run.length > 0) flush()
  return markItems(candidates)
}

/**
 * List items and table rows: a candidate that opens with a list marker is an item when a
 * neighbour opens with one of the same kind (numbers in order); a one-line candidate
 * with cells is a row when a neighbour is one. A bullet is left out of the item's text.
 */
function markItems(candidates: Candidate[]): Candidate[] {
  const markers = candidates.map((candidate) => listMarker(candidate.text))
  const rows = candidates.map((candidate) => candidate.lines.length === 1 && isTableRow(candidate.lines[0]?.text ?? ''))
  candidates.forEach((candidate, index) => {
    const marker = markers[index]
    if (marker && !candidate.boilerplate) {
      const neighbours = [index - 1, index + 1].filter((other) => {
        const near = markers[other]
        if (!near || near.kind !== marker.kind) return false
        return marker.kind === 'bullet' || Math.abs((near.number ?? 0) - (marker.number ?? 0)) === 1
      })
      if (neighbours.length > 0) {
        candidate.list = true
        if (marker.kind === 'bullet') candidate.skip = marker.length
      }
    }
    if (rows[index] && (rows[index - 1] || rows[index + 1])) {
      candidate.row = true
      // The bars of a pasted table are its cells' edges, not a navigation bar's separators.
      if (candidate.boilerplate === 'navigation' && isPipeRow(candidate.text)) candidate.boilerplate = undefined
    }
  })
  candidates.forEach((candidate, index) => {
    if (candidate.boilerplate || candidate.words < 2 || !candidate.text.endsWith(':')) return
    // Under "Key features:", lines of one shape without markers are its items.
    const shape = itemShape(candidates[index + 1]?.text ?? '')
    for (let at = index + 1; shape && at < candidates.length; at++) {
      const item = candidates[at] as Candidate
      if (item.list || item.boilerplate || itemShape(item.text) !== shape) break
      item.list = true
    }
  })
  markBareItems(candidates)
  return candidates
}

/** Fewest lines of a list without markers between two paragraphs, and the most words of one. */
const bareItems = 3
const bareItemWords = 12

/** Least share of lower-case words of such a list's lines: a list of features is no menu of names ("Opinion & Commentary"). */
const bareItemsLower = 0.6

/**
 * A list without markers between two paragraphs ("Keyless ignition, electronic parking brake" / "Heated and cooled
 * seats" / "Adaptive cruise control"): three or more blocks of one line (two in PDF text) and two to twelve words, none a
 * finished sentence, three in five of their words lower case, with prose (or a list item) right above them and prose
 * right under them.
 */
function markBareItems(candidates: Candidate[]): void {
  let from = 0
  candidates.forEach((candidate, index) => {
    if (!isBareItem(candidate)) {
      from = index + 1
      return
    }
    const after = candidates[index + 1]
    const before = candidates[from - 1]
    // (No bare item is prose: prose under the run ends it.)
    if (index + 1 - from < bareItems || !after || !isProse(after) || !before || !(isProse(before) || before.list)) return
    // In PDF text (the paragraphs around wrapped) an item wrapped on two lines fills its column, and the widest item
    // reaches half across it: another column's titles read between the paragraphs are narrow.
    const width = Math.max(...[before, after].map((paragraph) => (paragraph.lines.length > 1 && !paragraph.list ? widestLine(paragraph) : 0)))
    const items = candidates.slice(from, index + 1)
    let words = 0
    let lower = 0
    let widest = 0
    for (const item of items) {
      if (item.lines.length === 2 && (item.lines[0] as Line).text.length < width * 0.8) return
      words += item.words
      lower += item.lower * item.words
      widest = Math.max(widest, widestLine(item))
    }
    if (widest * 2 >= width && lower >= bareItemsLower * words) for (const item of items) item.list = true
  })
}

function widestLine(candidate: Candidate): number {
  let widest = 0
  for (const line of candidate.lines) widest = Math.max(widest, line.text.length)
  return widest
}

function isBareItem(candidate: Candidate): boolean {
  const {words} = candidate
  return !candidate.boilerplate && !candidate.list && !candidate.row && candidate.lines.length <= 2 && words >= 2 && words <= bareItemWords && !endsSentence(candidate.text) && !isProse(candidate) && STARTS_UPPER_OR_DIGIT.test(candidate.text)
}

/**
 * Join candidates into one (a paragraph that a gap cut in two).
 *
 * @example
 * ```ts
 * mergeCandidates(first, second).text // first.text + ' ' + second.text
 * ```
 */
export function mergeCandidates(first: Candidate, second: Candidate): Candidate {
  const {list, skip} = first
  return {...makeCandidate([...first.lines, ...second.lines], first.afterGap), boilerplate: undefined, ...(list ? {list} : {}), ...(skip ? {skip} : {})}
}

/** A news agency's sign-off or a writer's signature after a finished sentence: " - Sapa", " -- AFP", " -- Aaron Gold", " ? PTI" (a dash lost to "?"). */
const signOff = onFirstUse(() => RegExp(String.raw`(?<=[.!?]["'”’)]?)\s(?:[-–—]{1,2}\s?|\?\s)\p{Lu}[\p{L}]{1,11}(?: \p{Lu}\p{Ll}{1,11}){0,2}$`, 'u'))

/** A link's label after a finished sentence: "… creating 2,000 jobs. Read more" (a newsletter's or a teaser's). */
const LINK_LABEL = /(?<=[.!?]["'”’)]?)\s(?:read more|continue reading|read the full (?:story|article))\s?[»›>…]?$/iu

function makeCandidate(lines: Line[], afterGap: boolean): Candidate {
  const joined = lines.map((line) => line.text).join(' ')
  // The sign-off and the label are short: only the text's end is tried.
  const cut = signOff().exec(joined.slice(-40))?.[0].length ?? 0
  const label = cut > 0 ? 0 : (LINK_LABEL.exec(joined.slice(-40))?.[0].length ?? 0)
  const text = joined.slice(0, joined.length - cut - label)
  const first = lines[0] as Line
  const last = lines[lines.length - 1] as Line
  const words = countWords(text)
  const lower = words === 0 ? 0 : countLowerWords(text) / words
  return {lines, text, words, lower, start: first.start, end: last.end, boilerplate: boilerplateKind(text), afterGap, ...(cut > 0 ? {signOff: cut} : {}), ...(label > 0 ? {linkLabel: label} : {})}
}

/**
 * Whether a candidate reads as running prose: a finished sentence of some length with
 * some lower-case words, or a long run of mostly lower-case words (a list of names or
 * links is neither).
 *
 * @example
 * ```ts
 * isProse(candidateOf('Officials said on Tuesday that the rules would change.')) // true
 * isProse(candidateOf('Home | World | Sport')) // false
 * ```
 */
export function isProse(candidate: Candidate): boolean {
  if (candidate.boilerplate || candidate.lower < 0.2) return false
  return (candidate.words >= 8 && endsSentence(candidate.text)) || (candidate.words >= 25 && candidate.lower >= 0.35)
}

const STARTS_LOWER_WORD = onFirstUse(() => RegExp(String.raw`^[^\p{L}\p{N}]{0,3}\p{Ll}`, 'u'))

/** Words whose first letter (past quotes and brackets) is lower case. */
function countLowerWords(text: string): number {
  let count = 0
  for (const word of text.split(' ')) {
    if (word.length > 0 && STARTS_LOWER_WORD().test(word)) count++
  }
  return count
}
