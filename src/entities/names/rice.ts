/**
 * The Rice-coded ascending integers that the packed tables ship (the model's feature ids,
 * the fingerprints of word-class tables), both ways. Decoding (run time): base64 to bytes
 * through a table, then each gap read from a 32-bit window (its quotient's ones counted
 * with `Math.clz32`, its low bits taken at once) instead of bit by bit, so that a cold
 * start spends little on it. Encoding (for the generators): gaps to a list of bits, bits
 * to bytes or to base64 characters.
 *
 * @internal
 */

/**
 * The base64 alphabet (for the generators that write the packed tables).
 *
 * @example
 * ```ts
 * base64Alphabet.charAt(26) // 'a'
 * ```
 */
export const base64Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Bytes read past the end of a stream: zeros, so a window never reads out of bounds. */
const slack = 8

/**
 * Characters of a base64 text without its padding `=`.
 *
 * @example
 * ```ts
 * sextetCount('AQI=') // 3
 * ```
 */
export function sextetCount(text: string): number {
  let end = text.length
  while (end > 0 && text.charCodeAt(end - 1) === 61) end--
  return end
}

/** Base64 without padding, as the generators write it. */
const PLAIN_BASE64 = /^[A-Za-z0-9+/]*$/

/**
 * The bits of a base64 text (padding `=` ignored), every one kept: the last byte holds
 * what is left, zero-filled; then {@link slack} zero bytes. `atob` (in every browser and
 * Node ≥ 16) decodes it (a cold start's unpacking is then native, not a loop run once
 * per character: docs/results-performance.md, "Session 7 — cold start"); a character
 * outside the base64 alphabet is read as the character of its low seven bits when that
 * one is in the alphabet, else as zero bits.
 *
 * @example
 * ```ts
 * decodeSextets('AQL/').subarray(0, 3) // Uint8Array [1, 2, 255]
 * ```
 */
export function decodeSextets(text: string): Uint8Array {
  const end = sextetCount(text)
  const bytes = new Uint8Array(Math.ceil((end * 6) / 8) + slack)
  // A character outside the alphabet reads as the one of its low seven bits, or as zero bits ('A').
  const body = text.slice(0, end).replace(/[^A-Za-z\d+/]/g, (char) => {
    const low = String.fromCharCode(char.charCodeAt(0) & 127)
    return PLAIN_BASE64.test(low) ? low : 'A'
  })
  // Zero sextets ('A') complete the last group of four: at most 3 zero bytes more, within the slack.
  const binary = atob(body + 'AAA'.slice(0, (4 - (end % 4)) % 4))
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index)
  return bytes
}

/** The 32 bits from bit `bit` on (MSB first), as an unsigned integer. */
function windowAt(bytes: Uint8Array, bit: number): number {
  const at = bit >>> 3
  const shift = bit & 7
  const high = ((bytes[at] as number) << 24) | ((bytes[at + 1] as number) << 16) | ((bytes[at + 2] as number) << 8) | (bytes[at + 3] as number)
  return (shift === 0 ? high : (high << shift) | ((bytes[at + 4] as number) >>> (8 - shift))) >>> 0
}

/**
 * The `width` bits (0 to 32) from bit `bit` on, as an unsigned integer.
 *
 * @example
 * ```ts
 * readBits(decodeSextets('kg'), 4, 3) // 1: bits 1001 001…
 * ```
 */
export function readBits(bytes: Uint8Array, bit: number, width: number): number {
  return width === 0 ? 0 : windowAt(bytes, bit) >>> (32 - width)
}

/**
 * The ascending values whose gaps are Rice-coded in the first `limit` bits of `bytes`
 * (MSB first; zero bytes after them, as {@link decodeSextets} leaves): each gap's
 * quotient `gap >> rice` in unary (ones, then a zero), then its `rice` low bits. At most
 * `count` values: fewer when the stream ends first.
 *
 * @example
 * ```ts
 * decodeRiceGaps(Uint8Array.of(0x92, 0, 0, 0, 0, 0, 0, 0, 0), 8, 2, 2) // Uint32Array [5, 6]
 * ```
 */
