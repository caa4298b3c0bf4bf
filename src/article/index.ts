/**
 * `parseArticle`: segment, then find entities over the body, every caption and credit and the notes, with
 * spans mapped back to the original input, then the quotes of the body and the captions
 * (src/quotes), then the mentions the byline, dateline and headline add (from-parts.ts).
 *
 * @module
 */
import {findEntities} from '../entities/index.js'
import {lexiconOption} from '../entities/names/lexicon.js'
import {modelOption} from '../entities/names/model-option.js'
import {findArticleDate} from './article-date.js'
import {addPartEntities} from './from-parts.js'
import {addReferenceEntities} from './from-references.js'
import {normalizeReferenceDate} from '../internal/reference-date.js'
import {assertText} from '../internal/assert-text.js'
import {joinStitched, stitch, type StitchedText} from '../internal/offset-map.js'
import {segmentText} from '../segment/index.js'
import {pieces} from '../segment/lines.js'
import {findQuotes} from '../quotes/index.js'
import type {Article, Entities, Mention, ParseOptions, ReferenceDate, Segments, Span} from '../types.js'

/**
 * Parse a whole article: {@link segment} it into caption, credit, byline, dateline,
 * body and references, then find the entities of the body, every caption and credit, and the
 * notes but copyright lines (contributors, bios, corrections) with {@link extractEntities}, and the quotes of the body and the captions with their speakers
 * and cues (`quotes`). The byline's authors are people, the dateline's place is a place, and
 * the names the headline and dek repeat are mentions there; an author page among the
 * references names a person or an agency. Entities are in order of first mention. Every
 * span is an offset into `text`, the original input.
 *
 * Relative dates are resolved against `options.referenceDate` or, without it, the
 * date the article gives itself (a dateline, a "Published …" line); `referenceDate`
 * in the result says which was used.
 *
 * @param text - Raw article text.
 * @param options - `referenceDate` to resolve relative dates against; `lexicon`: your own
 *   people, organizations and places; `model`: your own trained name-tagger model (see
 *   {@link extractEntities}).
 * @returns The article's parts and entities.
 * @throws TypeError when `text` is not a string, `referenceDate` is not a date or an
 *   option is malformed; Error when `model` is of another format version.
 *
 * @example
 * ```ts
 * import {parseArticle} from 'nutgraf'
 *
 * const article = parseArticle(
 *   'Gen. Mark Milley spoke on\nThursday, the Pentagon said.\n\nMilley left Minsk on Friday, after the talks.',
 *   {referenceDate: '2022-02-10'},
 * )
 * article.body.length // 2
 * article.entities.people[0]?.name // 'Mark Milley'
 * article.referenceDate // {value: '2022-02-10', source: 'option'}
 *
 * const quoted = parseArticle('"We will win," said Gen. Mark Milley.')
 * quoted.quotes[0]?.text // 'We will win,'
 * quoted.quotes[0]?.speaker?.name // 'Mark Milley'
 * ```
 */
export function parseArticle(text: string, options: ParseOptions = {}): Article {
  assertText(text, 'parseArticle')
  const optionDate = normalizeReferenceDate(options?.referenceDate)
  const lexicon = lexiconOption(options?.lexicon, 'parseArticle')
  const model = modelOption(options?.model, 'parseArticle')
  const {segments, referenceDate, stitched} = segmentAndStitch(text, optionDate)
  const found = findEntities(stitched.text, referenceDate?.value, lexicon, model)
  const entities = addReferenceEntities(text, segments.references, remapEntities(text, found, stitched.toSource))
  // Quotes of the body and the captions, read in source order, speakers resolved to the entities.
  const paragraphs = [
    ...segments.body.map((paragraph) => ({spans: paragraph.spans})),
    ...segments.captions.map((caption) => ({spans: pieces(text, caption.span), caption: true})),
  ].sort((a, b) => (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0))
  const quotes = findQuotes(text, paragraphs, entities)
  // After the quotes: a byline author is no speaker of the body's quotes.
  const allEntities = addPartEntities(text, segments, entities)
  return referenceDate
    ? {...segments, entities: allEntities, quotes, referenceDate}
    : {...segments, entities: allEntities, quotes}
}

/**
 * Segment once, find the article's date, and stitch the text entities are found in: the
 * body, every caption and credit, and the notes but copyright lines, in source order (so
 * that mentions come out in input order). What only these steps need (the lines, each
 * paragraph's own stitched text) is not returned, so it is garbage before the entities
 * are found (a long input's peak).
 */
function segmentAndStitch(text: string, optionDate: string | undefined): {segments: Segments; referenceDate: ReferenceDate | undefined; stitched: StitchedText} {
  const {segments, lines, bodyText} = segmentText(text)
  const referenceDate: ReferenceDate | undefined = optionDate
    ? {value: optionDate, source: 'option'}
    : findArticleDate(text, segments, lines)
  const parts: StitchedText[] = [...bodyText]
  const piecesOf = (span: Span): StitchedText => stitch(text, [pieces(text, span)], {dehyphenate: true})
  for (const caption of segments.captions) {
    parts.push(piecesOf(caption.span))
    if (caption.credit) parts.push(piecesOf(caption.credit.span))
  }
  // Notes that name people (contributors, bios, corrections, contacts); a copyright line names only its publisher.
  for (const note of segments.notes) if (note.kind !== 'copyright') parts.push(piecesOf(note.span))
  parts.sort((a, b) => (a.pieces[0]?.start ?? 0) - (b.pieces[0]?.start ?? 0))
  return {segments, referenceDate, stitched: joinStitched(parts, '\n\n', text)}
}

/**
 * The entities found in the stitched text, put back on the input: each mention (this
 * call's own objects) takes its input span and text in place, and each list goes back in
 * source order. In place, not copied: a long article has a hundred thousand mentions.
 */
function remapEntities(input: string, found: Entities, toSource: (span: Span) => Span): Entities {
  // Parts are stitched in order of their first piece, but a caption can stand between the
  // pieces of a rejoined paragraph: put mentions back in source order.
  const inSourceOrder = (mentions: Mention[]): void => {
    for (const mention of mentions) {
      mention.span = toSource(mention.span)
      mention.text = input.slice(mention.span.start, mention.span.end)
    }
    mentions.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)
  }
  for (const entity of [...found.people, ...found.organizations, ...found.places]) inSourceOrder(entity.mentions)
  inSourceOrder(found.dates)
  inSourceOrder(found.amounts)
  return found
}
