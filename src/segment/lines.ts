/**
 * Lines with offsets: the first stage of segmentation.
 *
 * @internal
 */
import type {Span} from '../types.js'

/** One line of the input, its content trimmed of surrounding whitespace. */
export interface Line {
  /** Index of the line, from 0. */
  index: number
  /** The trimmed content. */
  text: string
  /** Where the trimmed content stands in the input (empty span for a blank line). */
  start: number
  end: number
  /** Whether the line is blank (only whitespace, BOM or nothing). */
  blank: boolean
}

/**
 * Split `text` into lines at `\n`, `\r\n` or `\r`, each trimmed of whitespace (spaces,
 * tabs, NBSP, BOM, zero-width space).
 *
 * @example
 * ```ts
 * splitLines('a \r\n\r\n b').map((line) => line.text) // ['a', '', 'b']
 * ```
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let lineStart = 0
  const length = text.length
  for (let index = 0; index <= length; index++) {
    const code = index < length ? text.charCodeAt(index) : 10
    if (code !== 10 && code !== 13) continue
    lines.push(makeLine(text, lines.length, lineStart, index))
    if (code === 13 && text.charCodeAt(index + 1) === 10) index++
    lineStart = index + 1
  }
  return lines
}

function makeLine(text: string, index: number, from: number, to: number): Line {
  let start = from
  let end = to
  while (start < end && isSpace(text.charCodeAt(start))) start++
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--
  return {index, text: text.slice(start, end), start, end, blank: start === end}
}

/** Whitespace, BOM and zero-width characters. */
export function isSpace(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0xfeff || code === 0x200b ||
    code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0x180e
  )
}

/**
 * Cut a span of text into pieces at every whitespace run other than one plain space,
 * so that joining the pieces with single spaces collapses whitespace.
 *
 * @example
 * ```ts
 * pieces('a  b c', {start: 0, end: 6}) // [{start: 0, end: 1}, {start: 3, end: 6}]
 * ```
 */
export function pieces(text: string, span: Span): Span[] {
  const result: Span[] = []
  let start = -1
  for (let index = span.start; index < span.end; index++) {
    const code = text.charCodeAt(index)
    const space = isSpace(code)
    if (!space) {
      if (start === -1) start = index
      continue
    }
    if (start === -1) continue
    const single = code === 32 && !isSpace(text.charCodeAt(index + 1)) && index + 1 < span.end
    if (single) continue
    result.push({start, end: index})
    start = -1
  }
  if (start !== -1) result.push({start, end: span.end})
  return result
}
