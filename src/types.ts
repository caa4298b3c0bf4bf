/**
 * Public data types of nutgraf. Every offset is a UTF-16 code-unit index into the
 * string that was given to the function that returned it.
 *
 * @module
 */

/**
 * A range of the input: `input.slice(span.start, span.end)`. `end` is exclusive.
 *
 * @example
 * ```ts
 * const span: Span = {start: 0, end: 5}
 * 'Hello world'.slice(span.start, span.end) // 'Hello'
 * ```
 */
export interface Span {
  /** Offset of the first UTF-16 code unit. */
  start: number
  /** Offset just past the last UTF-16 code unit. */
  end: number
}

/**
 * A mention of an entity as it stands in the input.
 * `input.slice(mention.span.start, mention.span.end) === mention.text` always holds.
 *
 * @example
 * ```ts
 * const mention: Mention = {text: 'Milley', span: {start: 40, end: 46}}
 * ```
 */
export interface Mention {
  /** The exact source text of the mention. */
  text: string
  /** Where it stands in the input. */
  span: Span
}

/**
 * A person, organization or place, with all the mentions that refer to it.
 *
 * @example
 * ```ts
 * const person: Entity = {
 *   name: 'Mark Milley',
 *   title: 'General',
 *   mentions: [
 *     {text: 'Mark Milley', span: {start: 35, end: 46}},
 *     {text: 'Milley', span: {start: 512, end: 518}},
 *   ],
 * }
 * ```
 */
export interface Entity {
  /** The fullest form of the name found in the text ("Mark Milley", not "Milley"). */
  name: string
  /** Every mention in input order. */
  mentions: Mention[]
  /** A title or role found next to the name ("Foreign Minister"), kept apart from it. */
  title?: string
}

/**
 * A date, time, duration or set expression, with its TIMEX3 type and normalized value.
 *
 * @example
 * ```ts
 * const date: DateMention = {text: 'Feb. 20', span: {start: 10, end: 17}, type: 'DATE', value: '2022-02-20'}
 * ```
 */
export interface DateMention extends Mention {
  /** TIMEX3 type. */
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET'
  /**
   * TIMEX3-style value: "2022-02-20", "2022-W06", "XXXX-02-20", "P30Y", "PRESENT_REF" …
   * Absent when the expression could not be normalized.
   */
  value?: string
  /**
   * The time zone written with a clock time, as written in capitals ("EDT" in "9 p.m.
   * EDT", "GMT" in "1400 GMT"); the value stays the local time, as TIMEX3 writes it.
   */
  timezone?: string
}

/**
 * The entities found in a text, by kind.
 *
 * @example
 * ```ts
 * const none: Entities = {people: [], organizations: [], places: [], dates: [], amounts: []}
 * ```
 */
export interface Entities {
  /** People (PER). */
  people: Entity[]
  /** Organizations (ORG). */
  organizations: Entity[]
  /** Places (LOC, GPE). */
  places: Entity[]
  /** Date, time, duration and set expressions, in input order. */
  dates: DateMention[]
  /** Amounts of money and percentages, in input order. */
  amounts: Amount[]
}

/**
 * Options of {@link extractEntities}.
 *
 * @example
 * ```ts
 * const options: EntityOptions = {referenceDate: '2022-02-10'}
 * ```
 */
export interface EntityOptions {
  /**
   * The date relative expressions ("Thursday", "Feb. 20", "last week") are resolved
   * against: a `Date` or an ISO 8601 date string. Without it, relative values are
   * left unresolved ("XXXX-02-20") rather than guessed from the clock.
   */
  referenceDate?: Date | string
  /**
   * The user's own names: found with their type before the model's guess (the longest
   * entry first, case-sensitive; words in capitals match whatever the entry's case), and
   * clustered and titled like the rest. Not lists of strings: a `TypeError`.
   */
  lexicon?: Lexicon
  /**
   * A name-tagger model you trained with `nutgraf train` (its JSON, parsed), used instead
   * of the built-in one; the gazetteers, refiners, lexicon and clustering are the same.
   * Not a model: a `TypeError` naming the field; a model of another format version: an
   * `Error` saying which version this nutgraf reads.
   */
  model?: NameModel
}

