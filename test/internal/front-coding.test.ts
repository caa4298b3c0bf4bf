import {describe, expect, it} from 'vitest'
import {gazetteers} from '../../src/internal/gazetteers.js'
import {FrontCodedList, frontCode, frontDecode} from '../../src/internal/front-coding.js'

describe('front coding', () => {
  const lists = gazetteers()
  const {companyWords, firstAndLastNames, firstNamesOnly, majorPlaces} = lists
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
    expect(frontDecode(firstNamesOnly)).toContain('claudia')
    expect(frontDecode(firstAndLastNames)).toContain('mark')
    expect(frontDecode(majorPlaces)).toContain('minsk')
    expect(frontDecode(companyWords)).toContain('l3harris')
    expect(frontDecode('')).toEqual([])
  })

  it('finds entries and prefixes in place, one-character entries and runs of several included', () => {
    const list = new FrontCodedList(frontCode(['a', 'a b', 'ab', 'abc', 'b', 'new south wales', 'new york', 'newark', 'x y']))
    expect(['a', 'a b', 'ab', 'abc', 'b', 'new york', 'newark', 'x y'].map((entry) => list.has(entry))).toEqual(Array(8).fill(true))
    expect(['x', 'ac', 'zz', 'abcd', 'new', 'new yor', 'new yorks', 'a c', '', 'A'].map((entry) => list.has(entry))).toEqual(Array(10).fill(false))
    expect(['a ', 'new ', 'new s', 'newa', 'x ', 'abc'].map((prefix) => list.hasPrefix(prefix))).toEqual(Array(6).fill(true))
    expect(['b ', 'new z', 'newb', 'y', 'abcd'].map((prefix) => list.hasPrefix(prefix))).toEqual(Array(5).fill(false))
  })

  it('finds entries past the longest shared prefix front coding writes (25 characters)', () => {
    const entries = ['x'.repeat(30), `${'x'.repeat(30)}a`, `${'x'.repeat(30)}b`, `${'x'.repeat(26)}y`]
    const list = new FrontCodedList(frontCode(entries))
    expect(entries.map((entry) => list.has(entry))).toEqual([true, true, true, true])
    expect([list.has(`${'x'.repeat(30)}c`), list.has('x'.repeat(29)), list.hasPrefix(`${'x'.repeat(30)}b`), list.hasPrefix(`${'x'.repeat(27)}`)]).toEqual([false, false, true, true])
  })

  it('answers as the decoded list does for every entry of every shipped list, near misses and place prefixes', () => {
    for (const packed of Object.values(lists)) {
      const entries = frontDecode(packed)
      const set = new Set(entries)
      const prefixes = new Set(entries.flatMap((entry) => [...entry.matchAll(/ /g)].map((space) => entry.slice(0, (space.index ?? 0) + 1))))
      const list = new FrontCodedList(packed)
      const misses = entries.filter((_, index) => index % 5 === 0).flatMap((entry) => [`${entry}s`, entry.slice(0, -1), `${entry.slice(0, -1)}~`, `${entry} `])
      expect(entries.filter((entry) => !list.has(entry))).toEqual([])
      expect(misses.filter((word) => list.has(word) !== set.has(word))).toEqual([])
      expect([...prefixes].filter((prefix) => !list.hasPrefix(prefix))).toEqual([])
      expect(misses.filter((word) => word.endsWith(' ') && list.hasPrefix(word) !== prefixes.has(word))).toEqual([])
    }
  })
})
