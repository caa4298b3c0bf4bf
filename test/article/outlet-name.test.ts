import {describe, expect, it} from 'vitest'
import {outletName} from '../../src/article/outlet-name.js'

describe('outletName', () => {
  it('keeps a name the text writes in capitals in its capitals', () => {
    expect(outletName('Ians', 'IANS')).toBe('IANS')
    expect(outletName('AFP')).toBe('AFP')
    expect(outletName('Wtop-Tv', 'WTOP-TV')).toBe('WTOP-TV')
  })

  it('knows news agencies and names ending in an organization head word, with or without "The"', () => {
    expect(outletName('Reuters')).toBe('Reuters')
    expect(outletName('The Associated Press')).toBe('The Associated Press')
    expect(outletName('Washington Bureau')).toBe('Washington Bureau')
  })

  it('leaves people as people, including a one-letter initial and a long name in capitals', () => {
    expect(outletName('Jane Doe')).toBeUndefined()
    expect(outletName('J')).toBeUndefined()
    expect(outletName('Jane Doe', 'JANE DOE')).toBeUndefined()
  })
})
