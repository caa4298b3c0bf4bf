import {describe, expect, it} from 'vitest'
import * as lists from '../../src/data/gazetteer-lists.js'
import {companyWords, firstNames, majorPlaces} from '../../src/data/gazetteer-lists.js'
import {FrontCodedSet, frontCode, frontDecode} from '../../src/entities/names/front-coding.js'

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

  it('reads a list lazily as a set: entries, non-entries, entries of one character, phrase starts', () => {
    const set = new FrontCodedSet(frontCode(['a', 'a b', 'ab', 'abc', 'b', 'new south wales', 'new york', 'newark', 'x y']))
    expect(['a', 'a b', 'ab', 'abc', 'b', 'new york', 'newark', 'x y'].every((entry) => set.has(entry))).toBe(true)
    expect(['', 'c', 'abd', 'new', 'new south', 'x', 'newar', 'ne'].some((entry) => set.has(entry))).toBe(false)
    expect(['a', 'new', 'new south', 'x'].every((phrase) => set.startsPhrase(phrase))).toBe(true)
    expect(['ab', 'new york', 'newark', 'ne', 'b', ''].some((phrase) => set.startsPhrase(phrase))).toBe(false)
  })

  it('agrees with the decoded list on every shipped list (entries, near misses, first words of entries)', () => {
    for (const packed of Object.values(lists)) {
      const entries = frontDecode(packed)
      const decoded = new Set(entries)
      const set = new FrontCodedSet(packed)
      const starts = new Set(entries.flatMap((entry) => entry.split(' ').slice(0, -1).map((_, index, words) => words.slice(0, index + 1).join(' '))))
      expect(entries.filter((entry) => !set.has(entry))).toEqual([])
      expect([...starts].filter((phrase) => !set.startsPhrase(phrase))).toEqual([])
      // Near misses of every fifth entry.
      for (let index = 0; index < entries.length; index += 5) {
        const entry = entries[index] as string
        for (const probe of [`${entry}s`, entry.slice(0, -1), `q${entry.slice(1)}`]) {
          if (set.has(probe) !== decoded.has(probe) || set.startsPhrase(probe) !== starts.has(probe)) expect.fail(JSON.stringify(probe))
        }
      }
    }
  })
})
