import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {levelAlphabet} from '../../../src/data/packed-model.js'
import {nerModel} from '../../../src/data/ner-model.js'
import {ansDecode, ansEncode, ansFrequencies, ansTotal} from '../../../src/entities/names/ans.js'
import {unpack} from '../../../src/entities/names/model.js'
import {shipModel} from '../../../src/entities/names/training/ship.js'

/** Bytes as a binary string (one byte a character), as `atob` returns them. */
const binary = (bytes: Uint8Array): string => String.fromCharCode(...bytes)

describe('rANS-coded symbols', () => {
  it('decode to the symbols they were coded from, for any tables taken in turn', () => {
    fc.assert(
      fc.property(
        // 1 to 4 tables of 1 to 20 symbols, each with a count (0: absent), and up to 200 symbols.
        fc.array(fc.array(fc.nat({max: 500}), {minLength: 1, maxLength: 20}), {minLength: 1, maxLength: 4}),
        fc.array(fc.nat(), {maxLength: 200}),
        (counts, picks) => {
          const tables = counts.map((table) => ansFrequencies(table.some((count) => count > 0) ? table : [1, ...table.slice(1)]))
          // Symbol `i` is one its table (`i % tables.length`) has.
          const symbols = picks.map((pick, index) => {
            const present = (tables[index % tables.length] as number[]).flatMap((frequency, symbol) => (frequency > 0 ? [symbol] : []))
            return present[pick % present.length] as number
          })
          const identity = Array.from({length: 20}, (_, symbol) => symbol)
          expect([...ansDecode(binary(ansEncode(symbols, tables)), tables, symbols.length, identity)]).toEqual(symbols)
        },
      ),
      {numRuns: 200},
    )
  })

  it('code a skewed stream in about its entropy', () => {
    // 90 % zeros: entropy 0.469 bits a symbol; 10,000 symbols ≈ 586 bytes (gzip of one character a symbol takes ~1 bit each).
    const symbols = Array.from({length: 10_000}, (_, index) => (index % 10 === 3 ? 1 : 0))
    const tables = [ansFrequencies([9000, 1000])]
    const bytes = ansEncode(symbols, tables)
    expect(bytes.length).toBeLessThan(600)
    expect([...ansDecode(binary(bytes), tables, symbols.length, [0, 1])]).toEqual(symbols)
  })

  it('frequencies sum to the total, keep every counted symbol and none that is not', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({max: 100_000}), {minLength: 1, maxLength: 30}), (counts) => {
        const frequencies = ansFrequencies(counts)
        expect(frequencies.reduce((sum, frequency) => sum + frequency, 0)).toBe(ansTotal)
        if (counts.some((count) => count > 0)) counts.forEach((count, symbol) => expect((frequencies[symbol] as number) > 0).toBe(count > 0))
      }),
    )
  })

  it('reject a symbol its table has no frequency for', () => {
    expect(() => ansEncode([1], [[ansTotal, 0]])).toThrow(/no frequency/)
  })
})

describe('the shipped model packing', () => {
  it('unpacks to the same weights and ids as the model it was shipped from', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({max: 4}), {maxLength: 9 * 30}), (levels) => {
        const count = Math.floor(levels.length / 9)
        const rows = levels.slice(0, count * 9).map((level) => levelAlphabet.charAt(level)).join('')
        // Feature ids 3, 6, 9, … Rice-coded with parameter 1: gap 3 = '10' '1' → bits 101 each.
        const bits = '101'.repeat(count)
        const ids = bits === '' ? '' : btoa(String.fromCharCode(...(bits.padEnd(Math.ceil(bits.length / 8) * 8, '0').match(/.{8}/g) ?? []).map((byte) => parseInt(byte, 2))))
        const model = {version: 1, features: 'tagger', bits: 22, rice: 1, levels: [-2, -1, 0, 1, 2], transitions: [0.5], ids, rows}
        const plain = unpack(model)
        const shipped = unpack(shipModel(model))
        expect(shipped.count).toBe(count)
        expect([...shipped.weights]).toEqual([...plain.weights])
        expect([...shipped.table]).toEqual([...plain.table])
      }),
      {numRuns: 50},
    )
  })

  it('the shipped model decodes to its count of weights, each one of its levels', () => {
    const weights = ansDecode(atob(nerModel.codedLevels), nerModel.levelFrequencies, nerModel.count * 9, nerModel.levels)
    const levels = new Set(Float32Array.from(nerModel.levels))
    expect(weights.length).toBe(nerModel.count * 9)
    expect(weights.every((weight) => levels.has(weight))).toBe(true)
    expect(unpack(nerModel).count).toBe(nerModel.count)
  })
})
