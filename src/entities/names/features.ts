/**
 * Token features for the name tagger, computed the same way on gold token sequences
 * (training, evaluation) and on nutgraf's own tokens: word, lower case, shape,
 * prefixes and suffixes, neighbours, capitalization in context, sentence position,
 * gazetteers, title / nationality / organization-head lexicons and two document-level
 * cues (is the word also written in lower case in the document? capitalized
 * mid-sentence?). Features are strings hashed to integers (FNV-1a).
 *
 * They come in three scopes, by what they read, so that the tagger can make most of
 * them once per word type (./word-scores.ts): a word's own features and those it gives
 * its neighbours (`wordFeatures`, reading only the word's facts); features of a pair
 * of neighbouring words (`pairTemplates`); and context features (place in the
 * sentence, capitals, document cues, places of several words: `contextFeatures`). A
 * new feature goes into the scope of what it reads; the strings, the ids and the
 * tagger's scores all follow from the same lists.
 *
 * @internal
 */
import {nationalities} from '../../data/nationalities.js'
import {organizationHeads} from '../../data/org-words.js'
import {titleWords} from '../../data/titles.js'
import {placePhraseLength, startsPlacePhrase, wordLabels} from './gazetteer.js'
import {STARTS_LOWER, STARTS_UPPER} from '../../internal/letter-patterns.js'

/**
 * What a document tells about its words: lower-case uses, mid-sentence capitals.
 *
 * @example
 * ```ts
 * const cues: DocumentCues = {lower: new Set(['long']), capitalMid: new Set(['milley'])}
 * ```
 */
export interface DocumentCues {
  lower: ReadonlySet<string>
  capitalMid: ReadonlySet<string>
}

/**
 * Bits of the hashed feature space.
 *
 * @example
 * ```ts
 * 1 << featureBits // 4194304 hashed features
 * ```
 */
export const featureBits = 22

const featureMask = (1 << featureBits) - 1

/**
 * Normalize a token for features: curly quotes to straight ones, digits to 0.
 *
 * @example
 * ```ts
 * normalizeWord('“1996”') // '"0000"'
 * ```
 */
export function normalizeWord(word: string): string {
  if (!needsNormalizing(word)) return word
  return word.replace(/[“”„«»]/g, '"').replace(/[‘’‚]/g, "'").replace(/\d/g, '0')
}

/** Has a digit or a curly quote (“”„«»‘’‚). */
function needsNormalizing(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if ((code >= 48 && code <= 57) || code === 0xab || code === 0xbb || (code >= 0x2018 && code <= 0x201e)) return true
  }
  return false
}

/** The word is all ASCII. */
function isAscii(word: string): boolean {
  for (let index = 0; index < word.length; index++) if (word.charCodeAt(index) >= 128) return false
  return true
}

/**
 * Word shape, runs compressed: "Milley" → "Xx", "U.S." → "X.X.", "130,000" → "d,d".
 *
 * @example
 * ```ts
 * wordShape('U.S.') // 'X.X.'
 * ```
 */
export function wordShape(word: string): string {
  let shape = ''
  let last = ''
  if (isAscii(word)) {
    for (let index = 0; index < word.length && shape.length < 8; index++) {
      const kind = asciiKinds[word.charCodeAt(index)] as string
      if (kind !== last) shape += kind
      last = kind
    }
    return shape
  }
  for (const char of word) {
    const kind = charKind(char)
    if (kind !== last) shape += kind
    last = kind
    if (shape.length >= 8) break
  }
  return shape
}

/** 'X' upper case, 'x' lower case, 'd' digit, else the character itself. ASCII first, fast. */
function charKind(char: string): string {
  const code = char.charCodeAt(0)
  if (code >= 97 && code <= 122) return 'x'
  if (code >= 65 && code <= 90) return 'X'
  if (code >= 48 && code <= 57) return 'd'
  if (code < 128) return char
  const lower = char.toLowerCase()
  const upper = char.toUpperCase()
  return lower === upper ? char : char === upper ? 'X' : 'x'
}

