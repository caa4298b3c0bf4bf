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
 * Decode a front-coded list (one linear pass).
 *
 * @example
 * ```ts
 * frontDecode('AannaDeAbob') // ['anna', 'anne', 'bob']
 * ```
 */
export function frontDecode(packed: string): string[] {
  const entries: string[] = []
  let previous = ''
  // Split before each marker (native, linear: a lookahead of one character class).
  for (const piece of packed.split(/(?=[A-Z])/)) {
    if (piece === '') continue
    previous = previous.slice(0, piece.charCodeAt(0) - codeA) + piece.slice(1)
    entries.push(previous)
  }
  return entries
}
