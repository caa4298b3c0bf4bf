/**
 * Types of the quote finder's input and output. `Quote` follows DESIGN.md.
 *
 * @internal
 */
import type {Entity, Span} from '../types.js'

/** A stretch of the input: its text and where it stands. */
export interface QuotePart {
  /** `input.slice(span.start, span.end)`. */
  text: string
  span: Span
}

/** A quotation (or reported speech) with who said it. */
export interface Quote extends QuotePart {
  /** The source pieces of the quoted words, as for a paragraph; `span` covers them all. */
  spans: Span[]
  /** A quoted clause; a few quoted words inside the reporter's sentence; reported speech. */
  kind: 'direct' | 'partial' | 'indirect'
  /** The words naming the speaker where they stand, and the entity they resolve to. */
  speaker?: QuotePart & {name?: string}
  /** The speech verb or phrase: "said", "told reporters", "according to". */
  cue?: QuotePart
}

/** A paragraph of the article (body or caption): its source pieces. */
export interface QuoteParagraph {
  /** The source pieces the paragraph's text is built from, in order. */
  spans: readonly Span[]
  /** A photo caption: a running quotation never continues into or across it. */
  caption?: boolean
}

/** The entities speakers resolve to, with mentions in the input. */
export interface QuoteEntities {
  people: readonly Entity[]
  organizations: readonly Entity[]
  places: readonly Entity[]
}
