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
const hex = '0123456789ABCDEF'

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
  return source.replace(/\\u([0-9A-F]{4})/g, (_escape, code: string) => {
    const value = Number.parseInt(code, 16)
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
    // Digit values from character codes ('g' is 103, '0' 48, 'a' 97): this runs once per escape at import.
    let rest = 0
    for (let index = 0; index < high.length; index++) rest = rest * 16 + high.charCodeAt(index) - 103
    const code = low.charCodeAt(0)
    rest = rest * 16 + (code < 97 ? code - 48 : code - 87)
    previous += rest % 2 === 0 ? rest / 2 : -(rest + 1) / 2
    return `\\u${hex[(previous >> 12) & 15]}${hex[(previous >> 8) & 15]}${hex[(previous >> 4) & 15]}${hex[previous & 15]}`
  })
}