/**
 * Options of {@link segment}. None yet; the interface exists so that options can be
 * added without changing the signature.
 *
 * @example
 * ```ts
 * const options: SegmentOptions = {}
 * ```
 */
export interface SegmentOptions {}

/**
 * Options of {@link parseArticle}.
 *
 * @example
 * ```ts
 * const options: ParseOptions = {referenceDate: new Date('2022-02-10')}
 * ```
 */
export interface ParseOptions extends EntityOptions, SegmentOptions {}

/**
 * A photo caption, with its credit split off when there is one.
 *
 * @example
 * ```ts
 * const caption: Caption = {
 *   text: 'Troops during drills.',
 *   span: {start: 0, end: 21},
 *   credit: {text: 'Russian Defense Ministry', span: {start: 22, end: 46}},
 * }
 * ```
 */
export interface Caption {
  /** The caption text, without the credit. */
  text: string
  /** Where the caption stands in the input. */
  span: Span
  /** The photo credit ("Reuters", "AP Photo/Jane Doe"). */
  credit?: Credit
}

/**
 * A photo credit, split off its caption.
 *
 * @example
 * ```ts
 * const credit: Credit = {text: 'AP Photo/Jane Doe', span: {start: 120, end: 137}}
 * ```
 */
export interface Credit {
  /** The credit as it stands in the input. */
  text: string
  /** Where it stands in the input. */
  span: Span
}

/**
 * The byline of an article.
 *
 * @example
 * ```ts
 * const byline: Byline = {text: 'By Jane Doe and John Roe', authors: ['Jane Doe', 'John Roe'], span: {start: 0, end: 24}}
 * ```
 */
export interface Byline {
  /** The byline as it stands in the input. */
  text: string
  /** The author names found in it. */
  authors: string[]
  /** Where it stands in the input. */
  span: Span
}

/**
 * The dateline that opens an article ("MOSCOW (Reuters) -").
 *
 * @example
 * ```ts
 * const dateline: Dateline = {text: 'MOSCOW (Reuters) -', place: 'Moscow', span: {start: 0, end: 18}}
 * ```
 */
export interface Dateline {
  /** The dateline as it stands in the input. */
  text: string
  /** The place it names, when it names one. */
  place?: string
  /** The date it gives, as written ("Aug. 24, 2023"), when it gives one. */
  date?: string
  /** Where it stands in the input. */
  span: Span
}

/**
 * A body paragraph. Its `text` is built from the source pieces in `spans`, joined with
 * single spaces (a hyphen that broke a word at a line end is undone).
 *
 * @example
 * ```ts
 * const paragraph: Paragraph = {
 *   text: 'A paragraph wrapped over two lines.',
 *   spans: [{start: 0, end: 19}, {start: 20, end: 35}],
 * }
 * ```
 */
export interface Paragraph {
  /** Clean text: hard wraps unwrapped, whitespace collapsed. */
  text: string
  /** The source pieces the text was built from, in order. */
  spans: Span[]
  /** True when the paragraph is one item of a bulleted or numbered list. */
  list?: boolean
}

/**
 * A reference found in the article: a link, a "Related article:" line, an author page,
 * a cited source, a footnote or a reference-list entry.
 *
 * @example
 * ```ts
 * const related: Reference = {
 *   kind: 'related',
 *   text: 'Related article: Russia Launches Belarus Military Drills',
 *   title: 'Russia Launches Belarus Military Drills',
 *   url: 'https://example.com/2022/02/10/russia-launches-belarus-military-drills',
 *   span: {start: 100, end: 156},
 * }
 * ```
 */
export interface Reference {
  /**
   * What kind of reference it is. A `heading` is the heading of a reference list ("On the
   * Net:", "Sources"; its `title` without the colon); the entries under it follow it.
   */
  kind: 'related' | 'author' | 'link' | 'citation' | 'footnote' | 'heading' | (string & {})
  /** The reference as it stands in the source. */
  text: string
  /** The URL it points to, when known. */
  url?: string
  /** The title of a related article or cited work, or the label naming a listed site ("Federal Reserve: http://…"). */
  title?: string
  /** The name of an author or source. */
  name?: string
  /** Where it stands in the input. */
  span: Span
}

