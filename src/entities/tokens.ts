/**
 * Tokens and sentences with offsets, from nlcst (retext-english). The shared first
 * stage of every entity finder.
 *
 * parse-english is fast on paragraphs but superlinear on one very long input, so the
 * text is cut into blocks (at blank lines, and long blocks at a line break or a space)
 * and each block is parsed alone. Two of its quirks are mended here: a word that it
 * takes for an abbreviation ("sat.", "5.") ends a sentence when the next word starts
 * with a capital, and digit groups ("130,000") become one token. Every URL becomes one
 * token of kind `url`, so that no finder mines it.
 *
 * @internal
 */
import type {Paragraph, Root, Sentence as NlcstSentence, SentenceContent} from 'nlcst'
import {abbreviations, titleAbbreviations} from '../data/abbreviations.js'
import {parseNlcst} from '../internal/parse.js'
import {findEmails, scanUrls, tokenRules} from '../internal/urls.js'
import {WordTexts} from '../internal/word-texts.js'
import {ONE_UPPER, STARTS_UPPER} from '../internal/letter-patterns.js'

/** What a token is. */
export type TokenKind = 'word' | 'punctuation' | 'symbol' | 'url'

/** One token of the text. */
export interface Token {
  /** `text.slice(start, end)`. */
  text: string
  start: number
  /** `start + text.length`. */
  readonly end: number
  kind: TokenKind
  /** Index of its sentence in `sentences`. */
  readonly sentence: number
  /** Whitespace stands between this token and the one before it. */
  spaceBefore: boolean
  /** A line break stands between this token and the one before it. */
  newlineBefore: boolean
}

/** The token kinds, by their number in a token's packed flags. */
const kinds: readonly TokenKind[] = ['word', 'punctuation', 'symbol', 'url']

/**
 * A token as the tokenizer makes it, in three fields: its text, its start, and one number
 * holding its sentence (times 16) with its kind and the two whitespace facts (the low four
 * bits); `end` is `start` plus the text's length. The rest is read through getters. A long
 * text has a token every five or six characters, and its tokens are most of what an entity
 * call holds: three fields take 48 bytes a token where seven took 80.
 */
class TextToken implements Token {
  declare text: string
  declare start: number
  /** The sentence times 16, plus the kind's number in `kinds`, plus 4 for a space before, plus 8 for a line break before. */
  declare bits: number

  constructor(text: string, start: number, kind: TokenKind, sentence: number, spaceBefore: boolean, newlineBefore: boolean) {
    this.text = text
    this.start = start
    this.bits = sentence * 16 + (kinds.indexOf(kind) | (spaceBefore ? 4 : 0) | (newlineBefore ? 8 : 0))
  }

  get end(): number {
    return this.start + this.text.length
  }

  get sentence(): number {
    // Not `>> 4`: exact past 2^31 too.
    return Math.floor(this.bits / 16)
  }

  get kind(): TokenKind {
    return kinds[this.bits & 3] as TokenKind
  }

  get spaceBefore(): boolean {
    return (this.bits & 4) !== 0
  }

  get newlineBefore(): boolean {
    return (this.bits & 8) !== 0
  }
}

/** A sentence: its extent and its tokens `tokens.slice(first, end)`. */
export interface Sentence {
  start: number
  end: number
  first: number
  /** Index just past its last token. */
  last: number
}

/** The tokens and sentences of a text. */
export interface TokenizedText {
  text: string
  tokens: Token[]
  sentences: Sentence[]
}

/** Longest block given to parse-english at once. */
const maxBlock = 4000

/**
 * Tokenize `text` into words, punctuation, symbols and URLs, grouped into sentences.
 *
 * @example
 * ```ts
 * tokenize('The committee sat. Members left.').sentences.length // 2
 * ```
 */
export function tokenize(text: string): TokenizedText {
  const tokens: Token[] = []
  const sentences: Sentence[] = []
  const words = new WordTexts()
  for (const [blockStart, blockEnd] of blocks(text)) {
    const tree = parseNlcst(text.slice(blockStart, blockEnd))
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue
      for (const sentence of (paragraph as Paragraph).children) {
        if (sentence.type !== 'SentenceNode') continue
        addSentence(text, blockStart, sentence as NlcstSentence, tokens, sentences, words)
      }
    }
  }
  return withUrlTokens(text, tokens, sentences.length)
}

/** The tokens with each URL made one token, and the sentences renumbered after that. */
function withUrlTokens(text: string, tokens: Token[], sentenceCount: number): TokenizedText {
  const merged = mergeUrls(text, tokens, findUrls(text))
  return {text, tokens: merged, sentences: rebuildSentences(merged, sentenceCount)}
}

