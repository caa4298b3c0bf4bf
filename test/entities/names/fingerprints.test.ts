import {describe, expect, it} from 'vitest'
import {fingerprint, hasFingerprint, packFingerprints, unpackFingerprints} from '../../../src/entities/names/fingerprints.js'
import {decodeWordClasses, encodeWordClasses} from '../../../src/entities/names/word-classes.js'

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
})
