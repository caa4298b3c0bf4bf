/**
 * `nutgraf/retext`: a retext plugin for people already in the unified ecosystem.
 *
 * See {@link retextNutgraf} for an example.
 *
 * The types here are nutgraf's own, so that the declaration files import nothing from
 * unified or vfile (those are ESM-only; CommonJS consumers would hit TS1479).
 *
 * @module
 */
import {toString} from 'nlcst-to-string'
import type {Root} from 'nlcst'
import {entitiesOfTokens, type extractEntities} from './entities/index.js'
import {lexiconOption} from './entities/names/lexicon.js'
import {modelOption} from './entities/names/model-option.js'
import {tokenize, tokenizeTree} from './entities/tokens.js'
import {pointLocator} from './internal/positions.js'
import {normalizeReferenceDate} from './internal/reference-date.js'
import {findQuotes} from './quotes/index.js'
import {textParagraphs} from './quotes/text-paragraphs.js'
import type {Amount, DateMention, Entity, EntityOptions, Mention, Part, Quote, Speaker} from './types.js'

/**
 * Options of {@link retextNutgraf}: the same as {@link extractEntities}'s.
 *
 * @example
 * ```ts
 * const options: RetextNutgrafOptions = {referenceDate: '2022-02-10'}
 * ```
 */
export interface RetextNutgrafOptions extends EntityOptions {}

/**
 * A point in the file, as unist and nlcst positions give it: `line` and `column` count
 * from 1, `offset` (a UTF-16 index into the file's text) from 0.
 *
 * @example
 * ```ts
 * const point: Point = {line: 1, column: 6, offset: 5}
 * ```
 */
export interface Point {
  /** Line, from 1. */
  line: number
  /** Column, from 1. */
  column: number
  /** UTF-16 offset into the file's text, from 0. */
  offset: number
}

/**
 * Where a mention stands in the file, in the shape of an nlcst node's `position`.
 *
 * @example
 * ```ts
 * const position: Position = {start: {line: 1, column: 6, offset: 5}, end: {line: 1, column: 17, offset: 16}}
 * ```
 */
export interface Position {
  /** The first character. */
  start: Point
  /** Just past the last character. */
  end: Point
}

/**
 * A {@link Mention} with its {@link Position} in the file.
 *
 * @example
 * ```ts
 * const mention: PositionedMention = {
 *   text: 'Milley',
 *   span: {start: 11, end: 17},
 *   position: {start: {line: 1, column: 12, offset: 11}, end: {line: 1, column: 18, offset: 17}},
 * }
 * ```
 */
export interface PositionedMention extends Mention {
  /** Line/column/offset position, as nlcst nodes carry it. */
  position: Position
}

/**
 * A {@link DateMention} with its {@link Position} in the file.
 *
 * @example
 * ```ts
 * const date: PositionedDateMention = {
 *   text: 'Thursday',
 *   span: {start: 26, end: 34},
 *   type: 'DATE',
 *   value: '2022-02-10',
 *   position: {start: {line: 1, column: 27, offset: 26}, end: {line: 1, column: 35, offset: 34}},
 * }
 * ```
 */
export interface PositionedDateMention extends DateMention {
  /** Line/column/offset position, as nlcst nodes carry it. */
  position: Position
}

/**
 * An {@link Amount} with its {@link Position} in the file.
 *
 * @example
 * ```ts
 * const amount: PositionedAmount = {
 *   text: '$10 billion',
 *   span: {start: 9, end: 20},
 *   type: 'MONEY',
 *   value: 10_000_000_000,
 *   unit: 'USD',
 *   position: {start: {line: 1, column: 10, offset: 9}, end: {line: 1, column: 21, offset: 20}},
 * }
 * ```
 */
export interface PositionedAmount extends Amount {
  /** Line/column/offset position, as nlcst nodes carry it. */
  position: Position
}

/**
 * An {@link Entity} whose mentions carry positions.
 *
 * @example
 * ```ts
 * const person: PositionedEntity = {name: 'Mark Milley', title: 'General', mentions: []}
 * ```
 */
export interface PositionedEntity extends Omit<Entity, 'mentions'> {
  /** Every mention in file order, with its position. */
  mentions: PositionedMention[]
}

