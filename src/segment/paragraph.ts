/**
 * Build a body paragraph from source spans.
 *
 * @internal
 */
import {stitch, type StitchedText} from '../internal/offset-map.js'
import type {Paragraph, Span} from '../types.js'
import {pieces} from './lines.js'
import {keepsHyphen, type SeenWords} from './rules/line-end-hyphen.js'
import {HAS_LETTER} from '../internal/letter-patterns.js'

/**
 * A paragraph from line spans: whitespace collapsed, pieces joined with single spaces,
 * a hyphen that broke a word at a line end undone, a compound's hyphen kept
 * (rules/line-end-hyphen.ts).
 *
 * @example
 * ```ts
 * toParagraph('govern-\nment  works', [{start: 0, end: 7}, {start: 8, end: 19}]).text // 'government works'
 * ```
 */
export function toParagraph(source: string, lines: readonly Span[]): Paragraph {
  return stitchParagraph(source, lines).paragraph
}

/**
 * {@link toParagraph}, with the stitched text and its map back to the source (which
 * `parseArticle` joins to find entities, instead of stitching the body again).
 *
 * @example
 * ```ts
 * stitchParagraph('govern-\nment', [{start: 0, end: 7}, {start: 8, end: 12}]).stitched.toSource({start: 6, end: 10})
 * // {start: 6, end: 12}
 * ```
 */
export function stitchParagraph(source: string, lines: readonly Span[], seen?: SeenWords): {paragraph: Paragraph; stitched: StitchedText} {
  const spans = lines.flatMap((line) => pieces(source, line))
  const keepHyphen = (left: Span, right: Span): boolean => keepsHyphen(wordBefore(source, left.end - 1), wordAfter(source, right.start), seen)
  const stitched = stitch(source, [spans], {dehyphenate: true, keepHyphen})
  return {paragraph: {text: stitched.text, spans}, stitched}
}

/** The letters before `at` (a line-end hyphen's offset), back to the start of the word. */
function wordBefore(source: string, at: number): string {
  let start = at
  while (start > 0 && start > at - 40 && HAS_LETTER.test(source.charAt(start - 1))) start--
  return source.slice(start, at)
}

/** The letters from `at` to the end of the word. */
function wordAfter(source: string, at: number): string {
  let end = at
  while (end < source.length && end < at + 40 && HAS_LETTER.test(source.charAt(end))) end++
  return source.slice(at, end)
}

/**
 * The words a text writes whole and with a hyphen inside a line, for the line-end hyphen
 * rule; undefined when no line ends with a hyphen (nothing to decide).
 *
 * @example
 * ```ts
 * seenWords('self-employed workers\nare self-\nemployed')?.hyphenated.has('self-employed') // true
 * ```
 */
export function seenWords(source: string): SeenWords | undefined {
  // Only the words broken at a line end matter: collect them, then look for them once.
  const joined = new Set<string>()
  const dashed = new Set<string>()
  // The line-end hyphens first, then the letters either side (a scan from every letter would be slower).
  for (const match of source.matchAll(/-[ \t]*\r?\n[ \t]*/gu)) {
    let start = match.index
    while (start > 0 && start > match.index - 40 && isAsciiLetter(source.charCodeAt(start - 1))) start--
    const from = match.index + match[0].length
    let end = from
    while (end < from + 40 && isLowerAscii(source.charCodeAt(end))) end++
    if (start === match.index || end === from) continue
    const left = source.slice(start, match.index).toLowerCase()
    const right = source.slice(from, end)
    joined.add(left + right)
    dashed.add(`${left}-${right}`)
  }
  if (joined.size === 0) return undefined
  const whole = new Set<string>()
  const hyphenated = new Set<string>()
  for (const match of source.matchAll(/[A-Za-z]+(?:-[A-Za-z]+)*/gu)) {
    const word = match[0].toLowerCase()
    if (joined.has(word)) whole.add(word)
    else if (dashed.has(word)) hyphenated.add(word)
  }
  return {whole, hyphenated}
}

function isLowerAscii(code: number): boolean {
  return code >= 97 && code <= 122
}

function isAsciiLetter(code: number): boolean {
  return isLowerAscii(code) || (code >= 65 && code <= 90)
}
