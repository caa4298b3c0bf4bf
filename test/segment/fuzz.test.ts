/**
 * Random article-like text built from the pieces the rules look for (URLs, credits,
 * bylines, datelines, furniture, headings, blank lines): `segment` keeps the invariants.
 */
import fc from 'fast-check'
import {describe, it} from 'vitest'
import {segment} from '../../src/index.js'
import {expectSegments} from '../helpers/invariants.js'

const pieces = [
  'MOSCOW (Reuters) - ', 'KYIV, Feb 10 (AFP) — ', 'By Jane Doe and John Roe', 'Jane Doe | Reuters', '(AP Photo/Jane Doe)',
  'REUTERS/Kevin Lamarque', 'Photo: X / Reuters', 'Image caption, ', 'Image source, Getty Images', 'Related article: ',
  'Read more:', 'See also: ', 'https://x.com/author/afp', 'https://x.com/2024/07/22/drills-begin', 'www.x.org',
  'file:///tmp/a.html 1/2', '11/24/26, 6:32 PM ', 'Page 2 of 8', '12', 'References', 'Notes', '[1] ', '1. ', '- ',
  'Advertisement', 'Comments (2)', 'Most read', 'Home | World', '©', 'govern-', 'ment', 'the', 'of', 'and', 'Drills',
  'Russian Defense Ministry', 'miscalculation', 'The talks ended.', 'eBay', '"', '“', '”', '—', '-', '--', '.', ',', ':',
  ' ', '  ', '\t', '\u00a0', '\n', '\n', '\n\n', '\r\n', '\ufeff', '\u200b', '\ud800', 'é', '😀',
]

describe('segment on random article-like text', () => {
  it('keeps the invariants', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 80}), (parts) => {
        const text = parts.join('')
        expectSegments(text, segment(text))
      }),
      {numRuns: 400, seed: 20261125},
    )
  })

  it('keeps the invariants on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', maxLength: 300}), (text) => {
        expectSegments(text, segment(text))
      }),
      {numRuns: 300, seed: 7},
    )
  })
})
