import {describe, expect, it} from 'vitest'
import {frontCode} from '../../src/internal/front-coding.js'
import {FoldedList, foldMarks, isAscii} from '../../src/internal/folded-list.js'

describe('foldMarks', () => {
  it('drops the marks of decomposed letters and leaves letters that do not decompose', () => {
    expect(foldMarks('brașov île-de-france córdoba şanlıurfa ḩajjah')).toBe('brasov ile-de-france cordoba sanlıurfa hajjah')
    // NFD leaves ı, đ, ł, ø, ð, ß and æ whole: they stay as written.
    expect(foldMarks('ı đ ł ø ð ß æ')).toBe('ı đ ł ø ð ß æ')
    expect(isAscii('brasov county')).toBe(true)
    expect(isAscii('trøndelag')).toBe(false)
  })
})

describe('FoldedList', () => {
  const list = new FoldedList(frontCode(['brest', 'la paz']), frontCode(['brasov county', 'la reunion', 'trøndelag'].sort()))

  it('finds a phrase with marks by its folded form, and an ASCII phrase among the ASCII entries only', () => {
    expect(['brașov county', 'la réunion', 'trøndelag', 'brest', 'la paz'].map((phrase) => list.has(phrase))).toEqual([true, true, true, true, true])
    expect(['brasov county', 'la reunion', 'trondelag', 'brașov', 'brëst'].map((phrase) => list.has(phrase))).toEqual([false, false, false, false, false])
  })

  it('finds the prefixes of both parts', () => {
    expect(['brașov ', 'la ', 'lä r', 'bre', 'trø'].map((prefix) => list.hasPrefix(prefix))).toEqual([true, true, true, true, true])
    expect(['brest ', 'bä ', 'x'].map((prefix) => list.hasPrefix(prefix))).toEqual([false, false, false])
  })
})