/** `charKind` of each ASCII character, by code. */
const asciiKinds: readonly string[] = Array.from({length: 128}, (_, code) => charKind(String.fromCharCode(code)))

const isCapitalized = (word: string): boolean => {
  const code = word.charCodeAt(0)
  return code < 128 ? code >= 65 && code <= 90 : STARTS_UPPER.test(word)
}
const isLowerWord = (word: string): boolean => {
  const code = word.charCodeAt(0)
  return code < 128 ? code >= 97 && code <= 122 : STARTS_LOWER.test(word)
}

/** Starts with a character other than `"`, `'` or `(`. */
const PLAIN_START = /^[^"'(]/
const startsPlain = (word: string): boolean => PLAIN_START.test(word)

/**
 * Collect the document cues from all the sentences of one document, reading the words
 * as written (what they read of a word is among its facts: `lowerInitial`,
 * `capitalized`, `plainStart`, and the letter counts of {@link capsOf}).
 *
 * @example
 * ```ts
 * documentCues([['The', 'long', 'war'], ['It', 'was', 'Long']]).lower.has('long') // true
 * ```
 */
export function documentCues(sentences: Iterable<readonly string[]>): DocumentCues {
  const lower = new Set<string>()
  const capitalMid = new Set<string>()
  for (const sentence of sentences) {
    const caps = isAllCaps(sentence)
    for (let index = 0; index < sentence.length; index++) {
      const raw = sentence[index] as string
      if (isLowerWord(raw)) lower.add(raw)
      else if (index > 0 && !caps && isCapitalized(raw) && startsPlain(sentence[index - 1] as string)) capitalMid.add(raw.toLowerCase())
    }
  }
  return {lower, capitalMid}
}

/** The counts of the last `countLetters` (two numbers, not an array a word). */
let upperCount = 0
let lowerCount = 0

/**
 * Count the upper-case and lower-case letters of a word into `upperCount` and `lowerCount`:
 * ASCII letters here; a word with any other character is counted by
 * {@link countLettersOfAnyScript} (kept apart: this one runs for every word of a text,
 * and a small body is cheap for V8's optimizing compiler to compile on a first call).
 */
function countLetters(word: string): void {
  let upper = 0
  let lower = 0
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if (code >= 128) return countLettersOfAnyScript(word)
    if (code >= 65 && code <= 90) upper++
    else if (code >= 97 && code <= 122) lower++
  }
  upperCount = upper
  lowerCount = lower
}

/** {@link countLetters} of a word with a character outside ASCII: letters by their case, code point by code point. */
function countLettersOfAnyScript(word: string): void {
  let upper = 0
  let lower = 0
  for (const char of word) {
    const kind = charKind(char)
    if (kind === 'X') upper++
    else if (kind === 'x') lower++
  }
  upperCount = upper
  lowerCount = lower
}

/** Most of the letters are upper case (a headline in capitals), given the counts. */
const mostlyUpper = (upper: number, lower: number): boolean => upper > 8 && upper > 3 * lower

/**
 * A headline in capitals: most of its letters are upper case.
 *
 * @example
 * ```ts
 * isAllCaps(['SOCCER', '-', 'JAPAN', 'GET', 'LUCKY', 'WIN']) // true
 * ```
 */
export function isAllCaps(sentence: readonly string[]): boolean {
  let upper = 0
  let lower = 0
  for (const word of sentence) {
    countLetters(word)
    upper += upperCount
    lower += lowerCount
  }
  return mostlyUpper(upper, lower)
}

/**
 * {@link isAllCaps} from the words' facts.
 *
 * @example
 * ```ts
 * capsOf(['NATO', 'said'].map(wordFacts)) // false
 * ```
 */
export function capsOf(sentence: readonly WordFacts[]): boolean {
  let upper = 0
  let lower = 0
  for (const word of sentence) {
    upper += word.upper
    lower += word.lower
  }
  return mostlyUpper(upper, lower)
}

