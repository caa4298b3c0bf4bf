/**
 * The user's own names (`EntityOptions.lexicon`): people, organizations and places given
 * by the caller are found with their type before the model's guess. Each entry is cut
 * into words as the text is, and matched word for word, case-sensitively, the longest
 * entry first at each word, left to right; where the text writes the words in capitals
 * ("APPLE SAYS …", a dateline), an entry matches them whatever its own case. What the
 * tagger or the rules found over the same words gives way.
 *
 * @internal
 */
import {describeValue} from '../../internal/assert-text.js'
import {tokenize} from '../tokens.js'
import type {WordRange} from './word-ranges.js'
import {taggerWords, type TaggerWord} from './tagger-words.js'
import {HAS_LOWER, HAS_UPPER} from '../../internal/letter-patterns.js'

/**
 * The names a caller gives, by kind (the shape of the public `Lexicon`).
 *
 * @example
 * ```ts
 * const names: LexiconNames = {people: ['Mark Milley'], organizations: ['Norilsk Nickel']}
 * ```
 */
export interface LexiconNames {
  people?: readonly string[]
  organizations?: readonly string[]
  places?: readonly string[]
}

interface Entry {
  words: readonly string[]
  type: string
}

/**
 * Entries by their first word (as written, and upper-cased for lines in capitals),
 * longest first.
 *
 * @example
 * ```ts
 * const index: LexiconIndex = indexLexicon({places: ['Brno']})
 * ```
 */
export interface LexiconIndex {
  exact: ReadonlyMap<string, readonly Entry[]>
  upper: ReadonlyMap<string, readonly Entry[]>
}

const kinds: ReadonlyArray<[keyof LexiconNames, string]> = [
  ['people', 'PER'],
  ['organizations', 'ORG'],
  ['places', 'LOC'],
]

/** The words of an entry, as `taggerWords` cuts the text. */
function entryWords(entry: string): string[] {
  return taggerWords(tokenize(entry)).flatMap((sentence) => sentence.map((word) => word.text))
}

/**
 * Index a lexicon. Entries that are empty or only spaces are skipped; an entry given
 * twice keeps its first kind (people, then organizations, then places).
 *
 * @example
 * ```ts
 * indexLexicon({organizations: ["Moody's Investors Service"]}).exact.get('Moody')?.[0]?.words // ['Moody', "'s", 'Investors', 'Service']
 * ```
 */
export function indexLexicon(names: LexiconNames): LexiconIndex {
  const exact = new Map<string, Entry[]>()
  const upper = new Map<string, Entry[]>()
  const seen = new Set<string>()
  for (const [kind, type] of kinds) {
    for (const name of names[kind] ?? []) {
      const words = entryWords(name)
      const key = words.join(' ')
      if (words.length === 0 || seen.has(key)) continue
      seen.add(key)
      const entry: Entry = {words, type}
      const first = words[0] as string
      exact.set(first, [...(exact.get(first) ?? []), entry])
      upper.set(first.toUpperCase(), [...(upper.get(first.toUpperCase()) ?? []), entry])
    }
  }
  const longestFirst = (entries: Entry[]): Entry[] => entries.sort((a, b) => b.words.length - a.words.length)
  for (const entries of exact.values()) longestFirst(entries)
  for (const entries of upper.values()) longestFirst(entries)
  return {exact, upper}
}

/** A word in capitals: letters, none of them lower case. */
const isUpperWord = (text: string): boolean => HAS_UPPER.test(text) && !HAS_LOWER.test(text)

/** Does `entry` match the words from `index`, exactly or (over words in capitals) upper-cased? */
function matches(words: readonly TaggerWord[], index: number, entry: Entry, upper: boolean): boolean {
  if (index + entry.words.length > words.length) return false
  for (let offset = 0; offset < entry.words.length; offset++) {
    const word = words[index + offset] as TaggerWord
    if (word.blocked) return false
    const want = entry.words[offset] as string
    if (word.text === want) continue
    if (!upper || !isUpperWord(word.text) || word.text !== want.toUpperCase()) return false
  }
  return true
}

/**
 * The lexicon's names in one sentence: at each word the longest entry that matches,
 * left to right, never overlapping.
 *
 * @example
 * ```ts
 * // words "Norilsk Nickel said", organizations ['Norilsk Nickel'] → ORG 0..2
 * ```
 */
export function lexiconRanges(words: readonly TaggerWord[], sentence: number, index: LexiconIndex): WordRange[] {
  const ranges: WordRange[] = []
  for (let at = 0; at < words.length; at++) {
    const text = (words[at] as TaggerWord).text
    const upper = isUpperWord(text)
    let best: Entry | undefined
    for (const entries of [index.exact.get(text), upper ? index.upper.get(text) : undefined]) {
      for (const entry of entries ?? []) {
        if ((!best || entry.words.length > best.words.length) && matches(words, at, entry, upper)) best = entry
      }
    }
    if (!best) continue
    ranges.push({type: best.type, sentence, first: at, last: at + best.words.length, fixed: true, rule: 'lexicon'})
    at += best.words.length - 1
  }
  return ranges
}

/**
 * Put the lexicon's ranges before the others: a range that overlaps one of them is
 * dropped. Both lists ordered; the result is ordered.
 *
 * @example
 * ```ts
 * // tagger "Norilsk"/LOC + lexicon "Norilsk Nickel"/ORG → only the ORG range
 * ```
 */
export function preferLexicon(ranges: readonly WordRange[], lexicon: readonly WordRange[]): WordRange[] {
  if (lexicon.length === 0) return [...ranges]
  const covered = new Map<number, Set<number>>()
  for (const given of lexicon) {
    const words = covered.get(given.sentence) ?? new Set<number>()
    for (let index = given.first; index < given.last; index++) words.add(index)
    covered.set(given.sentence, words)
  }
  const overlapsLexicon = (range: WordRange): boolean => {
    const words = covered.get(range.sentence)
    if (!words) return false
    for (let index = range.first; index < range.last; index++) if (words.has(index)) return true
    return false
  }
  const kept = ranges.filter((range) => !overlapsLexicon(range))
  return [...kept, ...lexicon].sort((a, b) => a.sentence - b.sentence || a.first - b.first)
}

/**
 * Check a `lexicon` option and index it: undefined stays undefined; an object whose
 * `people`, `organizations` and `places` are absent or arrays of strings is indexed;
 * anything else is a `TypeError` that says what was given.
 *
 * @example
 * ```ts
 * lexiconOption({places: ['Brno']}, 'extractEntities')?.exact.has('Brno') // true
 * ```
 */
export function lexiconOption(value: unknown, functionName: string): LexiconIndex | undefined {
  if (value === undefined) return undefined
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`nutgraf: ${functionName}() option lexicon must be an object {people?, organizations?, places?}, got ${describeValue(value)}`)
  }
  const names = value as Record<string, unknown>
  for (const [kind] of kinds) {
    const list = names[kind]
    if (list === undefined) continue
    if (!Array.isArray(list)) throw new TypeError(`nutgraf: ${functionName}() option lexicon.${kind} must be an array of strings, got ${describeValue(list)}`)
    const bad = list.findIndex((entry) => typeof entry !== 'string')
    if (bad >= 0) throw new TypeError(`nutgraf: ${functionName}() option lexicon.${kind}[${bad}] must be a string, got ${describeValue(list[bad])}`)
  }
  return indexLexicon(names as LexiconNames)
}
