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

const isMarker = (code: number): boolean => code >= codeA && code < codeA + 26

/**
 * A front-coded sorted list searched in place, without decoding it (a cold start pays
 * only for the entries a lookup walks past, and builds no strings): the entries that
 * share a text's first character are found with `indexOf` (in a sorted list an entry
 * with a new first character is marked 'A', one with a new second character 'B', and no
 * entry holds a capital), then walked from the first with the text's second character,
 * whose place is found once, when its first character's entries are first read.
 *
 * @example
 * ```ts
 * const list = new FrontCodedList(frontCode(['new york', 'newark', 'paris']))
 * list.has('newark') // true
 * list.hasPrefix('new ') // true: 'new york'
 * ```
 */
export class FrontCodedList {
  readonly #packed: string
  /** The packed entries of each first character ('' when none has it). */
  readonly #firsts = new Map<number, string>()
  /** Where, in its first character's entries, the first entry with a first and a second character is (key `first * 65536 + second`). */
  readonly #seconds = new Map<number, number>()

  constructor(packed: string) {
    this.#packed = packed
  }

  /**
   * Is `entry` in the list?
   *
   * @example
   * ```ts
   * new FrontCodedList(frontCode(['a', 'ab', 'abc'])).has('ab') // true
   * ```
   */
  has(entry: string): boolean {
    return this.#find(entry, false)
  }

  /**
   * Does an entry of the list start with `prefix` (or equal it)?
   *
   * @example
   * ```ts
   * new FrontCodedList(frontCode(['new york', 'paris'])).hasPrefix('new ') // true
   * ```
   */
  hasPrefix(prefix: string): boolean {
    return this.#find(prefix, true)
  }

  /**
   * Walk the entries in order, comparing each with `text` as it is read: `matched` is how
   * many leading characters the entry before has in common with `text`. An entry that
   * shares more than that with the one before differs from `text` where that one did
   * (and is smaller, like it), and is skipped; otherwise its own characters are compared.
   * The walk ends at an entry greater than `text`. One loop reads one character of the
   * entries a turn (`comparing` or skipping an entry's characters), so that the function
   * reads the entries in one place: V8's optimizing compiler, which compiles this walk in
   * a first call, makes a long piece of code of each place a string is read
   * (docs/results-performance.md, "Session 11").
   */
  #find(text: string, prefix: boolean): boolean {
    const first = text.charCodeAt(0)
    const entries = text === '' ? '' : this.#first(first)
    if (entries === '') return false
    const start = text.length > 1 ? (this.#seconds.get(first * 65536 + text.charCodeAt(1)) ?? -1) : 0
    if (start === -1) return false
    const length = text.length
    let matched = 1
    let common = 0
    let comparing = false
    for (let index = start; index < entries.length; index++) {
      const code = entries.charCodeAt(index)
      const marker = isMarker(code)
      if (comparing) {
        const wanted = common < length ? text.charCodeAt(common) : -1
        if (!marker && code === wanted) {
          common++
          continue
        }
        // The entry differs from `text` here, ends here, or holds all of `text`.
        if (common === length) return prefix || marker
        if (!marker && code > wanted) return false
        matched = common
        comparing = false
      }
      if (marker) {
        // A new entry: compared when it shares no more with the one before than that one with `text`.
        common = code - codeA
        comparing = common <= matched
      }
    }
    // The last entry ended with the text: `text` is an entry.
    return comparing && common === length
  }

  #first(code: number): string {
    let entries = this.#firsts.get(code)
    if (entries === undefined) {
      const start = this.#packed.indexOf(`A${String.fromCharCode(code)}`)
      const end = this.#packed.indexOf('A', start + 1)
      entries = start === -1 ? '' : this.#packed.slice(start, end === -1 ? undefined : end)
      this.#firsts.set(code, entries)
      // Each second character's first entry: the first entry (its second character after
      // the marker and the first), then each entry marked 'B' (after the marker).
      for (let at = 0; entries !== '' && at !== -1; at = entries.indexOf('B', at + 1)) this.#seconds.set(code * 65536 + entries.charCodeAt(at === 0 ? 2 : at + 1), at)
    }
    return entries
  }
}
