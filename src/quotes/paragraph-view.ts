/**
 * One paragraph as the quote finder reads it: its text built from its source pieces
 * (joined as a body paragraph is: single spaces, a line-end hyphen undone where the
 * paragraph builder undid it), the entity mentions that fall inside it, and
 * the maps between paragraph offsets and input offsets.
 *
 * @internal
 */
import {stitch, type Piece} from '../internal/offset-map.js'
import {lastAtOrBefore} from '../internal/search.js'
import type {Span} from '../types.js'
import type {EntityKind, LocalMention} from './resolve.js'
import type {QuoteEntities, QuoteParagraph} from './types.js'

/**
 * A paragraph ready for reading.
 *
 * @example
 * ```ts
 * const view: ParagraphView = viewParagraph('"Hi," she said.', {spans: [{start: 0, end: 15}]})
 * ```
 */
export interface ParagraphView {
  text: string
  caption: boolean
  pieces: readonly Piece[]
  mentions: LocalMention[]
}

/**
 * Build the view of a paragraph from its source pieces.
 *
 * @example
 * ```ts
 * viewParagraph('ab\ncd', {spans: [{start: 0, end: 2}, {start: 3, end: 5}]}).text // 'ab cd'
 * ```
 */
export function viewParagraph(input: string, paragraph: QuoteParagraph): ParagraphView {
  const {text, pieces} = stitch(input, [paragraph.spans.filter((span) => span.end > span.start)], {dehyphenate: true})
  return {text, caption: !!paragraph.caption, pieces, mentions: []}
}

/**
 * The source pieces of a stretch of paragraph text (an empty list for a stretch between
 * pieces).
 *
 * @example
 * ```ts
 * const view = viewParagraph('ab\ncd', {spans: [{start: 0, end: 2}, {start: 3, end: 5}]})
 * toSourceSpans(view, 1, 4) // [{start: 1, end: 2}, {start: 3, end: 4}]
 * ```
 */
export function toSourceSpans(view: ParagraphView, start: number, end: number): Span[] {
  const spans: Span[] = []
  const {pieces} = view
  for (let index = lastAtOrBefore(pieces.length, (at) => (pieces[at] as Piece).at, start); index < pieces.length; index++) {
    const piece = pieces[index] as Piece
    if (piece.at >= end) break
    const from = Math.max(start, piece.at)
    const to = Math.min(end, piece.at + piece.end - piece.start)
    if (to > from) spans.push({start: piece.start + from - piece.at, end: piece.start + to - piece.at})
  }
  return spans
}

/**
 * The mentions of a paragraph that start inside `start`…`end` (a binary search over the
 * sorted mentions).
 *
 * @example
 * ```ts
 * const view = viewParagraph('Milley spoke.', {spans: [{start: 0, end: 13}]})
 * mentionsWithin(view, 0, 13) // []
 * ```
 */
export function mentionsWithin(view: ParagraphView, start: number, end: number): LocalMention[] {
  const {mentions} = view
  const found: LocalMention[] = []
  let index = lastAtOrBefore(mentions.length, (at) => (mentions[at] as LocalMention).start, start)
  if (mentions[index] && (mentions[index] as LocalMention).start < start) index++
  for (; index < mentions.length && (mentions[index] as LocalMention).start < end; index++) found.push(mentions[index] as LocalMention)
  return found
}

const marks = new Set(['"', '“', '”', "'", '‘', '’', '`', '«', '»'])

/**
 * A name without quotation marks or spaces around it (an entity finder may leave one on).
 *
 * @example
 * ```ts
 * trimMarks('" Mensah') // 'Mensah'
 * ```
 */
export function trimMarks(name: string): string {
  let start = 0
  let end = name.length
  while (start < end && (marks.has(name.charAt(start)) || name.charAt(start) === ' ')) start++
  while (end > start && (marks.has(name.charAt(end - 1)) || name.charAt(end - 1) === ' ')) end--
  return name.slice(start, end)
}

/**
 * Put each entity mention into the paragraph whose pieces hold it, in paragraph offsets.
 * Mentions are sorted once; each paragraph takes those inside its pieces by binary search.
 *
 * @example
 * ```ts
 * const view = viewParagraph('Milley spoke.', {spans: [{start: 0, end: 13}]})
 * assignMentions([view], {people: [{name: 'Mark Milley', mentions: [{text: 'Milley', span: {start: 0, end: 6}}]}], organizations: [], places: []})
 * view.mentions[0]?.name // 'Mark Milley'
 * ```
 */
export function assignMentions(views: readonly ParagraphView[], entities: QuoteEntities): void {
  const all: Array<{start: number; end: number; kind: EntityKind; name: string; title?: string}> = []
  const add = (list: QuoteEntities['people'], kind: EntityKind): void => {
    for (const entity of list) {
      const name = trimMarks(entity.name)
      if (!name) continue
      for (const mention of entity.mentions) {
        all.push({start: mention.span.start, end: mention.span.end, kind, name, ...(entity.title ? {title: entity.title} : {})})
      }
    }
  }
  add(entities.people, 'person')
  add(entities.organizations, 'organization')
  add(entities.places, 'place')
  all.sort((a, b) => a.start - b.start)
  for (const view of views) {
    for (const piece of view.pieces) {
      let low = 0
      let high = all.length
      while (low < high) {
        const middle = (low + high) >> 1
        if ((all[middle] as {start: number}).start < piece.start) low = middle + 1
        else high = middle
      }
      for (let index = low; index < all.length && (all[index] as {start: number}).start < piece.end; index++) {
        const mention = all[index] as LocalMention
        const start = piece.at + mention.start - piece.start
        const end = piece.at + Math.min(mention.end, piece.end) - piece.start
        if (end > start) view.mentions.push({...mention, start, end})
      }
    }
    view.mentions.sort((a, b) => a.start - b.start)
  }
}
