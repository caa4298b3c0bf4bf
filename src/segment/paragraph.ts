/**
 * Build a body paragraph from source spans.
 *
 * @internal
 */
import {stitch, type StitchedText} from '../internal/offset-map.js'
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
export function stitchParagraph(source: string, lines: readonly Span[]): {paragraph: Paragraph; stitched: StitchedText} {
  const spans = lines.flatMap((line) => pieces(source, line))
  const stitched = stitch(source, [spans], {dehyphenate: true})
  return {paragraph: {text: stitched.text, spans}, stitched}
}
