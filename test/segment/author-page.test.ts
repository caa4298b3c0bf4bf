import {describe, expect, it} from 'vitest'
import {authorOfUrl} from '../../src/segment/rules/author-page.js'

describe('author pages', () => {
  it.each([
    ['https://www.themoscowtimes.com/author/afp', 'AFP'],
    ['https://example.com/authors/jane-doe/', 'Jane Doe'],
    ['https://example.com/by/mary-ann-o-neil', 'Mary Ann O Neil'],
    ['https://example.com/profile/reuters', 'Reuters'],
    ['https://example.com/staff/john_smith-1234', 'John Smith'],
  ])('%s names %j', (url, name) => {
    expect(authorOfUrl(url)).toBe(name)
  })

  it.each(['https://example.com/2022/02/10/author-says-no', 'https://example.com/authority/report', 'https://example.com/author/'])(
    '%s is not an author page',
    (url) => {
      expect(authorOfUrl(url)).toBeUndefined()
    },
  )
})