/**
 * The entities of a file, as {@link extractEntities} returns them, with positions.
 *
 * @example
 * ```ts
 * const none: PositionedEntities = {people: [], organizations: [], places: [], dates: [], amounts: []}
 * ```
 */
export interface PositionedEntities {
  /** People (PER). */
  people: PositionedEntity[]
  /** Organizations (ORG). */
  organizations: PositionedEntity[]
  /** Places (LOC, GPE). */
  places: PositionedEntity[]
  /** Date, time, duration and set expressions, in file order. */
  dates: PositionedDateMention[]
  /** Amounts of money and percentages, in file order. */
  amounts: PositionedAmount[]
}

/**
 * A {@link Part} (a quote's speaker words or cue) with its {@link Position} in the file.
 *
 * @example
 * ```ts
 * const cue: PositionedPart = {
 *   text: 'said',
 *   span: {start: 15, end: 19},
 *   position: {start: {line: 1, column: 16, offset: 15}, end: {line: 1, column: 20, offset: 19}},
 * }
 * ```
 */
export interface PositionedPart extends Part {
  /** Line/column/offset position, as nlcst nodes carry it. */
  position: Position
}

/**
 * A quote's {@link Speaker} with its {@link Position} in the file.
 *
 * @example
 * ```ts
 * const speaker: PositionedSpeaker = {
 *   text: 'Milley',
 *   span: {start: 15, end: 21},
 *   name: 'Mark Milley',
 *   position: {start: {line: 1, column: 16, offset: 15}, end: {line: 1, column: 22, offset: 21}},
 * }
 * ```
 */
export interface PositionedSpeaker extends PositionedPart {
  /** The person or organization (or a capital standing for its government) the words resolve to; absent when the text does not say. */
  name?: string
}

/**
 * A {@link Quote} with positions: of its span, its speaker's words and its cue.
 *
 * @example
 * ```ts
 * const quote: PositionedQuote = {
 *   text: 'We will win,',
 *   span: {start: 1, end: 13},
 *   spans: [{start: 1, end: 13}],
 *   kind: 'direct',
 *   position: {start: {line: 1, column: 2, offset: 1}, end: {line: 1, column: 14, offset: 13}},
 * }
 * ```
 */
export interface PositionedQuote extends Omit<Quote, 'speaker' | 'cue'> {
  /** Line/column/offset position of `span`. */
  position: Position
  /** The words naming the speaker, with the entity they resolve to and their position. */
  speaker?: PositionedSpeaker
  /** The cue ("said", "according to"), with its position. */
  cue?: PositionedPart
}

/**
 * What {@link retextNutgraf} stores in `file.data.nutgraf`: the entities of the file's
 * text, every mention with a span and a position, and its quotes with their speakers.
 *
 * @example
 * ```ts
 * const data: NutgrafData = {entities: {people: [], organizations: [], places: [], dates: [], amounts: []}, quotes: []}
 * ```
 */
export interface NutgrafData {
  /** People, organizations, places, dates and amounts, with positions. */
  entities: PositionedEntities
  /**
   * Quotes and reported speech, as `parseArticle` gives them in `quotes`, with positions;
   * the file's text is read as paragraphs parted by blank lines (no segmentation).
   */
  quotes: PositionedQuote[]
}

/**
 * The least of an nlcst tree that the plugin reads: its type, children and text.
 *
 * @example
 * ```ts
 * const tree: NlcstTree = {type: 'RootNode', children: []}
 * ```
 */
export interface NlcstTree {
  /** Node type: `'RootNode'` for what retext-english parses. */
  type: string
  /** Child nodes. */
  children?: unknown[]
}

/**
 * The least of a vfile that the plugin reads and writes.
 *
 * @example
 * ```ts
 * const file: NutgrafFile = {value: 'Some text.', data: {}}
 * ```
 */
export interface NutgrafFile {
  /** The file's text (a string or UTF-8 bytes); without it, the tree's text is used. */
  value?: unknown
  /** Custom data; the plugin sets `data.nutgraf`. */
  data: object
}

