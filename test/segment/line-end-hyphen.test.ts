import {describe, expect, it} from 'vitest'
import {keepsHyphen} from '../../src/segment/rules/line-end-hyphen.js'

describe('line-end hyphens', () => {
  it.each([
    ['self', 'employed'],
    ['well', 'known'],
    ['non', 'partisan'],
    ['two', 'year'],
    ['russian', 'backed'],
    ['state', 'owned'],
    ['long', 'term'],
    ['decision', 'making'],
    ['first', 'class'],
    ['year', 'old'],
  ])('%s-/%s is a compound: the hyphen stays', (left, right) => {
    expect(keepsHyphen(left, right)).toBe(true)
  })

  it.each([
    ['capa', 'city'],
    ['govern', 'ment'],
    ['inter', 'national'],
    ['under', 'standing'],
    ['mis', 'leading'],
    ['with', 'out'],
    ['how', 'ever'],
    ['self', 'ish'],
    ['well', 'ness'],
    ['four', 'teen'],
    ['short', 'age'],
    ['pro', 'ducers'],
    ['after', 'noon'],
    ['ex', 'ample'],
    ['law', 'yer'],
  ])('%s-/%s is one word: the hyphen goes', (left, right) => {
    expect(keepsHyphen(left, right)).toBe(false)
  })

  it('follows what the text writes elsewhere', () => {
    const seen = {whole: new Set(['wellness', 'selfemployed']), hyphenated: new Set(['co-operate', 'after-noon'])}
    expect(keepsHyphen('after', 'noon', seen)).toBe(true)
    expect(keepsHyphen('co', 'operate', seen)).toBe(true)
    expect(keepsHyphen('self', 'employed', seen)).toBe(false)
  })
})
