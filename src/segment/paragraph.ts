/**
 * Build a body paragraph from source spans.
 *
 * @internal
 */
import {stitch} from '../internal/offset-map.js'
import type {Paragraph, Span} from '../types.js'
import {pieces} from './lines.js'

/**
 * A paragraph from line spans: whitespace collapsed, pieces joined with single spaces,
 * a hyphen that broke a word at a line end undone.
 *
 * @example
 * ```ts
 * toParagraph('govern-\nment  works', [{start: 0, end: 7}, {start: 8, end: 19}]).text // 'government works'
 * ```
 */
export function toParagraph(source: string, lines: readonly Span[]): Paragraph {
  const spans = lines.flatMap((line) => pieces(source, line))
  return {text: stitch(source, [spans], {dehyphenate: true}).text, spans}
}