export function decodeRiceGaps(bytes: Uint8Array, limit: number, count: number, rice: number): Uint32Array {
  const values = new Uint32Array(count)
  const scale = 2 ** rice
  // The next `held` bits of the stream, left-aligned in `window` (zeros after them), topped
  // up a byte at a time: each bit is read once, not through a window rebuilt per read.
  let window = 0
  let held = 0
  let next = 0
  let bit = 0
  let value = 0
  let index = 0
  for (; index < count && bit < limit; index++) {
    let quotient = 0
    for (;;) {
      while (held <= 24) {
        window = (window | ((bytes[next++] as number) << (24 - held))) >>> 0
        held += 8
      }
      const ones = Math.clz32(~window)
      if (ones < held) {
        quotient += ones
        // The ones and their closing zero (a shift by 32 would keep `window`).
        window = ones === 31 ? 0 : (window << (ones + 1)) >>> 0
        held -= ones + 1
        bit += ones + 1
        break
      }
      quotient += held
      bit += held
      window = 0
      held = 0
    }
    let low = 0
    for (let need = rice; need > 0; ) {
      while (held <= 24) {
        window = (window | ((bytes[next++] as number) << (24 - held))) >>> 0
        held += 8
      }
      const take = Math.min(need, held)
      low = low * 2 ** take + (window >>> (32 - take))
      window = take === 32 ? 0 : (window << take) >>> 0
      held -= take
      need -= take
    }
    bit += rice
    value += quotient * scale + low
    values[index] = value
  }
  return index === count ? values : values.subarray(0, index)
}

/**
 * The bits (MSB first) that Rice-code the gaps between ascending `values` with parameter
 * `rice`: each gap's quotient `gap >> rice` in unary (ones, then a zero), then its `rice`
 * low bits — what {@link decodeRiceGaps} reads back.
 *
 * @example
 * ```ts
 * riceBits([5, 6], 2) // [1, 0, 0, 1, 0, 0, 1]
 * ```
 */
export function riceBits(values: Iterable<number>, rice: number): number[] {
  const bits: number[] = []
  let last = 0
  for (const value of values) {
    const gap = value - last
    last = value
    for (let quotient = Math.floor(gap / 2 ** rice); quotient > 0; quotient--) bits.push(1)
    bits.push(0)
    for (let bit = rice - 1; bit >= 0; bit--) bits.push(Math.floor(gap / 2 ** bit) % 2)
  }
  return bits
}

/**
 * Rice-code the gaps between ascending ids ({@link riceBits}) into bytes, the last one
 * zero-filled (for scripts/generate/train-ner.ts).
 *
 * @example
 * ```ts
 * riceCode([5, 6], 2) // Uint8Array [0x92]: 1 0 01, 0 01
 * ```
 */
export function riceCode(ids: readonly number[], rice: number): Uint8Array {
  const bits = riceBits(ids, rice)
  const bytes = new Uint8Array(Math.ceil(bits.length / 8))
  bits.forEach((bit, index) => {
    if (bit) bytes[index >> 3] = (bytes[index >> 3] as number) | (0x80 >> (index & 7))
  })
  return bytes
}

/**
 * A list of bits (MSB first) as base64 characters, six bits a character, the last one
 * zero-filled, no `=` padding — what {@link decodeSextets} reads back.
 *
 * @example
 * ```ts
 * encodeSextets([1, 0, 0, 1, 0, 0, 1]) // 'kg'
 * ```
 */
export function encodeSextets(bits: readonly number[]): string {
  let text = ''
  for (let index = 0; index < bits.length; index += 6) {
    let sextet = 0
    for (let bit = 0; bit < 6; bit++) sextet = sextet * 2 + (bits[index + bit] ?? 0)
    text += base64Alphabet.charAt(sextet)
  }
  return text
}
