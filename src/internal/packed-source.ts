/**
 * A regular expression's source with its `\\uXXXX` escapes packed: each escape as `~` and its
 * difference from the escape before it, in 4-bit digits (the sign in the lowest bit;
 * `continuing` digits, then one `final` one). Long character classes of nearby code
 * points, as parse-latin's are (src/internal/parse-latin-expressions.ts), take less than
 * half the characters and gzip to under half.
 *
 * @internal
 */

/** Digits of a difference: `continuing` ones, then one `final` one; 4 bits each, the sign in the lowest bit. */
const continuing = 'ghijklmnopqrstuv'
const final = '0123456789abcdef'

/**
 * A pattern's source with every `\uXXXX` escape as `~` and its difference from the escape
 * before it (see {@link unpackSource}).
 *
 * @example
 * ```ts
 * packSource(String.raw`[\u00AA\u00B5-\u00BA]`) // '[~lk~q~e]'
 * ```
 */
export function packSource(source: string): string {
  let previous = 0
  return source.replace(/\\u([0-9A-F]{4})/g, (_escape, hex: string) => {
    const value = Number.parseInt(hex, 16)
    const delta = value - previous
    previous = value
    let rest = delta >= 0 ? delta * 2 : -delta * 2 - 1
    let digits = final.charAt(rest & 15)
    for (rest >>= 4; rest > 0; rest >>= 4) digits = continuing.charAt(rest & 15) + digits
    return `~${digits}`
  })
}

/**
 * The source {@link packSource} packed.
 *
 * @example
 * ```ts
 * unpackSource('[~lk~q~e]') // String.raw`[\u00AA\u00B5-\u00BA]`
 * ```
 */
export function unpackSource(packed: string): string {
  let previous = 0
  return packed.replace(/~([g-v]*)([0-9a-f])/g, (_digits, high: string, low: string) => {
    let rest = 0
    for (const digit of high) rest = rest * 16 + continuing.indexOf(digit)
    rest = rest * 16 + final.indexOf(low)
    previous += rest % 2 === 0 ? rest / 2 : -(rest + 1) / 2
    return `\\u${previous.toString(16).toUpperCase().padStart(4, '0')}`
  })
}

