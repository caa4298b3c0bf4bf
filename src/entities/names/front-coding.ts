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
  let index = 0
  while (index < packed.length) {
    const shared = packed.charCodeAt(index) - codeA
    let end = index + 1
    while (end < packed.length && !isMarker(packed.charCodeAt(end))) end++
    previous = previous.slice(0, shared) + packed.slice(index + 1, end)
    entries.push(previous)
    index = end
  }
  return entries
}

function isMarker(code: number): boolean {
  return code >= codeA && code <= codeA + maxShared
}
