/**
 * Inputs that once broke or slowed shared infrastructure, kept as regression tests.
 */
import {describe, expect, it} from 'vitest'
import {tokenize} from '../../src/entities/tokens.js'
import {parseArticle} from '../../src/index.js'
import {stitch} from '../../src/internal/offset-map.js'
import {expectArticle} from '../helpers/invariants.js'

const urls = (text: string): string[] => tokenize(text).tokens.filter((t) => t.kind === 'url').map((t) => t.text)

describe('e-mail addresses in the URL pattern (once polynomial: recheck found "w-w-w-…")', () => {
  it('still finds e-mail addresses, without leading or trailing punctuation', () => {
    expect(urls('Write to joe.bloggs+x@news.example.co.uk, now.')).toEqual(['joe.bloggs+x@news.example.co.uk'])
    expect(urls('Or (x@y.com) and foo-bar@x.com.')).toEqual(['x@y.com', 'foo-bar@x.com'])
    expect(urls('Mail a@b.co today')).toEqual(['a@b.co'])
  })

  it('gives no URL token in a long hyphen-joined run with no @', () => {
    const text = 'w-'.repeat(200_000) + 'f'
    const {tokens} = tokenize(text)
    expect(tokens.some((token) => token.kind === 'url')).toBe(false)
    expect(tokens.map((token) => token.text).join('')).toBe(text)
  })
})

describe('stitch.toSource on a span inside a gap (once an inverted span)', () => {
  // Pieces ':rkt' and ')' joined by a space, then a paragraph separator, then 'Belarus'.
  const source = ':rkt\n)\n\nBelarus'
  const stitched = stitch(source, [[{start: 0, end: 4}, {start: 5, end: 6}], [{start: 8, end: 15}]])

  it('builds the text it maps', () => {
    expect(stitched.text).toBe(':rkt )\n\nBelarus')
  })

  it('maps an empty span in the paragraph separator to an empty span', () => {
    const span = stitched.toSource({start: 7, end: 7})
    expect(span.end).toBe(span.start)
    expect(span.start).toBeGreaterThanOrEqual(6)
    expect(span.start).toBeLessThanOrEqual(8)
  })

  it('maps a span covering only the separator to an empty span', () => {
    const span = stitched.toSource({start: 6, end: 8})
    expect(span.end).toBeGreaterThanOrEqual(span.start)
    expect(source.slice(span.start, span.end).trim()).toBe('')
  })

  it('still maps a span across the separator to the source across it', () => {
    const span = stitched.toSource({start: 5, end: 15})
    expect(source.slice(span.start, span.end)).toBe(')\n\nBelarus')
  })
})

describe('parseArticle with a caption standing after body text (once dates out of order)', () => {
  // A scraped page: a paragraph, then the photo credit and caption, then more body. The
  // caption is stitched before the body for entity finding; mentions must come back
  // in source order ("Monday" before "Sunday").
  // (From test/fixtures/articles/scraped-credit-before-caption.txt on the seg branch.)
  const text = [
    'World Views',
    'Ceasefire talks resume in Cairo',
    'Negotiators from both sides returned to Cairo on Monday for a new round of talks on a ceasefire, Egyptian officials said, after a week in which fighting intensified along the border and dozens of civilians were reported killed.',
    'Amr Nabil/AP',
    'Smoke rises over the border area after an air strike on Sunday',
    'The talks are expected to focus on the release of detainees and the opening of two more crossings for aid, the officials said.',
  ].join('\n\n')

  it('gives dates and mentions in source order', () => {
    const article = parseArticle(text, {referenceDate: '2022-02-10'})
    expectArticle(text, article)
    const starts = article.entities.dates.map((date) => date.span.start)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
  })
})
