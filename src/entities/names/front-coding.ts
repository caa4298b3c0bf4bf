/**
 * Front coding of sorted lower-case word lists, to ship them small: each entry is one
 * capital letter, how many leading characters it shares with the entry before ('A' = 0 …
 * 'Z' = 25), then the rest of the entry. Entries must not contain the capitals A–Z (the
 * capital marks where an entry starts).
 *
 * @internal
 */

const codeA = 65
const maxShared = 25

/**
 * Front-code a sorted list of entries without capitals A–Z.
 *
 * @example
 * ```ts
 * frontCode(['anna', 'anne', 'bob']) // 'AannaDeAbob'
 * ```
 */
export function frontCode(entries: readonly string[]): string {
  let previous = ''
  let packed = ''
  for (const entry of entries) {
    if (/[A-Z]/.test(entry)) throw new Error(`front coding: entry with a capital: ${entry}`)
    let shared = 0
    while (shared < maxShared && shared < entry.length && entry.charCodeAt(shared) === previous.charCodeAt(shared)) shared++
    packed += String.fromCharCode(codeA + shared) + entry.slice(shared)
    previous = entry
  }
  return packed
}

/**
 * Decode a front-coded list (one linear pass); `before` is the entry before the first
 * (for a piece cut from a longer list).
 *
 * @example
 * ```ts
 * frontDecode('AannaDeAbob') // ['anna', 'anne', 'bob']
 * ```
 */
export function frontDecode(packed: string, before = ''): string[] {
  const entries: string[] = []
  let previous = before
  // Split before each marker (native, linear: a lookahead of one character class).
  for (const piece of packed.split(/(?=[A-Z])/)) {
    if (piece === '') continue
    previous = previous.slice(0, piece.charCodeAt(0) - codeA) + piece.slice(1)
    entries.push(previous)
  }
  return entries
}

/** The entries of one two-character prefix, and the proper word prefixes of those of several words. */
interface Bucket {
  entries: ReadonlySet<string>
  phrasePrefixes: ReadonlySet<string>
}

const emptyBucket: Bucket = {entries: new Set(), phrasePrefixes: new Set()}
const isMarker = (code: number): boolean => code >= codeA && code < codeA + 26
const space = 32

/**
 * A front-coded sorted list as a set that decodes only what its lookups reach: the run of
 * entries sharing a lookup's first two characters. Nothing is decoded up front (a cold
 * start pays for the words it meets). In a sorted list an entry with a new first
 * character is marked 'A' and one with a new second character 'B', and no entry holds a
 * capital, so `indexOf` finds each run.
 *
 * @example
 * ```ts
 * new FrontCodedSet(frontCode(['new york', 'paris'])).has('paris') // true
 * ```
 */
export class FrontCodedSet {
  readonly #packed: string
  /** The packed run of each first character ('' when none). */
  readonly #runs = new Map<number, string>()
  /** By the two character codes, `first * 0x10000 + second`. */
  readonly #buckets = new Map<number, Bucket>()

  constructor(packed: string) {
    this.#packed = packed
  }

  /**
   * Is `entry` in the list?
   *
   * @example
   * ```ts
   * new FrontCodedSet(frontCode(['anna', 'anne'])).has('ann') // false
   * ```
   */
  has(entry: string): boolean {
    if (entry.length < 2) {
      const run = entry === '' ? '' : this.#run(entry.charCodeAt(0))
      return run !== '' && (run.length === 2 || isMarker(run.charCodeAt(2)))
    }
    return this.#bucket(entry.charCodeAt(0), entry.charCodeAt(1)).entries.has(entry)
  }

  /**
   * Is `phrase` the first word, or the first words, of an entry of more words?
   *
   * @example
   * ```ts
   * new FrontCodedSet(frontCode(['new south wales'])).startsPhrase('new south') // true
   * ```
   */
  startsPhrase(phrase: string): boolean {
    if (phrase === '') return false
    return this.#bucket(phrase.charCodeAt(0), phrase.length > 1 ? phrase.charCodeAt(1) : space).phrasePrefixes.has(phrase)
  }

  #run(first: number): string {
    let run = this.#runs.get(first)
    if (run === undefined) {
      const start = this.#packed.indexOf(`A${String.fromCharCode(first)}`)
      const end = start === -1 ? -1 : this.#packed.indexOf('A', start + 1)
      run = start === -1 ? '' : this.#packed.slice(start, end === -1 ? undefined : end)
      this.#runs.set(first, run)
    }
    return run
  }

  #bucket(first: number, second: number): Bucket {
    const key = first * 0x10000 + second
    const known = this.#buckets.get(key)
    if (known) return known
    const run = this.#run(first)
    const start = run.charCodeAt(2) === second && run.length > 2 ? 0 : run.indexOf(`B${String.fromCharCode(second)}`)
    // A prefix the list lacks is not remembered (there are too many possible ones).
    if (run === '' || start === -1) return emptyBucket
    const end = run.indexOf('B', start + 1)
    const entries = frontDecode(run.slice(start, end === -1 ? undefined : end), String.fromCharCode(first))
    const phrasePrefixes = new Set<string>()
    for (const entry of entries) {
      for (let at = entry.indexOf(' '); at !== -1; at = entry.indexOf(' ', at + 1)) phrasePrefixes.add(entry.slice(0, at))
    }
    const bucket = {entries: new Set(entries), phrasePrefixes}
    this.#buckets.set(key, bucket)
    return bucket
  }
}
