/**
 * nutgraf: raw news article text in; caption and credit, byline, dateline, clean body
 * paragraphs, references and entities (people, organizations, places, dates) out,
 * every part with its exact span in the original input.
 *
 * @packageDocumentation
 */
export {parseArticle} from './article/index.js'
export {extractEntities} from './entities/index.js'
export {segment} from './segment/index.js'
export type {
  Amount,
  Article,
  Byline,
  Caption,
  Credit,
  Dateline,
  DateMention,
  Entities,
  Entity,
  EntityOptions,
  Headline,
  Lexicon,
  Mention,
  NameModel,
  Note,
  Paragraph,
  ParseOptions,
  Part,
  Quote,
  Reference,
  ReferenceDate,
  Segments,
  SegmentOptions,
  Span,
  Speaker,
} from './types.js'