/**
 * Tokenize `text` from an nlcst tree already parsed from it (retext-english's, in the
 * retext plugin), whose nodes carry offsets into `text`: the tree's sentences are read as
 * they are, with the same mending and URL tokens as {@link tokenize}, and the text is not
 * parsed again. Undefined when the tree does not fit the text (a node without a position,
 * or one past the text's end, as in a tree built or changed by hand): then use `tokenize`.
 *
 * @example
 * ```ts
 * import {parseNlcst} from '../internal/parse.js'
 *
 * const text = 'The committee sat. Members left.'
 * tokenizeTree(text, parseNlcst(text))?.tokens.length // 7
 * ```
 */
export function tokenizeTree(text: string, tree: Root): TokenizedText | undefined {
  const found: NlcstSentence[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of (paragraph as Paragraph).children) {
      if (sentence.type !== 'SentenceNode') continue
      if (!fitsText(sentence as NlcstSentence, text.length)) return undefined
      found.push(sentence as NlcstSentence)
    }
  }
  const tokens: Token[] = []
  const sentences: Sentence[] = []
  const words = new WordTexts()
  for (const sentence of found) addSentence(text, 0, sentence, tokens, sentences, words)
  return withUrlTokens(text, tokens, sentences.length)
}

/** Every child of the sentence has offsets within the text, in order. */
function fitsText(sentence: NlcstSentence, length: number): boolean {
  let last = 0
  for (const node of sentence.children) {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined || start < last || end < start || end > length) return false
    last = end
  }
  return true
}

/** Cut `text` into blocks at blank lines; cut longer blocks at a line break or space. */
export function blocks(text: string): Array<[number, number]> {
  const result: Array<[number, number]> = []
  let start = 0
  let lineStart = 0
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart)
    const lineEnd = newline === -1 ? text.length : newline
    if (lineStart > start && isBlank(text, lineStart, lineEnd)) {
      pushBlock(text, start, lineStart, result)
      start = lineEnd + 1
    }
    if (newline === -1) break
    lineStart = newline + 1
  }
  pushBlock(text, start, text.length, result)
  return result
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    if (!/\s/.test(text.charAt(index))) return false
  }
  return true
}

function pushBlock(text: string, start: number, end: number, result: Array<[number, number]>): void {
  while (end - start > maxBlock) {
    const cut = cutPoint(text, start, start + maxBlock)
    result.push([start, cut])
    start = cut
  }
  if (end > start && /\S/.test(text.slice(start, end))) result.push([start, end])
}

function cutPoint(text: string, start: number, limit: number): number {
  const newline = text.lastIndexOf('\n', limit)
  if (newline > start + maxBlock / 2) return newline + 1
  const space = text.lastIndexOf(' ', limit)
  if (space > start + maxBlock / 2) return space + 1
  return limit
}

/** URLs (`https://…`, `www.…`) and bare e-mail addresses, by the one URL scanner (internal/urls.ts). */
function findUrls(text: string): Array<[number, number]> {
  return mergeRanges(scanUrls(text, tokenRules), findEmails(text))
}

/** Merge two sorted lists of ranges, dropping a range of `extra` that overlaps one of `base`. */
function mergeRanges(base: Array<[number, number]>, extra: Array<[number, number]>): Array<[number, number]> {
  if (extra.length === 0) return base
  const merged: Array<[number, number]> = []
  let index = 0
  for (const range of extra) {
    while (index < base.length && (base[index] as [number, number])[0] < range[1]) merged.push(base[index++] as [number, number])
    const last = merged[merged.length - 1]
    if (!last || last[1] <= range[0]) merged.push(range)
  }
  while (index < base.length) merged.push(base[index++] as [number, number])
  return merged
}

const OPENS_SENTENCE = RegExp(String.raw`^[\p{Lu}"“‘'(\d]`, 'u')

function addSentence(
  text: string,
  offset: number,
  sentence: NlcstSentence,
  tokens: Token[],
  sentences: Sentence[],
  words: WordTexts,
): void {
  let index = sentences.length
  let first = tokens.length
  let spaceBefore = tokens.length > 0
  let newlineBefore = false
  const close = (): void => {
    if (tokens.length > first) {
      const from = tokens[first] as Token
      const to = tokens[tokens.length - 1] as Token
      sentences.push({start: from.start, end: to.end, first, last: tokens.length})
      index = sentences.length
      first = tokens.length
    }
  }
  const children: SentenceContent[] = sentence.children
  for (let position = 0; position < children.length; position++) {
    const node = children[position] as SentenceContent
    const start = offset + (node.position?.start.offset ?? 0)
    const end = offset + (node.position?.end.offset ?? 0)
    if (node.type === 'WhiteSpaceNode') {
      spaceBefore = true
      if (text.slice(start, end).includes('\n')) newlineBefore = true
      continue
    }
    const kind: TokenKind =
      node.type === 'WordNode' ? 'word' : node.type === 'SymbolNode' ? 'symbol' : 'punctuation'
    const value = words.of(text.slice(start, end))
    const previous = tokens[tokens.length - 1]
    if (kind === 'word' && previous && !spaceBefore && previous.sentence === index && isDigitGroup(previous, value)) {
      previous.text += value
      continue
    }
    if (kind === 'punctuation' && value === ',' && previous && !spaceBefore && /^\d{1,3}(?:,\d{3})*$/.test(previous.text)) {
      const next = children[position + 1]
      const nextValue = next && next.type === 'WordNode' ? text.slice(offset + (next.position?.start.offset ?? 0), offset + (next.position?.end.offset ?? 0)) : ''
      if (/^\d{3}$/.test(nextValue)) {
        previous.text += value
        continue
      }
    }
    if (kind === 'word' && value.length > 1 && value.endsWith('.') && !isAbbreviation(value)) {
      const next = nextWord(children, position)
      const nextText = next ? text.slice(offset + (next.position?.start.offset ?? 0), offset + (next.position?.end.offset ?? 0)) : ''
      if (!next || OPENS_SENTENCE.test(nextText)) {
        tokens.push(new TextToken(words.of(value.slice(0, -1)), start, kind, index, spaceBefore, newlineBefore))
        tokens.push(new TextToken('.', end - 1, 'punctuation', index, false, false))
        spaceBefore = false
        newlineBefore = false
        if (next) close()
        continue
      }
    }
    tokens.push(new TextToken(value, start, kind, index, spaceBefore, newlineBefore))
    spaceBefore = false
    newlineBefore = false
  }
  close()
}

