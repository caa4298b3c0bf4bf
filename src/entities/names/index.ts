/**
 * Name finder: people, organizations and places as typed mentions. The statistical
 * tagger (./tagger.ts) proposes ranges (sentences in capitals truecased first, see
 * ./truecase.ts); the refiners of ./refiners.ts, in the order
 * listed there, refine them (nationality adjectives and MISC names dropped, a place or
 * nationality fused to an organization, document consistency, rule-found people,
 * places and acronyms); titles are then split off people.
 *
 * @internal
 */
import type {PackedModel} from '../../data/packed-model.js'
import type {TokenizedText} from '../tokens.js'
import {type LexiconIndex, lexiconRanges, preferLexicon} from './lexicon.js'
import {refineRanges} from './refiners.js'
import {documentRanges} from './tagger.js'
import {type TaggerWord, taggerWords} from './tagger-words.js'
import {splitTitle} from './titles.js'
import {truecase} from './truecase.js'
import type {WordRange} from './word-ranges.js'
import {HAS_UPPER} from '../../internal/letter-patterns.js'

/**
 * The kinds of named entity nutgraf reports.
 *
 * @example
 * ```ts
 * const kind: NameKind = 'organization'
 * ```
 */
export type NameKind = 'person' | 'organization' | 'place'

/**
 * One name found in the text, before mentions are grouped into entities.
 *
 * @example
 * ```ts
 * const mention: NameMention = {kind: 'person', start: 5, end: 16, title: 'Gen.', rule: 'tagger'}
 * ```
 */
export interface NameMention {
  kind: NameKind
  start: number
  end: number
  /** A title or role standing before the name ("Foreign Minister"). */
  title?: string
  /** The rule or model that produced it, for debugging ("tagger", "honorific+name"). */
  rule: string
}

const kinds: Record<string, NameKind> = {PER: 'person', ORG: 'organization', LOC: 'place'}

/**
 * What `findNames` may be given besides the text.
 *
 * @example
 * ```ts
 * const options: FindNamesOptions = {lexicon: indexLexicon({places: ['Brno']})}
 * ```
 */
export interface FindNamesOptions {
  /** A model to tag with instead of the shipped one. */
  model?: PackedModel
  /** The caller's own names, found before the model's guess. */
  lexicon?: LexiconIndex
}

/**
 * Find the names in tokenized text.
 *
 * @example
 * ```ts
 * findNames(tokenize('Gen. Mark Milley spoke.'))[0] // {kind: 'person', start: 5, end: 16, title: 'Gen.', rule: 'tagger'}
 * ```
 */
export function findNames(tokenized: TokenizedText, options: FindNamesOptions = {}): NameMention[] {
  const sentences = taggerWords(tokenized)
  // The tagger reads ALL-CAPS sentences truecased; the refiners read the words as written
  // (datelines and results tables in capitals are theirs).
  const truecased = truecase(sentences)
  // The tagger's input: one sentence's word texts at a time, made as it reads them (a whole
  // document's lists would be held through the tagging, megabytes on a long text).
  const texts: Iterable<string[]> = {*[Symbol.iterator]() { for (const words of truecased) yield words.map((word) => word.text) }}
  const tagged = documentRanges(texts, options.model)
  let ranges = refineRanges(sentences, tagged)
  const lexicon = options.lexicon
  if (lexicon) ranges = preferLexicon(ranges, sentences.flatMap((words, sentence) => lexiconRanges(words, sentence, lexicon)))
  const mentions: NameMention[] = []
  for (const range of ranges) {
    const words = sentences[range.sentence] ?? []
    const kind = kinds[range.type]
    const given = range.rule === 'lexicon'
    if (!kind || (!given && !isName(words, range))) continue
    let keep: WordRange | undefined = range
    let title: [number, number] | undefined
    if (kind === 'person') {
      const split = splitTitle(words, range)
      // A name from the lexicon stays whole; only a title before it is taken.
      if (given) title = split.title && split.title[1] <= range.first ? split.title : undefined
      else ({range: keep, title} = split)
    }
    if (!keep) continue
    const first = words[keep.first] as TaggerWord
    const last = words[keep.last - 1] as TaggerWord
    const rule = given ? 'lexicon' : range.type === 'ORG' && keep.first !== range.first ? 'merged' : 'tagger'
    const mention: NameMention = {kind, start: first.start, end: last.end, rule}
    if (title) {
      const text = tokenized.text.slice((words[title[0]] as TaggerWord).start, (words[title[1] - 1] as TaggerWord).end)
      mention.title = text.replace(/\s+/g, ' ')
    }
    mentions.push(mention)
  }
  return mentions
}

/** A name has a capital letter or a digit and no blocked word. */
function isName(words: readonly TaggerWord[], range: WordRange): boolean {
  let capital = false
  for (let index = range.first; index < range.last; index++) {
    const word = words[index] as TaggerWord
    if (word.blocked) return false
    if (HAS_UPPER.test(word.text)) capital = true
  }
  return capital
}