/**
 * The parts of an article, as returned by {@link segment}.
 *
 * @example
 * ```ts
 * const parts: Segments = {captions: [], body: [], notes: [], references: []}
 * ```
 */
export interface Segments {
  /** The headline, and the dek under it. */
  headline?: Headline
  /** The lead photo's caption: `captions[0]`, kept for existing callers. */
  caption?: Caption
  /** Every photo or video caption, in input order. */
  captions: Caption[]
  /** The byline. */
  byline?: Byline
  /** The dateline. */
  dateline?: Dateline
  /** Clean body paragraphs, in order. */
  body: Paragraph[]
  /** Text that belongs to the article but not to its body (contributor lines, bios, corrections, copyright), in input order. */
  notes: Note[]
  /** References, in input order. */
  references: Reference[]
}

/**
 * Where the date that relative dates were resolved against came from.
 *
 * @example
 * ```ts
 * const used: ReferenceDate = {value: '2022-02-10', source: 'option'}
 * ```
 */
export interface ReferenceDate {
  /** The date, as an ISO 8601 calendar date. */
  value: string
  /** Where it came from: 'option', 'dateline', 'published', … */
  source: string
}

/**
 * A whole parsed article, as returned by {@link parseArticle}: its parts and the
 * entities of its body, captions and credits, with the people of its byline, the place of its
 * dateline and the names its headline repeats.
 *
 * @example
 * ```ts
 * const article: Article = {
 *   captions: [],
 *   body: [],
 *   notes: [],
 *   references: [],
 *   entities: {people: [], organizations: [], places: [], dates: [], amounts: []},
 *   quotes: [],
 * }
 * ```
 */
export interface Article extends Segments {
  /** Entities of the caption and the body, with spans into the original input. */
  entities: Entities
  /** Who said what, in input order. */
  quotes: Quote[]
  /** The date relative dates were resolved against, and where it came from. */
  referenceDate?: ReferenceDate
}

/**
 * A part of the article as it stands in the input: its text and where it stands.
 *
 * @example
 * ```ts
 * const part: Part = {text: 'Minister resigns', span: {start: 0, end: 16}}
 * ```
 */
export interface Part {
  /** The text of the part. */
  text: string
  /** Where it stands in the input. */
  span: Span
}

/**
 * The article's headline, and the standfirst (dek) under it when there is one.
 *
 * @example
 * ```ts
 * const headline: Headline = {
 *   text: 'Harbor ferry vote passes',
 *   span: {start: 0, end: 24},
 *   dek: {text: 'The council backed the plan 7-2.', span: {start: 25, end: 57}},
 * }
 * ```
 */
export interface Headline extends Part {
  /** The standfirst or subtitle under the headline. */
  dek?: Part
}

/**
 * Text that belongs to the article but not to its body: a contributor line, an
 * author bio, a correction, an editor's note, a copyright line, a press release's
 * contact block (`contact`) or its closing "SOURCE X" line (`source`, also "Provided by …",
 * "This article is republished from …"), a writer's disclosure of interests (`disclosure`),
 * or a fact box that closes the article (`fact-box`).
 *
 * @example
 * ```ts
 * const note: Note = {kind: 'contributors', text: 'Jane Doe contributed to this report.', span: {start: 900, end: 936}}
 * ```
 */
export interface Note extends Part {
  /** What kind of note it is. */
  kind: 'contributors' | 'author-bio' | 'correction' | 'editors-note' | 'copyright' | 'contact' | 'source' | 'disclosure' | 'fact-box' | (string & {})
}

/**
 * Who said what: a quotation or reported speech, with its speaker and cue.
 *
 * @example
 * ```ts
 * const quote: Quote = {
 *   text: 'We will win,',
 *   span: {start: 1, end: 13},
 *   spans: [{start: 1, end: 13}],
 *   kind: 'direct',
 *   speaker: {text: 'he', span: {start: 15, end: 17}, name: 'Mark Milley'},
 *   cue: {text: 'said', span: {start: 18, end: 22}},
 * }
 * ```
 */