function nextWord(children: SentenceContent[], position: number): SentenceContent | undefined {
  for (let index = position + 1; index < children.length; index++) {
    const node = children[index] as SentenceContent
    if (node.type === 'WhiteSpaceNode') continue
    return node
  }
  return undefined
}

function isDigitGroup(previous: Token, value: string): boolean {
  return /^\d{1,3}(?:,\d{3})*,$/.test(previous.text) && /^\d{3}$/.test(value)
}

/** "Gen.", "U.S.", "p.m.", "D-Calif.", "J." — a full stop that does not end a sentence. */
function isAbbreviation(word: string): boolean {
  const bare = word.slice(0, -1)
  if (bare.includes('.')) return true
  if (ONE_UPPER.test(bare)) return true
  const lastPart = bare.slice(bare.lastIndexOf('-') + 1)
  return abbreviations.has(bare) || abbreviations.has(lastPart)
}

/** Replace the tokens inside each URL with one `url` token. */
function mergeUrls(text: string, tokens: Token[], urls: Array<[number, number]>): Token[] {
  if (urls.length === 0) return tokens
  const result: Token[] = []
  let u = 0
  for (const token of tokens) {
    while (u < urls.length && (urls[u] as [number, number])[1] <= token.start) u++
    const url = urls[u]
    const last = result[result.length - 1]
    if (last && last.kind === 'url' && last.end > token.start) {
      last.text = text.slice(last.start, Math.max(last.end, token.end))
      continue
    }
    if (!url || token.end <= url[0]) {
      result.push(token)
      continue
    }
    const start = Math.max(Math.min(url[0], token.start), last ? last.end : 0)
    const end = Math.max(url[1], token.end)
    result.push(new TextToken(text.slice(start, end), start, 'url', token.sentence, token.spaceBefore, token.newlineBefore))
  }
  return result
}

/** Abbreviations that join two names and never end a sentence: "Roe vs. Wade", "Brown v. Board". */
const joiners: ReadonlySet<string> = new Set(['vs', 'v'])

/**
 * Whether the token at `index` goes on the sentence before it: parse-english ends a
 * sentence at "vs." before a capital ("Roe vs. Wade") and after some titles ("Adm. Mike
 * Mullen", "Det. Ruiz"), so it is joined again when the full stop is written onto "vs" or
 * "v", or onto a title before a capital, and the next word is on the same line.
 */
function continuesAfterJoiner(tokens: readonly Token[], index: number): boolean {
  const stop = tokens[index - 1]
  const word = tokens[index - 2]
  const token = tokens[index] as Token
  if (!stop || !word || stop.text !== '.' || stop.spaceBefore || word.kind !== 'word' || token.newlineBefore) return false
  if (titleAbbreviations.has(word.text) && token.kind === 'word' && STARTS_UPPER.test(token.text)) return true
  return joiners.has(word.text) && (tokens[index - 3]?.kind === 'word')
}

/** Renumber sentences after merging, dropping empty ones; a sentence cut after a joiner goes on the one before it. */
function rebuildSentences(tokens: Token[], count: number): Sentence[] {
  const sentences: Sentence[] = []
  const renumber = new Array<number>(count).fill(-1)
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token
    let target = renumber[token.sentence] ?? -1
    if (target === -1 && sentences.length > 0 && continuesAfterJoiner(tokens, index)) {
      target = sentences.length - 1
      renumber[token.sentence] = target
    }
    if (target === -1) {
      target = sentences.length
      renumber[token.sentence] = target
      sentences.push({start: token.start, end: token.end, first: index, last: index + 1})
    }
    const sentence = sentences[target] as Sentence
    sentence.end = token.end
    sentence.last = index + 1
    ;(token as TextToken).bits += (target - token.sentence) * 16
  }
  return sentences
}
