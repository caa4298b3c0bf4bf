import {describe, expect, it} from 'vitest'
import {parseRelatedLine} from '../../src/segment/rules/related-line.js'

describe('related lines', () => {
  it.each([
    ['Related article: Russia Launches Belarus Military Drills', {title: 'Russia Launches Belarus Military Drills'}],
    ['Read more: Why rates fell', {title: 'Why rates fell'}],
    ['READ MORE: Spain braces for storms', {title: 'Spain braces for storms'}],
    ['See also: How it works https://x.org/how-it-works', {title: 'How it works', url: 'https://x.org/how-it-works'}],
    ['Related: “A quoted title”', {title: 'A quoted title'}],
  ])('%j', (line, expected) => {
    expect(parseRelatedLine(line)).toEqual(expected)
  })

  it.each(['Related to this, he said the talks failed.', 'Read more books, the minister urged.', 'Related article:', 'See also'])(
    '%j is not a related line',
    (line) => {
      expect(parseRelatedLine(line)).toBeUndefined()
    },
  )
})