/**
 * Where feature-making puts each feature: the concatenation of its parts (`add`), or
 * of a prefix and `text.slice(start, end)` (`addSlice`). One feature list feeds the
 * strings, the hashed ids and the tagger's scores, so the ids are the hashes of the
 * strings without building them and the scores are the weights of those ids.
 *
 * @example
 * ```ts
 * const strings: string[] = []
 * const sink: FeatureSink = {add: (a, b = '', c = '', d = '') => strings.push(a + b + c + d), addSlice: (p, t, s, e) => strings.push(p + t.slice(s, e))}
 * ```
 */
export interface FeatureSink {
  add(a: string, b?: string, c?: string, d?: string): void
  addSlice(prefix: string, text: string, start: number, end: number): void
}

/**
 * What the features of one word read of it alone: made once per word type (the
 * tagger keeps them, with their scores, across the words of a text).
 *
 * @example
 * ```ts
 * wordFacts('Paris.').bare // 'Paris'
 * ```
 */
export interface WordFacts {
  /** The word as written. */
  raw: string
  /** `normalizeWord(raw)`. */
  word: string
  /** `word`, lower case. */
  low: string
  shape: string
  /** `raw` without a full stop at its end. */
  bare: string
  /** The gazetteer labels of `low` alone (`wordLabels`). */
  labels: readonly string[]
  /** A gazetteer place of several words may start here. */
  phraseStart: boolean
  capitalized: boolean
  /** Starts with a lower-case letter. */
  lowerInitial: boolean
  /** Starts with a character other than `"`, `'` or `(`. */
  plainStart: boolean
  /** Upper-case and lower-case letters in `raw`. */
  upper: number
  lower: number
}

const endsWithDot = (word: string): boolean => word.charCodeAt(word.length - 1) === 46

/**
 * The facts about one word that its features read.
 *
 * @example
 * ```ts
 * wordFacts('U.S.').shape // 'X.X.'
 * ```
 */
export function wordFacts(raw: string): WordFacts {
  const word = normalizeWord(raw)
  const low = word.toLowerCase()
  countLetters(raw)
  const upper = upperCount
  const lower = lowerCount
  return {
    raw,
    word,
    low,
    shape: wordShape(word),
    bare: endsWithDot(raw) ? raw.slice(0, -1) : raw,
    labels: wordLabels(low),
    phraseStart: startsPlacePhrase(low),
    capitalized: isCapitalized(raw),
    lowerInitial: isLowerWord(raw),
    plainStart: startsPlain(raw),
    upper,
    lower,
  }
}

/** What stands before the first word and after the last: a mark that no feature but the neighbour ones reads. */
const sentinel = (mark: string): WordFacts => ({
  raw: mark,
  word: mark,
  low: mark,
  shape: mark,
  bare: mark,
  labels: [],
  phraseStart: false,
  capitalized: false,
  lowerInitial: false,
  plainStart: false,
  upper: 0,
  lower: 0,
})

/**
 * The facts of the positions before a sentence's first word and after its last.
 *
 * @example
 * ```ts
 * sentenceStart.low // '<s>'
 * ```
 */
export const sentenceStart: WordFacts = sentinel('<s>')
/** @see sentenceStart @example sentenceEnd.low // '</s>' */
export const sentenceEnd: WordFacts = sentinel('</s>')

/**
 * Where a word stands relative to the token whose features are being made: the token
 * itself, the word before it, after it, two before, two after.
 *
 * @example
 * ```ts
 * roleOffsets[1] // -1: the word before
 * ```
 */
export const roleOffsets: readonly number[] = [0, -1, 1, -2, 2]

/**
 * The features a word gives the token at `roleOffsets[role]` from it. They read nothing
 * but the word's facts, so the tagger makes them once per word type and role. A new
 * feature of one word (its own, or a neighbour's) belongs here.
 *
 * @example
 * ```ts
 * const names: string[] = []
 * wordFeatures(wordFacts('Gen.'), 1, {add: (a, b = '') => names.push(a + b), addSlice: () => {}})
 * names // ['l-1=gen.', 's-1=Xx.', 'ptitle']
 * ```
 */
