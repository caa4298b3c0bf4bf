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
  return word.replace(/[“”„«»]/g, '"').replace(/[‘’‚]/g, "'").replace(/\d/g, '0')
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

const isCapitalized = (word: string): boolean => /^\p{Lu}/u.test(word)
const isLowerWord = (word: string): boolean => /^\p{Ll}/u.test(word)

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
    for (const char of word) {
      const kind = charKind(char)
      if (kind === 'X') upper++
      else if (kind === 'x') lower++
    }
  }
  return upper > 8 && upper > 3 * lower
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
  const words = sentence.map(normalizeWord)
  const lower = words.map((word) => word.toLowerCase())
  const shapes = words.map(wordShape)
  const gazetteer = gazetteerLabels(lower)
  const caps = isAllCaps(sentence)
  const at = (list: readonly string[], index: number): string =>
    index < 0 ? '<s>' : index >= list.length ? '</s>' : (list[index] as string)
  const result: string[][] = []
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string
    const low = lower[index] as string
    const shape = shapes[index] as string
    const previous = at(lower, index - 1)
    const next = at(lower, index + 1)
    const features = [
      'b',
      'w=' + word,
      'l=' + low,
      's=' + shape,
      'p2=' + word.slice(0, 2),
      'p3=' + word.slice(0, 3),
      'x2=' + low.slice(-2),
      'x3=' + low.slice(-3),
      'x4=' + low.slice(-4),
      'l-1=' + previous,
      'l+1=' + next,
      'l-2=' + at(lower, index - 2),
      'l+2=' + at(lower, index + 2),
      's-1=' + at(shapes, index - 1),
      's+1=' + at(shapes, index + 1),
      's-1s=' + at(shapes, index - 1) + '|' + shape,
      'ss+1=' + shape + '|' + at(shapes, index + 1),
      'l-1l=' + previous + '|' + low,
      'll+1=' + low + '|' + next,
      'l-1s=' + previous + '|' + shape,
      'sl+1=' + shape + '|' + next,
    ]
    if (index === 0) features.push('first|s=' + shape)
    if (caps) features.push('caps|l=' + low, 'caps')
    const raw = sentence[index] as string
    if (isCapitalized(raw)) {
      features.push(cues.lower.has(low) ? 'dlow' : 'dnolow')
      if (cues.capitalMid.has(low)) features.push('dcap')
      if (index === 0) features.push(cues.capitalMid.has(low) ? 'first|dcap' : 'first|dnocap')
    }
    for (const label of gazetteer[index] ?? []) features.push('g=' + label, 'g=' + label + '|' + shape)
    for (const label of gazetteer[index - 1] ?? []) features.push('g-1=' + label)
    for (const label of gazetteer[index + 1] ?? []) features.push('g+1=' + label)
    const bare = raw.replace(/\.$/, '')
    if (titleWords.has(bare)) features.push('title')
    if (titleWords.has(at(sentence, index - 1).replace(/\.$/, ''))) features.push('ptitle')
    if (nationalities.has(raw)) features.push('nat')
    if (organizationHeads.has(bare)) features.push('orghead')
    if (organizationHeads.has(at(sentence, index + 1).replace(/\.$/, ''))) features.push('norghead')
    result.push(features)
  }
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

/**
 * Hashed feature ids of every token of a sentence.
 *
 * @example
 * ```ts
 * sentenceFeatureIds(['Paris'], documentCues([])).length // 1
 * ```
 */
export function sentenceFeatureIds(sentence: readonly string[], cues: DocumentCues): Uint32Array[] {
  return sentenceFeatures(sentence, cues).map((features) => Uint32Array.from(features, hashFeature))
}
