/**
 * Strict decoding of CLI input: UTF-8 text in, or a message naming why the bytes are not
 * text. The validator that finds the offending byte must agree with the fatal TextDecoder
 * on every byte string.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {decodeText, firstInvalidUtf8} from '../../src/cli/decode.js'

const bytes = (...values: number[]) => Uint8Array.from(values)
const encode = (text: string) => new TextEncoder().encode(text)

describe('decodeText', () => {
  it('decodes UTF-8 text and keeps a BOM as U+FEFF, as readFile(…, "utf8") does', () => {
    expect(decodeText(encode('Gen. Mark Milley — 😀'))).toEqual({text: 'Gen. Mark Milley — 😀'})
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x41))).toEqual({text: '\ufeffA'})
    expect(decodeText(bytes())).toEqual({text: ''})
  })

  it.each([
    ['an ELF binary', bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0), 'binary file, not text (a NUL byte at offset 7)'],
    ['UTF-16 LE with BOM', bytes(0xff, 0xfe, 0x41, 0), 'UTF-16 text, not UTF-8: convert it first (iconv -f UTF-16 -t UTF-8)'],
    ['UTF-16 BE with BOM', bytes(0xfe, 0xff, 0, 0x41), 'UTF-16 text, not UTF-8: convert it first (iconv -f UTF-16 -t UTF-8)'],
    ['Latin-1 "café"', bytes(0x63, 0x61, 0x66, 0xe9), 'not UTF-8 text (byte 0xE9 at offset 3): convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8'],
    ['a truncated sequence', bytes(0x41, 0xe2, 0x80), 'not UTF-8 text (byte 0xE2 at offset 1): convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8'],
    ['an encoded surrogate', bytes(0xed, 0xa0, 0x80), 'not UTF-8 text (byte 0xED at offset 0): convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8'],
  ])('rejects %s', (_, input, message) => {
    expect(decodeText(input)).toEqual({error: message})
  })
})

describe('firstInvalidUtf8', () => {
  it('points at the first byte that does not start a well-formed sequence', () => {
    expect(firstInvalidUtf8(encode('abc'))).toBe(3)
    expect(firstInvalidUtf8(bytes(0x41, 0xc0, 0x80))).toBe(1) // overlong
    expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0) // above U+10FFFF
    expect(firstInvalidUtf8(bytes(0xf0, 0x9f, 0x98, 0x80, 0x80))).toBe(4) // a lone continuation byte
  })

  it('agrees with the fatal TextDecoder on any bytes', () => {
    const fatal = new TextDecoder('utf-8', {fatal: true})
    const pieces = fc.oneof(fc.uint8Array({maxLength: 8}), fc.array(fc.oneof(fc.integer({min: 0, max: 0xd7ff}), fc.integer({min: 0xe000, max: 0x10ffff})), {maxLength: 3}).map((points) => encode(String.fromCodePoint(...points))), fc.constantFrom(bytes(0xed, 0x9f, 0xbf), bytes(0xe0, 0xa0, 0x80), bytes(0xf0, 0x90, 0x80, 0x80)))
    fc.assert(
      fc.property(fc.array(pieces, {maxLength: 6}), (parts) => {
        const input = Uint8Array.from(parts.flatMap((part) => [...part]))
        let valid = true
        try {
          fatal.decode(input)
        } catch {
          valid = false
        }
        const at = firstInvalidUtf8(input)
        if ((at === input.length) !== valid) return false
        // Everything before the offending byte is well formed.
        fatal.decode(input.subarray(0, at))
        return true
      }),
      {numRuns: 500, seed: 20261129},
    )
  })
})