export function wordFeatures(facts: WordFacts, role: number, sink: FeatureSink): void {
  const {word, low, shape, bare} = facts
  switch (role) {
    case 0:
      sink.add('b')
      sink.add('w=', word)
      sink.add('l=', low)
      sink.add('s=', shape)
      sink.addSlice('p2=', word, 0, Math.min(2, word.length))
      sink.addSlice('p3=', word, 0, Math.min(3, word.length))
      sink.addSlice('x2=', low, Math.max(low.length - 2, 0), low.length)
      sink.addSlice('x3=', low, Math.max(low.length - 3, 0), low.length)
      sink.addSlice('x4=', low, Math.max(low.length - 4, 0), low.length)
      for (const label of facts.labels) {
        sink.add('g=', label)
        sink.add('g=', label, '|', shape)
      }
      if (titleWords.has(bare)) sink.add('title')
      if (nationalities.has(facts.raw)) sink.add('nat')
      if (organizationHeads.has(bare)) sink.add('orghead')
      return
    case 1:
      sink.add('l-1=', low)
      sink.add('s-1=', shape)
      for (const label of facts.labels) sink.add('g-1=', label)
      if (titleWords.has(bare)) sink.add('ptitle')
      return
    case 2:
      sink.add('l+1=', low)
      sink.add('s+1=', shape)
      for (const label of facts.labels) sink.add('g+1=', label)
      if (organizationHeads.has(bare)) sink.add('norghead')
      return
    case 3:
      sink.add('l-2=', low)
      return
    default:
      sink.add('l+2=', low)
  }
}

/**
 * A feature that joins two neighbouring words: `name`, a fact of the left word, `|`,
 * a fact of the right word ("l-1l=mark|milley"). `token` says which of the two words
 * the feature belongs to. The tagger hashes the part before the right word's fact once
 * per word type, so a pair costs a hash of the right word's fact at each token. A new
 * feature of that kind belongs in this list.
 *
 * @example
 * ```ts
 * const pair: PairTemplate = {name: 'l-1l=', left: 'low', right: 'low', token: 'right'}
 * ```
 */
export interface PairTemplate {
  name: string
  left: 'low' | 'shape'
  right: 'low' | 'shape'
  token: 'left' | 'right'
}

/**
 * The pair features, in the order they are made.
 *
 * @example
 * ```ts
 * pairTemplates.map((pair) => pair.name) // ['s-1s=', 'ss+1=', 'l-1l=', 'll+1=', 'l-1s=', 'sl+1=']
 * ```
 */
export const pairTemplates: readonly PairTemplate[] = [
  {name: 's-1s=', left: 'shape', right: 'shape', token: 'right'},
  {name: 'ss+1=', left: 'shape', right: 'shape', token: 'left'},
  {name: 'l-1l=', left: 'low', right: 'low', token: 'right'},
  {name: 'll+1=', left: 'low', right: 'low', token: 'left'},
  {name: 'l-1s=', left: 'low', right: 'shape', token: 'right'},
  {name: 'sl+1=', left: 'shape', right: 'low', token: 'left'},
]

/**
 * What the context features of a sentence read: each word's facts, whether the
 * sentence is set in capitals, the labels of gazetteer places of several words, and
 * the document's cues.
 *
 * @example
 * ```ts
 * sentenceContext(['In', 'New', 'Zealand'].map(wordFacts), false, documentCues([])).places?.[2] // ['place-I']
 * ```
 */
export interface SentenceContext {
  facts: readonly WordFacts[]
  caps: boolean
  /** Labels that only a place of several words gives (`place-B` at its start, unless the word is a place alone; `place-I` after). */
  places: ReadonlyArray<readonly string[]> | undefined
  cues: DocumentCues
}

/**
 * The context of a sentence, from its words' facts.
 *
 * @example
 * ```ts
 * sentenceContext([wordFacts('Paris')], false, documentCues([])).places // undefined
 * ```
 */
