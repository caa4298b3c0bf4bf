/**
 * Text built from pieces of a source (body paragraphs joined with blank lines, each
 * paragraph its lines joined with spaces) and the map back from offsets in that text
 * to offsets in the source.
 *
 * @internal
 */
import type {Span} from '../types.js'
import {lastAtOrBefore} from './search.js'
import {HAS_LOWER} from './letter-patterns.js'

/** One piece: `text.slice(at, at + (end - start))` is `source.slice(start, end)`. */
export interface Piece {
  at: number
  start: number
  end: number
}

/** A text stitched together from source pieces, able to map spans back. */
export interface StitchedText {
  text: string
  /** Map a span of `text` to the span of the source it came from. */
  toSource(span: Span): Span
  /** Where each source piece stands in `text`, in order. */
  readonly pieces: readonly Piece[]
}

/**
 * The pieces, their list and the stitched text are made by `new` and `Array.of`, not as
 * literals, on purpose: V8 counts how many objects of a literal (`{…}`, `[]`) outlive a
 * young-generation collection and, when most do, makes that literal's objects in the old
 * generation from then on. A long article's body (stitched once, kept through the call)
 * taught it that, and the quote finder's paragraph views (stitched by the thousand, each
 * let go after its paragraph) then piled up as old garbage until the next full
 * collection: 15 MB at 5 MB of input (docs/results-performance.md, Session 9). Objects
 * made by `new` or a built-in are not pretenured so.
 */
class SourcePiece implements Piece {
  declare at: number
  declare start: number
  declare end: number
  constructor(at: number, start: number, end: number) {
    this.at = at
    this.start = start
    this.end = end
  }
}

class Stitched implements StitchedText {
  declare text: string
  declare pieces: readonly Piece[]
  declare toSource: (span: Span) => Span
  constructor(text: string, pieces: Piece[]) {
    this.text = text
    this.pieces = pieces
    this.toSource = (span) => mapSpan(pieces, span)
  }
}

/**
 * Stitch `parts` into one text. Each part is a list of source spans; within a part
 * they are joined with a space, or with nothing at a line-end hyphen between two
 * lower-case letters (`dehyphenate`): the hyphen is dropped, unless `keepHyphen` says it
 * is a compound's ("self-employed"). Parts are separated by `separator`.
 *
 * @example
 * ```ts
 * const stitched = stitch('ab\ncd', [[{start: 0, end: 2}, {start: 3, end: 5}]])
 * stitched.text // 'ab cd'
 * stitched.toSource({start: 1, end: 4}) // {start: 1, end: 4}
 * ```
 */
export function stitch(
  source: string,
  parts: ReadonlyArray<ReadonlyArray<Span>>,
  options: {separator?: string; dehyphenate?: boolean; keepHyphen?: (left: Span, right: Span) => boolean} = {},
): StitchedText {
  const separator = options.separator ?? '\n\n'
  const pieces: Piece[] = Array.of<Piece>()
  let text = ''
  // At a line-end hyphen: undone ('undo'), kept for a compound ('keep'), or a plain space.
  const joinOf = (left: Span, right: Span): 'undo' | 'keep' | 'space' => {
    if (!options.dehyphenate || !joinsHyphen(source, left, right)) return 'space'
    return options.keepHyphen?.(left, right) ? 'keep' : 'undo'
  }
  for (const part of parts) {
    if (text.length > 0 && part.length > 0) text += separator
    part.forEach((span, index) => {
      let end = span.end
      const previous = part[index - 1]
      if (previous && joinOf(previous, span) === 'space') text += ' '
      const next = part[index + 1]
      if (next && joinOf(span, next) === 'undo') end -= 1
      pieces.push(new SourcePiece(text.length, span.start, end))
      text += source.slice(span.start, end)
    })
  }
  return new Stitched(text, pieces)
}

/**
 * Join texts already stitched from the same source, separated by `separator`: the same
 * text and map as stitching all their parts at once, without piecing them again. Given
 * the `source`, when the joined text would be a stretch of it character for character
 * (each part verbatim, `separator` between them: paragraphs a line each with blank lines
 * between, as many clean texts come), the text is that stretch of the source rather than
 * a copy of it, which a long article's peak memory would carry through the whole
 * entities stage.
 *
 * @example
 * ```ts
 * const a = stitch('ab\ncd', [[{start: 0, end: 2}]])
 * const b = stitch('ab\ncd', [[{start: 3, end: 5}]])
 * joinStitched([a, b]).text // 'ab\n\ncd'
 * ```
 */
export function joinStitched(parts: readonly StitchedText[], separator = '\n\n', source?: string): StitchedText {
  const pieces: Piece[] = Array.of<Piece>()
  let length = 0
  for (const part of parts) {
    if (length > 0 && part.pieces.length > 0) length += separator.length
    for (const piece of part.pieces) pieces.push(new SourcePiece(length + piece.at, piece.start, piece.end))
    length += part.text.length
  }
  const text = (source !== undefined ? sourceStretch(source, parts, separator) : undefined) ?? parts.reduce((joined, part) => (joined.length > 0 && part.pieces.length > 0 ? joined + separator : joined) + part.text, '')
  return new Stitched(text, pieces)
}

/**
 * `source.slice(…)` from the first piece of `parts` to the last when that is exactly the
 * text joining them would build (every part's text is its stretch of the source, and the
 * source has `separator` between one part and the next); otherwise undefined.
 */
function sourceStretch(source: string, parts: readonly StitchedText[], separator: string): string | undefined {
  let first: Piece | undefined
  let last: Piece | undefined
  for (const part of parts) {
    const from = part.pieces[0]
    const to = part.pieces[part.pieces.length - 1]
    if (!from || !to) {
      if (part.text.length > 0) return undefined
      continue
    }
    if (part.text.length === 0 || from.start > to.end || part.text !== source.slice(from.start, to.end)) return undefined
    if (last && (last.end > from.start || source.slice(last.end, from.start) !== separator)) return undefined
    first ??= from
    last = to
  }
  return first && last ? source.slice(first.start, last.end) : undefined
}

/** Whether the paragraph-builder undid a hyphen between `left` and `right`. */
export function joinsHyphen(source: string, left: Span, right: Span): boolean {
  if (left.end - left.start < 3 || source.charAt(left.end - 1) !== '-') return false
  const before = source.charAt(left.end - 2)
  const after = source.charAt(right.start)
  return HAS_LOWER.test(before) && HAS_LOWER.test(after)
}

function mapSpan(pieces: Piece[], span: Span): Span {
  const start = mapOffset(pieces, span.start, 'start')
  // A span inside a gap (a joining space, a paragraph separator) would map to an
  // inverted span (start at the next piece, end at the previous one): make it empty.
  return {start, end: Math.max(start, mapOffset(pieces, span.end, 'end'))}
}

/** Binary search the piece holding `offset`; gaps map to the nearer piece edge. */
function mapOffset(pieces: Piece[], offset: number, side: 'start' | 'end'): number {
  if (pieces.length === 0) return 0
  const low = lastAtOrBefore(pieces.length, (index) => (pieces[index] as Piece).at, offset)
  const piece = pieces[low] as Piece
  const length = piece.end - piece.start
  const inside = offset - piece.at
  if (inside < 0) return piece.start
  if (inside < length || (inside === length && side === 'end')) return piece.start + inside
  // In the gap after this piece.
  const next = pieces[low + 1]
  if (side === 'end' || !next) return piece.end
  return next.start
}
