/**
 * Token features for the name tagger, computed the same way on gold token sequences
 * (training, evaluation) and on nutgraf's own tokens: word, lower case, shape,
 * prefixes and suffixes, neighbours, capitalization in context, sentence position,
 * gazetteers, title / nationality / organization-head lexicons and two document-level
 * cues (is the word also written in lower case in the document? capitalized
 * mid-sentence?). Features are strings hashed to integers (FNV-1a).
 *
 * @internal
 */
import {nationalities} from '../../data/nationalities.js'
import {organizationHeads} from '../../data/org-words.js'
import {titleWords} from '../../data/titles.js'
import {gazetteerLabels} from './gazetteer.js'

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
  return code < 128 ? code >= 65 && code <= 90 : /^\p{Lu}/u.test(word)
}
const isLowerWord = (word: string): boolean => {
  const code = word.charCodeAt(0)
  return code < 128 ? code >= 97 && code <= 122 : /^\p{Ll}/u.test(word)
}

/**
 * Collect the document cues from all the sentences of one document.
 *
 * @example
 * ```ts
 * documentCues([['The', 'long', 'war'], ['It', 'was', 'Long']]).lower.has('long') // true
 * ```
 */
export function documentCues(sentences: ReadonlyArray<readonly string[]>): DocumentCues {
  const lower = new Set<string>()
  const capitalMid = new Set<string>()
  for (const sentence of sentences) {
    const caps = isAllCaps(sentence)
    for (let index = 0; index < sentence.length; index++) {
      const word = sentence[index] as string
      if (isLowerWord(word)) lower.add(word)
      else if (index > 0 && !caps && isCapitalized(word) && /^[^"'(]/.test(sentence[index - 1] as string)) {
        capitalMid.add(word.toLowerCase())
      }
    }
  }
  return {lower, capitalMid}
}

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
    if (isAscii(word)) {
      for (let index = 0; index < word.length; index++) {
        const code = word.charCodeAt(index)
        if (code >= 65 && code <= 90) upper++
        else if (code >= 97 && code <= 122) lower++
      }
      continue
    }
    for (const char of word) {
      const kind = charKind(char)
      if (kind === 'X') upper++
      else if (kind === 'x') lower++
    }
  }
  return upper > 8 && upper > 3 * lower
}

/**
 * Where feature-making puts each feature: the concatenation of its parts (`add`), or
 * of a prefix and `text.slice(start, end)` (`addSlice`); `endToken` after each token's.
 * One feature list (`emitFeatures`) feeds both the strings and the hashed ids, so the
 * ids are the hashes of the strings without building them.
 */
interface FeatureSink {
  add(a: string, b?: string, c?: string, d?: string): void
  addSlice(prefix: string, text: string, start: number, end: number): void
  endToken(): void
}

const endsWithDot = (word: string): boolean => word.charCodeAt(word.length - 1) === 46

function emitFeatures(sentence: readonly string[], cues: DocumentCues, sink: FeatureSink): void {
  const words = sentence.map(normalizeWord)
  const lower = words.map((word) => word.toLowerCase())
  const shapes = words.map(wordShape)
  const bares = sentence.map((raw) => (endsWithDot(raw) ? raw.slice(0, -1) : raw))
  const gazetteer = gazetteerLabels(lower)
  const caps = isAllCaps(sentence)
  const at = (list: readonly string[], index: number): string =>
    index < 0 ? '<s>' : index >= list.length ? '</s>' : (list[index] as string)
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string
    const low = lower[index] as string
    const shape = shapes[index] as string
    const previous = at(lower, index - 1)
    const next = at(lower, index + 1)
    const previousShape = at(shapes, index - 1)
    const nextShape = at(shapes, index + 1)
    sink.add('b')
    sink.add('w=', word)
    sink.add('l=', low)
    sink.add('s=', shape)
    sink.addSlice('p2=', word, 0, 2)
    sink.addSlice('p3=', word, 0, 3)
    sink.addSlice('x2=', low, low.length - 2, low.length)
    sink.addSlice('x3=', low, low.length - 3, low.length)
    sink.addSlice('x4=', low, low.length - 4, low.length)
    sink.add('l-1=', previous)
    sink.add('l+1=', next)
    sink.add('l-2=', at(lower, index - 2))
    sink.add('l+2=', at(lower, index + 2))
    sink.add('s-1=', previousShape)
    sink.add('s+1=', nextShape)
    sink.add('s-1s=', previousShape, '|', shape)
    sink.add('ss+1=', shape, '|', nextShape)
    sink.add('l-1l=', previous, '|', low)
    sink.add('ll+1=', low, '|', next)
    sink.add('l-1s=', previous, '|', shape)
    sink.add('sl+1=', shape, '|', next)
    if (index === 0) sink.add('first|s=', shape)
    if (caps) {
      sink.add('caps|l=', low)
      sink.add('caps')
    }
    const raw = sentence[index] as string
    if (isCapitalized(raw)) {
      sink.add(cues.lower.has(low) ? 'dlow' : 'dnolow')
      if (cues.capitalMid.has(low)) sink.add('dcap')
      if (index === 0) sink.add(cues.capitalMid.has(low) ? 'first|dcap' : 'first|dnocap')
    }
    for (const label of gazetteer[index] ?? []) {
      sink.add('g=', label)
      sink.add('g=', label, '|', shape)
    }
    for (const label of gazetteer[index - 1] ?? []) sink.add('g-1=', label)
    for (const label of gazetteer[index + 1] ?? []) sink.add('g+1=', label)
    const bare = bares[index] as string
    if (titleWords.has(bare)) sink.add('title')
    if (titleWords.has(at(bares, index - 1))) sink.add('ptitle')
    if (nationalities.has(raw)) sink.add('nat')
    if (organizationHeads.has(bare)) sink.add('orghead')
    if (organizationHeads.has(at(bares, index + 1))) sink.add('norghead')
    sink.endToken()
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
  emitFeatures(sentence, cues, {
    add: (a, b = '', c = '', d = '') => features.push(a + b + c + d),
    addSlice: (prefix, text, start, end) => features.push(prefix + text.slice(Math.max(start, 0), end)),
    endToken: () => {
      result.push(features)
      features = []
    },
  })
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
  emitFeatures(sentence, cues, {
    add: (a, b, c, d) => {
      let hash = feed(fnvBasis, a)
      if (b !== undefined) hash = feed(hash, b)
      if (c !== undefined) hash = feed(hash, c)
      if (d !== undefined) hash = feed(hash, d)
      ids.push((hash >>> 0) & featureMask)
    },
    addSlice: (prefix, text, start, end) => {
      ids.push((feed(feed(fnvBasis, prefix), text, Math.max(start, 0), Math.min(end, text.length)) >>> 0) & featureMask)
    },
    endToken: () => ends.push(ids.length),
  })
  const all = Uint32Array.from(ids)
  return ends.map((end, index) => all.subarray(index === 0 ? 0 : (ends[index - 1] as number), end))
}