export function sentenceContext(facts: readonly WordFacts[], caps: boolean, cues: DocumentCues): SentenceContext {
  let places: string[][] | undefined
  let lower: string[] | undefined
  for (let index = 0; index < facts.length; index++) {
    if (!(facts[index] as WordFacts).phraseStart) continue
    lower ??= facts.map((word) => word.low)
    const longest = placePhraseLength(lower, index)
    if (longest === 0) continue
    places ??= facts.map(() => [])
    if (!(facts[index] as WordFacts).labels.includes('place-B')) places[index]?.push('place-B')
    for (let offset = 1; offset < longest; offset++) places[index + offset]?.push('place-I')
  }
  return {facts, caps, places, cues}
}

/**
 * The facts of the word at `index` of a sentence, or of the mark before or after it.
 *
 * @example
 * ```ts
 * factsAt([], -1) === sentenceStart // true
 * ```
 */
export const factsAt = (facts: readonly WordFacts[], index: number): WordFacts =>
  index < 0 ? sentenceStart : index >= facts.length ? sentenceEnd : (facts[index] as WordFacts)

/**
 * The pair features of the token at `index` (see {@link pairTemplates}).
 *
 * @example
 * ```ts
 * const names: string[] = []
 * pairFeatures(['Mark', 'Milley'].map(wordFacts), 0, {add: (a, b = '', c = '', d = '') => names.push(a + b + c + d), addSlice: () => {}})
 * names.includes('ll+1=mark|milley') // true
 * ```
 */
export function pairFeatures(facts: readonly WordFacts[], index: number, sink: FeatureSink): void {
  for (const pair of pairTemplates) {
    const left = pair.token === 'right' ? factsAt(facts, index - 1) : (facts[index] as WordFacts)
    const right = pair.token === 'right' ? (facts[index] as WordFacts) : factsAt(facts, index + 1)
    sink.add(pair.name, left[pair.left], '|', right[pair.right])
  }
}

/**
 * The features of the token at `index` that read more than one word and are not pairs:
 * its place in the sentence, the sentence's capitals, the document's cues, places of
 * several words. A new feature of that kind belongs here.
 *
 * @example
 * ```ts
 * const names: string[] = []
 * const context = sentenceContext(['Mark', 'Milley'].map(wordFacts), false, documentCues([]))
 * contextFeatures(context, 0, {add: (a, b = '') => names.push(a + b), addSlice: () => {}})
 * names // ['first|s=Xx', 'dnolow', 'first|dnocap']
 * ```
 */
export function contextFeatures(context: SentenceContext, index: number, sink: FeatureSink): void {
  const {facts, cues, places} = context
  const self = facts[index] as WordFacts
  const {low, shape} = self
  if (index === 0) sink.add('first|s=', shape)
  if (context.caps) {
    sink.add('caps|l=', low)
    sink.add('caps')
  }
  if (self.capitalized) {
    sink.add(cues.lower.has(low) ? 'dlow' : 'dnolow')
    if (cues.capitalMid.has(low)) sink.add('dcap')
    if (index === 0) sink.add(cues.capitalMid.has(low) ? 'first|dcap' : 'first|dnocap')
  }
  if (places) {
    for (const label of places[index] ?? []) {
      sink.add('g=', label)
      sink.add('g=', label, '|', shape)
    }
    for (const label of places[index - 1] ?? []) sink.add('g-1=', label)
    for (const label of places[index + 1] ?? []) sink.add('g+1=', label)
  }
}

/** Every feature of every token of a sentence, token by token: its words' in each role, then its context's. */
function emitFeatures(sentence: readonly string[], cues: DocumentCues, sink: FeatureSink, endToken: () => void): void {
  const facts = sentence.map(wordFacts)
  const context = sentenceContext(facts, capsOf(facts), cues)
  for (let index = 0; index < facts.length; index++) {
    for (let role = 0; role < roleOffsets.length; role++) wordFeatures(factsAt(facts, index + (roleOffsets[role] as number)), role, sink)
    pairFeatures(facts, index, sink)
    contextFeatures(context, index, sink)
    endToken()
  }
}

