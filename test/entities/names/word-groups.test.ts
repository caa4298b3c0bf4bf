/**
 * Coarser levels of the word classes (the `groups` feature family): packed with the
 * classes, decoded level by level, and read case-free through `wordGroup`.
 */
import {describe, expect, it} from 'vitest'
import {decodeLevels, decodeWordClasses, encodeWordClasses, wordClass, wordGroup} from '../../../src/entities/names/word-classes.js'
import {fingerprint} from '../../../src/entities/names/fingerprints.js'

describe('coarser levels of the word classes', () => {
  it('packs each class\'s group at each level and reads them back, classes unchanged', () => {
    const classOf = new Map([['the', 0], ['paris', 1], ['lyon', 1], ['smith', 2], ['monday', 5]])
    const levels = [
      [0, 3, 3, 1, 0, 2],
      [0, 1, 1, 0, 0, 1],
    ]
    const packed = encodeWordClasses(classOf, 16, levels)
    expect(packed.levels?.bits).toEqual([2, 1])
    expect(decodeLevels(packed)).toEqual(levels)
    const table = decodeWordClasses(packed)
    expect(table.get(fingerprint('smith', 16))).toBe(2)
    expect(decodeLevels(encodeWordClasses(classOf, 16))).toEqual([])
  })

  it('groups the shipped classes: names with names, a word without a class in none', () => {
    expect(wordGroup('JOHN', 0)).toBe(wordGroup('Smith', 0))
    expect(wordGroup('Paris', 0)).toBe(wordGroup('moscow', 0))
    expect(wordGroup('Paris', 0)).not.toBe(wordGroup('Monday', 0))
    expect(wordClass('Paris')).not.toBe(wordClass('Moscow'))
    expect(wordGroup('Paris', 1)).toBe(wordGroup('England', 1))
    expect(wordGroup('Xqzzyvill', 0)).toBe(-1)
    expect(wordGroup('Paris', 2)).toBe(-1)
  })
})
