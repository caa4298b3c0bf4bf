/**
 * Rule: footnotes of a PDF extraction — a rule line ("____", "———") and, under it, lines
 * that open with a plain number ("1 Transport & Environment, …") — are footnote
 * references; their markers in the text, superscripts that became plain digits glued to
 * the punctuation before them ("harbour.1", "years.2 The"), are left out of the body.
 *
 * @internal
 */
import type {Span} from '../../types.js'
import {onFirstUse} from '../../internal/on-first-use.js'

/**
 * Footnotes found under a rule line: the rule's line index and the notes' numbers.
 *
 * @example
 * ```ts
 * const block: FootnoteBlock = {rule: 12, numbers: new Set([1, 2, 3])}
 * ```
 */
export interface FootnoteBlock {
  rule: number
  numbers: Set<number>
}

/** A marker: plain digits glued after a letter and a punctuation mark, before a space or the end. */
const MARKER = onFirstUse(() => RegExp(String.raw`(?<=\p{L}[.,;:!?)"”’])\d{1,3}(?=\s|$)`, 'gu'))

const ruleLine = /^(?:_{3,}|[—–-]{3,}|[_—–-](?:\s?[_—–-]){4,})$/u
const entry = onFirstUse(() => RegExp(String.raw`^(\d{1,3})\s{1,3}(?=\p{L}|["“‘'(])`, 'u'))

/**
 * The footnote lines under a rule: the index of the rule line and the numbers of the
 * notes. Only when the numbers run on by one from the first note's: 1, or a marker the
 * text above carries (a page's notes may start at 2: "counties.2" / "____" / "2 Source, …").
 *
 * @example
 * ```ts
 * footnoteBlock(['Text.', '____', '1 Source, 2024.', '2 Other source.'])
 * // {rule: 1, numbers: new Set([1, 2])}
 * ```
 */
export function footnoteBlock(lines: readonly string[]): FootnoteBlock | undefined {
  // From the last rule line up; each rule reads only the lines down to the rule below it (linear). The markers of the
  // whole text are read once, when a first note is not numbered 1.
  let below = lines.length
  let markers: Set<string> | undefined
  for (let index = lines.length - 2; index >= 0; index--) {
    if (!ruleLine.test(lines[index] ?? '')) continue
    const numbers = new Set<number>()
    let next = 0
    for (let at = index + 1; at < below; at++) {
      const match = entry().exec(lines[at] ?? '')
      if (next === 0 && (lines[at] ?? '').trim() !== '') {
        next = match ? Number(match[1]) : -1
        if (next > 1 && !(markers ??= new Set(lines.join('\n').match(MARKER()))).has(String(next))) next = -1
      }
      if (match && Number(match[1]) === next) numbers.add(next++)
    }
    if (numbers.size > 0) return {rule: index, numbers}
    below = index
  }
  return undefined
}

/**
 * Whether `line` opens a footnote ("1 Source, …"), not a continuation of the one above.
 *
 * @example
 * ```ts
 * opensFootnote('2 Port of Rotterdam Authority, Annual Report 2023.') // true
 * opensFootnote('March 2024.') // false
 * ```
 */
export function opensFootnote(line: string): boolean {
  return entry().test(line)
}

/**
 * Where footnote markers stand in `text`: plain digits glued after a letter and a
 * punctuation mark, before a space or the end, whose number is one of the notes.
 *
 * @example
 * ```ts
 * footnoteMarkers('this week.1 Ships at berth', new Set([1])) // [{start: 10, end: 11}]
 * footnoteMarkers('rose 2.5 percent', new Set([5])) // []
 * ```
 */
export function footnoteMarkers(text: string, numbers: ReadonlySet<number>): Array<{start: number; end: number}> {
  const found: Array<{start: number; end: number}> = []
  for (const match of text.matchAll(MARKER())) {
    if (numbers.has(Number(match[0]))) found.push({start: match.index, end: match.index + match[0].length})
  }
  return found
}

/**
 * `spans` (pieces of the source) with the footnote markers cut out: a piece holding a
 * marker becomes the text before it and the text after it (the spaces after the marker
 * left out too).
 *
 * @example
 * ```ts
 * const source = 'this week.1 Ships at berth'
 * withoutMarkers(source, [{start: 0, end: source.length}], new Set([1]))
 * // [{start: 0, end: 10}, {start: 12, end: 26}]
 * ```
 */
export function withoutMarkers(source: string, spans: readonly Span[], numbers: ReadonlySet<number>): Span[] {
  const kept: Span[] = []
  for (const span of spans) {
    let start = span.start
    for (const marker of footnoteMarkers(source.slice(span.start, span.end), numbers)) {
      if (span.start + marker.start > start) kept.push({start, end: span.start + marker.start})
      start = span.start + marker.end
      while (start < span.end && /\s/u.test(source.charAt(start))) start++
    }
    if (span.end > start) kept.push({start, end: span.end})
  }
  return kept
}

/**
 * `text` with its footnote markers left out ("week.1 Ships" → "week. Ships"), for judging
 * the shape of a line (a paragraph that ends "governments.3" still ends a sentence).
 *
 * @example
 * ```ts
 * textWithoutMarkers('with ports and governments.3', new Set([3])) // 'with ports and governments.'
 * ```
 */
export function textWithoutMarkers(text: string, numbers: ReadonlySet<number>): string {
  const markers = footnoteMarkers(text, numbers)
  if (markers.length === 0) return text
  let kept = ''
  let from = 0
  for (const marker of markers) {
    kept += text.slice(from, marker.start)
    from = marker.end
  }
  return kept + text.slice(from)
}