/**
 * The transformer {@link retextNutgraf} returns: it finds the entities of `file`'s text
 * and stores them, with positions, in `file.data.nutgraf`.
 *
 * @example
 * ```ts
 * const transform: NutgrafTransformer = retextNutgraf()
 * const file = {value: 'Gen. Mark Milley spoke.', data: {}}
 * transform({type: 'RootNode', children: []}, file)
 * ```
 */
export type NutgrafTransformer = (tree: NlcstTree, file: NutgrafFile) => undefined

/**
 * A retext plugin: after `retext-english` (or any nlcst parser) it runs
 * {@link extractEntities} over the file's text and stores the entities in
 * `file.data.nutgraf` ({@link NutgrafData}), each mention with its `span` (UTF-16
 * offsets into the file) and its `position` (line, column, offset, as nlcst nodes carry
 * them), so mentions can be matched to the tree's word nodes or reported with vfile
 * messages; and the file's quotes with their speakers and cues, positioned the same way.
 * The tree is not changed.
 *
 * @param options - `referenceDate` to resolve relative dates against.
 * @returns The transformer.
 * @throws TypeError when `referenceDate` is not a date.
 *
 * @example
 * ```ts
 * import retextEnglish from 'retext-english'
 * import {unified} from 'unified'
 * import {VFile} from 'vfile'
 * import {retextNutgraf, type NutgrafData} from 'nutgraf/retext'
 *
 * const processor = unified().use(retextEnglish).use(retextNutgraf, {referenceDate: '2022-02-10'})
 * const file = new VFile('Gen. Mark Milley spoke on Thursday.\nMilley left.')
 * await processor.run(processor.parse(file), file)
 * const {entities} = file.data.nutgraf as NutgrafData
 * entities.people[0]?.mentions[1]?.position.start // {line: 2, column: 1, offset: 36}
 *
 * const quoted = new VFile('"We will win," Milley said.')
 * await processor.run(processor.parse(quoted), quoted)
 * const {quotes} = quoted.data.nutgraf as NutgrafData
 * quotes[0]?.speaker?.text // 'Milley'
 * ```
 */
export function retextNutgraf(options: RetextNutgrafOptions = {}): NutgrafTransformer {
  const referenceDate = normalizeReferenceDate(options.referenceDate)
  const lexicon = lexiconOption(options.lexicon, 'retextNutgraf')
  const model = modelOption(options.model, 'retextNutgraf')
  return (tree, file) => {
    // The sentences and words of the tree retext-english made are used as they are (the
    // text is not parsed again); a tree that is not the file's text (changed by an earlier
    // plugin, or nodes without offsets) is tokenized from the text instead. retext-english parses the whole file at once and
    // nutgraf block by block, so a sentence can end elsewhere at a paragraph end or a
    // closing quote, and a few names differ from extractEntities' on the same text.
    const treeText = toString(tree as Root)
    const text = fileText(file) ?? treeText
    const fromTree = treeText === text ? tokenizeTree(text, tree as Root) : undefined
    const found = entitiesOfTokens(fromTree ?? tokenize(text), referenceDate, lexicon, model)
    const locate = pointLocator(text)
    const position = <M extends Mention>(mention: M): M & {position: Position} => ({
      ...mention,
      position: {start: locate(mention.span.start), end: locate(mention.span.end)},
    })
    const entity = (item: Entity): PositionedEntity => ({...item, mentions: item.mentions.map(position)})
    const quote = (item: Quote): PositionedQuote => {
      const {speaker, cue, ...rest} = item
      return {...position(rest), ...(speaker ? {speaker: position(speaker)} : {}), ...(cue ? {cue: position(cue)} : {})}
    }
    const data: NutgrafData = {
      entities: {
        people: found.people.map(entity),
        organizations: found.organizations.map(entity),
        places: found.places.map(entity),
        dates: found.dates.map(position),
        amounts: found.amounts.map(position),
      },
      quotes: findQuotes(text, textParagraphs(text), found).map(quote),
    }
    ;(file.data as {nutgraf?: NutgrafData}).nutgraf = data
    return undefined
  }
}

/** The file's own text, when it has one (else the tree's text is used). */
function fileText(file: NutgrafFile): string | undefined {
  if (typeof file.value === 'string') return file.value
  if (file.value instanceof Uint8Array) return new TextDecoder().decode(file.value)
  return undefined
}
