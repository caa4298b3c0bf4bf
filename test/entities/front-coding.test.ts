import {describe, expect, it} from 'vitest'
import * as lists from '../../src/data/gazetteer-lists.js'
import {companyWords, firstNames, majorPlaces} from '../../src/data/gazetteer-lists.js'
import {FrontCodedList, frontCode, frontDecode, runKey} from '../../src/entities/names/front-coding.js'

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

  it('reads a list run by run: the entries sharing their first two characters (one-character entries alone)', () => {
    const list = new FrontCodedList(frontCode(['a', 'a b', 'ab', 'abc', 'b', 'new south wales', 'new york', 'newark', 'x y']))
    expect(list.run(runKey('a'))).toEqual(['a'])
    expect(list.run(runKey('a '))).toEqual(['a b'])
    expect(list.run(runKey('ab'))).toEqual(['ab', 'abc'])
    expect(list.run(runKey('b'))).toEqual(['b'])
    expect(list.run(runKey('ne'))).toEqual(['new south wales', 'new york', 'newark'])
    expect([list.run(runKey('x')), list.run(runKey('ac')), list.run(runKey('zz'))]).toEqual([[], [], []])
  })

  it('finds every run of every shipped list as decoding it whole does', () => {
    for (const packed of Object.values(lists)) {
      const byRun = new Map<number, string[]>()
      for (const entry of frontDecode(packed)) byRun.set(runKey(entry), [...(byRun.get(runKey(entry)) ?? []), entry])
      const list = new FrontCodedList(packed)
      const differing = [...byRun].filter(([key, entries]) => list.run(key).join('\n') !== entries.join('\n'))
      expect(differing).toEqual([])
    }
  })
})
