import {describe, expect, it} from 'vitest'
import {companyWords, firstNames, majorPlaces} from '../../src/data/gazetteer-lists.js'
import {frontCode, frontDecode} from '../../src/entities/names/front-coding.js'

describe('front coding', () => {
  it('writes the shared-prefix length as a capital, then the rest', () => {
    expect(frontCode(['anna', 'anne', 'bob'])).toBe('AannaDeAbob')
    expect(frontDecode('AannaDeAbob')).toEqual(['anna', 'anne', 'bob'])
  })

  it('round-trips entries with spaces, digits, marks and long shared prefixes', () => {
    const entries = ['abu dhabi', 'abu dhabi emirate', 'abşeron', 'l3harris', 'méxico', 'méxico city', "o'neill"].sort()
    expect(frontDecode(frontCode(entries))).toEqual(entries)
    const long = ['x'.repeat(40), 'x'.repeat(41)]
    expect(frontDecode(frontCode(long))).toEqual(long)
  })

  it('refuses an entry with a capital A–Z (it would read as a marker)', () => {
    expect(() => frontCode(['Anna'])).toThrow(/capital/)
  })

  it('decodes the shipped lists into known entries', () => {
    expect(frontDecode(firstNames)).toContain('mark')
    expect(frontDecode(majorPlaces)).toContain('minsk')
    expect(frontDecode(companyWords)).toContain('l3harris')
    expect(frontDecode('')).toEqual([])
  })
})
