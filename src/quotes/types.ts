/**
 * Types of the quote finder's input; its output is DESIGN.md's `Quote` (src/types.ts).
 *
 * @internal
 */
import type {Entity, Span} from '../types.js'

/**
 * A paragraph of the article (body or caption): its source pieces.
 *
 * @example
 * ```ts
 * const caption: QuoteParagraph = {spans: [{start: 0, end: 42}], caption: true}
 * ```
 */
export interface QuoteParagraph {
  /** The source pieces the paragraph's text is built from, in order. */
  spans: readonly Span[]
  /** A photo caption: a running quotation never continues into or across it. */
  caption?: boolean
}

/**
 * The entities speakers resolve to, with mentions in the input.
 *
 * @example
 * ```ts
 * const none: QuoteEntities = {people: [], organizations: [], places: []}
 * ```
 */
export interface QuoteEntities {
  people: readonly Entity[]
  organizations: readonly Entity[]
  places: readonly Entity[]
}
