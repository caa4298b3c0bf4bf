/**
 * Property tests of DESIGN.md's promises on any string: no exception, every span a
 * slice of the input that gives its text, spans ordered and inside the input, body
 * paragraphs built only from their spans, and the same output on a second call.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {extractEntities, parseArticle, segment} from '../../src/index.js'
import {expectArticle, expectEntities, expectSegments} from '../helpers/invariants.js'
import {anyCodeUnits, anyUnicode, mutatedArticle, newsLike, realTexts, runParameters} from './arbitraries.js'

/** Run every public function on `text` and check each result, and that a second call agrees. */
function checkAll(text: string, referenceDate?: string, again = true): void {
  const options = referenceDate ? {referenceDate} : {}
  const segments = segment(text)
  expectSegments(text, segments)
  const entities = extractEntities(text, options)
  expectEntities(text, entities)
  const article = parseArticle(text, options)
  expectArticle(text, article)
  // Caption, body and dateline pieces of the article are the segmenter's.
  expect(article.body).toEqual(segments.body)
  if (!again) return
  expect(parseArticle(text, options)).toEqual(article)
  expect(extractEntities(text, options)).toEqual(entities)
  expect(segment(text)).toEqual(segments)
}

const referenceDate = fc.option(
  fc.date({min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true}).map((date) =>
    date.toISOString().slice(0, 10),
  ),
  {nil: undefined},
)

describe('properties on arbitrary input', () => {
  it('holds for strings of any UTF-16 code units (lone surrogates, controls)', () => {
    fc.assert(fc.property(anyCodeUnits, referenceDate, (text, date) => checkAll(text, date)), runParameters(150))
  })

  it('holds for arbitrary Unicode (astral, combining, RTL, zero-width)', () => {
    fc.assert(fc.property(anyUnicode, referenceDate, (text, date) => checkAll(text, date)), runParameters(150))
  })

  it('holds for news-shaped text built from tricky pieces', () => {
    fc.assert(fc.property(newsLike, referenceDate, (text, date) => checkAll(text, date)), runParameters(200))
  }, 20_000) // about 4 s alone; more on a machine shared by other jobs
})

describe('properties on mutated real articles', () => {
  const texts = realTexts()

  it('has real articles to mutate', () => {
    expect(texts.length).toBeGreaterThan(0)
  })

  it('holds for each real article as it stands', () => {
    // Every fixture article (about 130); each fourth is also parsed again to show the result is the same. (~4 s idle;
    // the limit leaves room for a machine shared with other jobs.)
    texts.forEach(({text}, index) => checkAll(text, undefined, index % 4 === 0))
  }, 60_000)

  it('holds for mutations of real articles', () => {
    fc.assert(fc.property(mutatedArticle(texts), referenceDate, (text, date) => checkAll(text, date)), runParameters(120))
  }, 120_000)
})

describe('properties of the offsets', () => {
  it('maps spans of the same text moved right by a prefix', () => {
    // A prefix of blank lines shifts every span by its length and changes nothing else.
    fc.assert(
      fc.property(newsLike, fc.constantFrom('\n', '\n\n', '\n\n\n'), (text, prefix) => {
        const shifted = segment(prefix + text)
        const plain = segment(text)
        expect(shifted.body.map((paragraph) => paragraph.text)).toEqual(plain.body.map((paragraph) => paragraph.text))
        const moved = plain.body.map((paragraph) =>
          paragraph.spans.map((span) => ({start: span.start + prefix.length, end: span.end + prefix.length})),
        )
        expect(shifted.body.map((paragraph) => paragraph.spans)).toEqual(moved)
      }),
      runParameters(150),
    )
  })
})
