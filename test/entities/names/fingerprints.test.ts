import {describe, expect, it} from 'vitest'
import {fingerprint, hasFingerprint, packFingerprints, unpackFingerprints} from '../../../src/entities/names/fingerprints.js'
import {wordClasses} from '../../../src/data/word-classes.js'
import {decodeWordClasses, encodeWordClasses, packClassTable, wordClass} from '../../../src/entities/names/word-classes.js'

describe('fingerprint sets', () => {
  it('find every packed entry and few others', () => {
    const entries = Array.from({length: 2000}, (_, index) => `city ${index}`)
    const packed = packFingerprints(entries, 21)
    const values = unpackFingerprints(packed)
    expect(values.length).toBe(packed.count)
    expect(entries.every((entry) => hasFingerprint(values, fingerprint(entry, packed.bits)))).toBe(true)
    const strangers = Array.from({length: 5000}, (_, index) => `town ${index}`)
    const falseHits = strangers.filter((entry) => hasFingerprint(values, fingerprint(entry, packed.bits))).length
    expect(falseHits).toBeLessThan(25) // about 2000 / 2^21 of 5000 expected: ~5
  })

  it('decode to ascending values', () => {
    const values = unpackFingerprints(packFingerprints(['a b', 'c', 'toledo', 'brno'], 16))
    expect([...values]).toEqual([...values].sort((a, b) => a - b))
  })
})

describe('word class tables', () => {
  it('round-trip through the packed form, classes by fingerprint', () => {
    const classes = new Map([['paris', 2], ['london', 2], ['the', 0], ['said', 1], ['brno', 999]])
    const table = decodeWordClasses(encodeWordClasses(classes, 20))
    expect([...classes].map(([word]) => table.get(fingerprint(word, 20)))).toEqual([2, 2, 0, 1, 999])
  })

  it('round-trip tables of many classes, empty and crowded ones, sparse and dense fingerprints', () => {
    // A deterministic spread: class sizes from 0 to 300, fingerprints from 12 to 19 bits.
    for (const bits of [12, 16, 19]) {
      const byPrint = new Map<number, number>()
      let seed = bits
      const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0)
      for (let cluster = 0; cluster < 60; cluster++) {
        const size = cluster % 7 === 3 ? 0 : (next() % 300) >> (cluster % 4)
        for (let word = 0; word < size; word++) {
          const print = next() % 2 ** bits
          if (!byPrint.has(print)) byPrint.set(print, cluster)
        }
      }
      byPrint.set(2 ** bits - 1, 59)
      const table = decodeWordClasses(packClassTable(byPrint, bits))
      const wrong = [...byPrint].filter(([print, cluster]) => table.get(print) !== cluster)
      expect(wrong).toEqual([])
      let strangers = 0
      for (let print = 0; print < 2 ** bits; print++) if (!byPrint.has(print) && table.get(print) !== undefined) strangers++
      expect(strangers).toBe(0)
    }
  })

  it('decode the shipped table: its 4,977 fingerprints in 489 class numbers', () => {
    expect([wordClasses.count, wordClasses.classes]).toEqual([4977, 489])
    expect([wordClass('the'), wordClass('The')]).toEqual([0, 0])
    expect(wordClass('zzxqj')).toBe(-1)
  })
})