export interface Quote extends Part {
  /** The source pieces of the quoted words (one unless a page break or link block cut them); `span` covers them all. */
  spans: Span[]
  /** A quoted clause, a few quoted words inside the reporter's sentence, or reported speech. */
  kind: 'direct' | 'partial' | 'indirect'
  /** The words naming the speaker where they stand, and the entity they resolve to. */
  speaker?: Speaker
  /** The cue: "said", "told reporters", "according to". */
  cue?: Part
}

/**
 * The words that name a quote's speaker where they stand ("he", "the minister",
 * "a Pentagon spokesman"), and the entity they resolve to.
 *
 * @example
 * ```ts
 * const speaker: Speaker = {text: 'the minister', span: {start: 40, end: 52}, name: 'Jean-Yves Le Drian'}
 * ```
 */
export interface Speaker extends Part {
  /** The person or organization (or a capital standing for its government) the words resolve to; absent when the article does not say. */
  name?: string
}

/**
 * An amount of money or a percentage, with its numeric value.
 *
 * @example
 * ```ts
 * const amount: Amount = {text: '$10 billion', span: {start: 4, end: 15}, type: 'MONEY', value: 10_000_000_000, unit: 'USD'}
 * ```
 */
export interface Amount extends Mention {
  /** Money or a percentage. */
  type: 'MONEY' | 'PERCENT'
  /** The number it stands for: "$10 billion" → 10000000000, "3.5%" → 3.5. */
  value: number
  /**
   * ISO 4217 code for money ("USD", "EUR"; absent when the words do not say whose
   * currency it is: "500 pesos"); for a percentage `%`, `percentage-point` ("a 10
   * percentage point drop") or `basis-point` ("25 basis points", value 25).
   */
  unit?: string
}

/**
 * The user's own names, found with their type before the model's guess.
 *
 * @example
 * ```ts
 * const lexicon: Lexicon = {organizations: ['Harbor Ferry Authority'], people: ['Jo Dee']}
 * ```
 */
export interface Lexicon {
  /** Names of people. */
  people?: string[]
  /** Names of organizations. */
  organizations?: string[]
  /** Names of places. */
  places?: string[]
}

/**
 * A name-tagger model trained on your own annotated text with `nutgraf train`: the JSON
 * that command writes, loaded as it is. Give it as the `model` option to use it instead
 * of the built-in model (the gazetteers, refiners and clustering stay the same). Only its
 * `version` is meant to be read; the rest is packed weights.
 *
 * @example
 * ```ts
 * import {readFileSync} from 'node:fs'
 * import {extractEntities, type NameModel} from 'nutgraf'
 *
 * // loans.json: written by `npx nutgraf train FIN5.txt --held-out FIN3.txt -o loans.json`
 * // (docs/guides/train-your-own.md: loan agreements, where the parties are people)
 * const model = JSON.parse(readFileSync('loans.json', 'utf8')) as NameModel
 * model.version // 1
 * extractEntities('The Borrower shall repay the Lender.', {model}).people.map((person) => person.name) // ['Borrower', 'Lender']
 * ```
 */
export interface NameModel {
  /** Format version: a model of another version than this nutgraf reads is an error. */
  version: number
  /** The feature families it was trained with ("tagger+classes"). */
  features: string
  /** Bits of the hashed feature space. */
  bits: number
  /** Rice parameter of the id gaps: a gap is its quotient `gap >> rice` in unary, then `rice` low bits. */
  rice: number
  /** The score of each quantization level. */
  levels: readonly number[]
  /** Tag transition scores, `(tagCount + 1) × tagCount`, the last row from the start. */
  transitions: readonly number[]
  /** Base64 of the Rice-coded gaps between the ascending feature ids, bits MSB first. */
  ids: string
  /** One character a weight (its level's in the level alphabet), column-major: every feature's tag 0, then tag 1, … */
  rows: string
}
