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
import {extractEntities} from './entities/index.js'
import {modelOption} from './entities/names/model-option.js'
import {pointLocator} from './internal/positions.js'
import {normalizeReferenceDate} from './internal/reference-date.js'
import type {DateMention, Entity, EntityOptions, Mention} from './types.js'

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
 * const none: PositionedEntities = {people: [], organizations: [], places: [], dates: []}
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
}

/**
 * What {@link retextNutgraf} stores in `file.data.nutgraf`: the entities of the file's
 * text, every mention with a span and a position.
 *
 * @example
 * ```ts
 * const data: NutgrafData = {entities: {people: [], organizations: [], places: [], dates: []}}
 * ```
 */
export interface NutgrafData {
  /** People, organizations, places and dates, with positions. */
  entities: PositionedEntities
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
 * messages. The tree is not changed.
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
 * ```
 */
export function retextNutgraf(options: RetextNutgrafOptions = {}): NutgrafTransformer {
  normalizeReferenceDate(options.referenceDate)
  modelOption(options.model, 'retextNutgraf')
  return (tree, file) => {
    // The text is tokenized again rather than read from `tree`: nutgraf parses block by
    // block (parse-english is superlinear on long inputs), and retext-english's one parse
    // of the whole file splits sentences differently at paragraph ends and closing quotes
    // (127 of 586 CoNLL, WikiGold and L3S texts tokenize differently), which would change
    // the entities found (the `retext:` sets of scripts/check/output-hashes.ts pin them).
    const text = fileText(tree, file)
    const found = extractEntities(text, options)
    const locate = pointLocator(text)
    const position = <M extends Mention>(mention: M): M & {position: Position} => ({
      ...mention,
      position: {start: locate(mention.span.start), end: locate(mention.span.end)},
    })
    const entity = (item: Entity): PositionedEntity => ({...item, mentions: item.mentions.map(position)})
    const data: NutgrafData = {
      entities: {
        people: found.people.map(entity),
        organizations: found.organizations.map(entity),
        places: found.places.map(entity),
        dates: found.dates.map(position),
      },
    }
    ;(file.data as {nutgraf?: NutgrafData}).nutgraf = data
    return undefined
  }
}

function fileText(tree: NlcstTree, file: NutgrafFile): string {
  if (typeof file.value === 'string') return file.value
  if (file.value instanceof Uint8Array) return new TextDecoder().decode(file.value)
  return toString(tree as Root)
}
