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
 * The key of an entry's run in a {@link FrontCodedList}: its first two character codes,
 * `first * 0x10000 + second`, the second 0 for an entry of one character.
 *
 * @example
 * ```ts
 * runKey('ab') === 97 * 0x10000 + 98 // true
 * ```
 */
export function runKey(entry: string): number {
  return entry.charCodeAt(0) * 0x10000 + (entry.length > 1 ? entry.charCodeAt(1) : 0)
}

/**
 * A front-coded sorted list read run by run, without decoding it whole (a cold start pays
 * only for the words it meets): the entries that share their first two characters are
 * found with `indexOf` (in a sorted list an entry with a new first character is marked 'A'
 * and one with a new second character 'B', and no entry holds a capital) and decoded.
 *
 * @example
 * ```ts
 * new FrontCodedList(frontCode(['new york', 'newark', 'paris'])).run(runKey('ne')) // ['new york', 'newark']
 * ```
 */
export class FrontCodedList {
  readonly #packed: string
  /** The packed entries of each first character that has some. */
  readonly #firsts = new Map<number, string>()

  constructor(packed: string) {
    this.#packed = packed
  }

  /**
   * The entries whose {@link runKey} is `key`, decoded.
   *
   * @example
   * ```ts
   * new FrontCodedList(frontCode(['a', 'ab', 'abc'])).run(runKey('a')) // ['a']
   * ```
   */
  run(key: number): string[] {
    const first = Math.floor(key / 0x10000)
    const second = key % 0x10000
    const entries = this.#first(first)
    if (entries === '') return []
    const alone = entries.length === 2 || isMarker(entries.charCodeAt(2))
    if (second === 0) return alone ? [String.fromCharCode(first)] : []
    const start = !alone && entries.charCodeAt(2) === second ? 0 : entries.indexOf(`B${String.fromCharCode(second)}`)
    if (start === -1) return []
    const end = entries.indexOf('B', start + 1)
    return frontDecode(entries.slice(start, end === -1 ? undefined : end), String.fromCharCode(first))
  }

  #first(code: number): string {
    let entries = this.#firsts.get(code)
    if (entries === undefined) {
      const start = this.#packed.indexOf(`A${String.fromCharCode(code)}`)
      if (start === -1) return '' // not remembered: the characters no entry starts with are too many
      const end = this.#packed.indexOf('A', start + 1)
      entries = this.#packed.slice(start, end === -1 ? undefined : end)
      this.#firsts.set(code, entries)
    }
    return entries
  }
}