/**
 * The feature strings of every token of a sentence.
 *
 * @example
 * ```ts
 * sentenceFeatures(['Mark', 'Milley', 'spoke'], documentCues([]))[1]?.includes('w=Milley') // true
 * ```
 */
export function sentenceFeatures(sentence: readonly string[], cues: DocumentCues): string[][] {
  const result: string[][] = []
  let features: string[] = []
  emitFeatures(
    sentence,
    cues,
    {add: (a, b = '', c = '', d = '') => features.push(a + b + c + d), addSlice: (prefix, text, start, end) => features.push(prefix + text.slice(start, end))},
    () => {
      result.push(features)
      features = []
    },
  )
  return result
}

/**
 * Hash a feature string into the feature space (FNV-1a, 32 bits, masked).
 *
 * @example
 * ```ts
 * hashFeature('w=Milley') === hashFeature('w=Milley') // true
 * ```
 */
export function hashFeature(feature: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < feature.length; index++) {
    hash ^= feature.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0) & featureMask
}

/** FNV-1a state after `text.slice(start, end)`, from state `hash`. */
function feed(hash: number, text: string, start = 0, end = text.length): number {
  for (let index = start; index < end; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash
}

const fnvBasis = 0x811c9dc5

/**
 * The id of the feature `a + b + c + d`, without building the string.
 *
 * @example
 * ```ts
 * featureId('l-1=', 'gen.') === hashFeature('l-1=gen.') // true
 * ```
 */
export function featureId(a: string, b?: string, c?: string, d?: string): number {
  let hash = feed(fnvBasis, a)
  if (b !== undefined) hash = feed(hash, b)
  if (c !== undefined) hash = feed(hash, c)
  if (d !== undefined) hash = feed(hash, d)
  return (hash >>> 0) & featureMask
}

/**
 * The hash state after the parts `a + b + c` of a feature whose last part comes later
 * (see {@link featureIdFrom}).
 *
 * @example
 * ```ts
 * featureIdFrom(featurePrefix('l-1l=', 'mark', '|'), 'milley') === hashFeature('l-1l=mark|milley') // true
 * ```
 */
export function featurePrefix(a: string, b: string, c: string): number {
  return feed(feed(feed(fnvBasis, a), b), c)
}

/**
 * The id of the feature made of a prefix's parts (`featurePrefix`) and `last`.
 *
 * @example
 * ```ts
 * featureIdFrom(featurePrefix('s=', '', ''), 'Xx') === hashFeature('s=Xx') // true
 * ```
 */
export function featureIdFrom(prefix: number, last: string): number {
  return (feed(prefix, last) >>> 0) & featureMask
}

/**
 * The id of the feature `prefix + text.slice(start, end)`, without building the string.
 *
 * @example
 * ```ts
 * sliceFeatureId('x2=', 'milley', 4, 6) === hashFeature('x2=ey') // true
 * ```
 */
export function sliceFeatureId(prefix: string, text: string, start: number, end: number): number {
  return (feed(feed(fnvBasis, prefix), text, start, end) >>> 0) & featureMask
}

/**
 * Hashed feature ids of every token of a sentence: `hashFeature` of each of
 * `sentenceFeatures`, in the same order, computed without building the strings.
 *
 * @example
 * ```ts
 * sentenceFeatureIds(['Paris'], documentCues([])).length // 1
 * ```
 */
export function sentenceFeatureIds(sentence: readonly string[], cues: DocumentCues): Uint32Array[] {
  const ids: number[] = []
  const ends: number[] = []
  emitFeatures(sentence, cues, {add: (a, b, c, d) => ids.push(featureId(a, b, c, d)), addSlice: (prefix, text, start, end) => ids.push(sliceFeatureId(prefix, text, start, end))}, () =>
    ends.push(ids.length),
  )
  const all = Uint32Array.from(ids)
  return ends.map((end, index) => all.subarray(index === 0 ? 0 : (ends[index - 1] as number), end))
}
