import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {nerModel} from '../../../src/data/ner-model.js'
import {decodeRiceGaps, decodeSextets, riceBits, riceCode, sextetCount} from '../../../src/entities/names/rice.js'

describe('Rice-coded gaps', () => {
  it('decode to the ascending values they were coded from, for any parameter 0 to 30', () => {
    fc.assert(
      // Each gap a quotient (up to 40 ones: past one 32-bit window) and any low bits.
      fc.property(fc.integer({min: 0, max: 30}), fc.array(fc.tuple(fc.nat({max: 36}), fc.nat({max: 2 ** 30})), {maxLength: 40}), (rice, parts) => {
        const gaps = parts.map(([quotient, low]) => quotient * 2 ** rice + (low % 2 ** rice))
        const values = gaps.reduce<number[]>((sums, gap) => [...sums, (sums[sums.length - 1] ?? 0) + gap], [])
        fc.pre((values[values.length - 1] ?? 0) < 2 ** 32) // the values are 32-bit
        const bytes = Uint8Array.from([...riceCode(values, rice), ...Array<number>(8).fill(0)])
        expect([...decodeRiceGaps(bytes, values.length === 0 ? 0 : riceBits(values, rice).length, values.length, rice)]).toEqual(values)
      }),
      {numRuns: 100},
    )
  })

  it('decode long runs of ones (quotients past one 32-bit window) and stop at the limit', () => {
    const values = [0, 100, 101, 400]
    const bytes = Uint8Array.from([...riceCode(values, 1), ...Array<number>(8).fill(0)])
    expect([...decodeRiceGaps(bytes, riceBits(values, 1).length, 4, 1)]).toEqual(values)
    expect([...decodeRiceGaps(bytes, riceBits([0, 100], 1).length, 4, 1)]).toEqual([0, 100])
  })

  it('decode any base64 text, plain or padded, as six bits a character (atob or not)', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    /** The bits, six a character, into bytes (the last zero-filled), then 8 zero bytes. */
    const reference = (text: string): number[] => {
      const bits = [...text.replace(/=+$/, '')].flatMap((char) => [...Math.max(0, alphabet.indexOf(char)).toString(2).padStart(6, '0')].map(Number))
      const bytes = Array.from({length: Math.ceil(bits.length / 8) + 8}, (_, at) => bits.slice(at * 8, at * 8 + 8).reduce((byte, bit, index) => byte | (bit << (7 - index)), 0))
      return bytes
    }
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom(...alphabet), maxLength: 41}), fc.constantFrom('', '=', '=='), (text, padding) => {
        expect([...decodeSextets(text + padding)]).toEqual(reference(text))
      }),
      {numRuns: 200},
    )
    // Not plain base64: a character outside the alphabet reads as zero bits.
    expect([...decodeSextets('A B/')]).toEqual(reference('AAB/'))
    // Outside the alphabet, a character reads as the one of its low seven bits ('â' is 0xE2: 'b'), or as zero bits.
    expect([...decodeSextets('AâB/\u00A0=')]).toEqual(reference('AbB/A'))
  })

  it('decode the shipped tables as the bits say', () => {
    const tables = [
      {text: nerModel.ids, count: nerModel.count, rice: nerModel.rice, limit: ((sextetCount(nerModel.ids) * 6) >> 3) * 8},
    ]
    for (const {text, count, rice, limit} of tables) {
      const bytes = decodeSextets(text)
      const decoded = decodeRiceGaps(bytes, limit, count, rice)
      expect(decoded.length).toBe(count)
      // Coded again, they give the shipped bytes back.
      const coded = riceCode([...decoded], rice)
      expect(coded.some((byte, at) => byte !== bytes[at])).toBe(false)
    }
  })
})
