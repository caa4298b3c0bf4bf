import {describe, expect, it} from 'vitest'
import {findUrls, slugWords, urlOfLine} from '../../src/segment/rules/url-line.js'

describe('url lines', () => {
  it('takes a line that is only a URL', () => {
    expect(urlOfLine('https://www.themoscowtimes.com/author/afp')).toBe('https://www.themoscowtimes.com/author/afp')
    expect(urlOfLine('<http://example.com/a>')).toBe('http://example.com/a')
    expect(urlOfLine('www.bafta.org')).toBe('www.bafta.org')
  })

  it.each(['See https://example.com', 'https://example.com and more', 'example dot com'])('%j is not a URL line', (line) => {
    expect(urlOfLine(line)).toBeUndefined()
  })

  it('finds URLs inside text without trailing punctuation', () => {
    expect(findUrls('Read (https://x.com/a-b). Then www.y.org, too.')).toEqual([
      {url: 'https://x.com/a-b', index: 6},
      {url: 'www.y.org', index: 31},
    ])
  })

  it('takes the slug words of a URL', () => {
    expect(slugWords('https://x.com/2024/07/22/russia-launches-drills.html?ref=a')).toEqual(['russia', 'launches', 'drills'])
    expect(slugWords('https://x.com/')).toEqual([])
  })
})
