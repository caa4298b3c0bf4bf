/** The public API: exact names, bad input, and well-formed results for odd strings. */
import {describe, expect, it} from 'vitest'
import * as nutgraf from '../src/index.js'
import {extractEntities, parseArticle, segment} from '../src/index.js'
import {expectArticle, expectEntities, expectSegments} from './helpers/invariants.js'

describe('public API', () => {
  it('exposes exactly parseArticle, segment and extractEntities', () => {
    expect(Object.keys(nutgraf).sort()).toEqual(['extractEntities', 'parseArticle', 'segment'])
  })

  it.each([
    [42, 'number 42'],
    [undefined, 'undefined'],
    [null, 'null'],
    [{text: 'x'}, 'an object'],
    [['a'], 'an array (length 1)'],
    [Buffer.from('x'), 'an instance of Buffer'],
  ])('throws a TypeError naming what it got for %j', (value, described) => {
    for (const fn of [parseArticle, segment, extractEntities] as Array<(text: unknown) => unknown>) {
      expect(() => fn(value)).toThrow(TypeError)
      expect(() => fn(value)).toThrow(`got ${described}`)
    }
  })

  it.each([
    ['not a date', 'must be an ISO 8601 date'],
    ['2022-02-30', 'must be an ISO 8601 date'],
    [new Date('nope'), 'invalid Date'],
    [20220210, 'got number'],
  ])('throws a TypeError for a bad referenceDate %j', (referenceDate, message) => {
    expect(() => parseArticle('Text.', {referenceDate} as never)).toThrow(message)
    expect(() => extractEntities('Text.', {referenceDate} as never)).toThrow(TypeError)
  })

  it('accepts a Date and an ISO date-time as referenceDate', () => {
    expect(parseArticle('Text.', {referenceDate: new Date('2022-02-10T12:00:00Z')}).referenceDate).toEqual({value: '2022-02-10', source: 'option'})
    expect(parseArticle('Text.', {referenceDate: '2022-02-10T23:59:00+03:00'}).referenceDate).toEqual({value: '2022-02-10', source: 'option'})
  })
})

describe('odd strings give well-formed results', () => {
  const cases: Array<[string, string]> = [
    ['empty', ''],
    ['whitespace only', ' \n\t \r\n  \u00a0 '],
    ['a URL only', 'https://www.example.com/2022/02/10/some-story'],
    ['a single word', 'Hello'],
    ['no blank lines', 'Line one of text\nline two of text\nLine three.\nLine four.'],
    ['Windows line endings', 'First paragraph\r\nwrapped.\r\n\r\nSecond paragraph.\r\n'],
    ['a BOM', '\ufeffA paragraph after a byte-order mark.'],
    ['NBSP and tabs', 'A\u00a0paragraph\twith\u00a0\u00a0odd\t\tspaces.\n\n\tIndented one.'],
    ['lone surrogates', 'Bad \ud800 surrogate \udc00 text.'],
  ]

  it.each(cases)('%s', (_name, text) => {
    expectSegments(text, segment(text))
    expectEntities(text, extractEntities(text))
    expectArticle(text, parseArticle(text))
  })

  it('returns empty parts for empty input', () => {
    expect(parseArticle('')).toEqual({
      captions: [],
      body: [],
      notes: [],
      references: [],
      entities: {people: [], organizations: [], places: [], dates: [], amounts: []},
      quotes: [],
    })
  })

  it('collapses NBSP and tabs inside a paragraph and strips a BOM', () => {
    expect(segment('\ufeffA\u00a0paragraph\twith  odd\u00a0\u00a0spaces.').body.map((p) => p.text)).toEqual(['A paragraph with odd spaces.'])
  })

  it('reads Windows line endings like Unix ones', () => {
    const windows = segment('First paragraph\r\nwrapped.\r\n\r\nSecond paragraph.\r\n').body.map((p) => p.text)
    expect(windows).toEqual(['First paragraph wrapped.', 'Second paragraph.'])
  })

  it('gives the same output for the same input', () => {
    const text = 'Gen. Mark Milley spoke on Thursday.\n\nMilley left Moscow.'
    expect(parseArticle(text, {referenceDate: '2022-02-10'})).toEqual(parseArticle(text, {referenceDate: '2022-02-10'}))
  })
})
