/**
 * The article's own date: what `parseArticle` resolves relative dates against when no
 * `referenceDate` option is given.
 */
import {describe, expect, it} from 'vitest'
import {edgeTexts, findArticleDate, fullDateIn} from '../../src/article/article-date.js'
import {splitLines} from '../../src/segment/lines.js'
import {parseArticle} from '../../src/index.js'
import type {Segments} from '../../src/types.js'

const noSegments: Segments = {captions: [], body: [], notes: [], references: []}

describe('findArticleDate', () => {
  it.each([
    ['Published: Feb. 10, 2022\n\nText.', {value: '2022-02-10', source: 'published'}],
    ['Headline\nPublished 10 February 2022 14:05 GMT\n\nText.', {value: '2022-02-10', source: 'published'}],
    ['First published on Thursday, February 10, 2022\n\nText.', {value: '2022-02-10', source: 'published'}],
    ['Updated 2022-02-10T08:00:00Z\n\nText.', {value: '2022-02-10', source: 'updated'}],
    ['Headline\nThursday, February 10, 2022\n\nText.', {value: '2022-02-10', source: 'date-line'}],
    ['By AFP\nFeb. 10, 2022 at 6:30 p.m.\n\nText.', {value: '2022-02-10', source: 'date-line'}],
    // a cell of a masthead (PDF) or a section bar
    ['THE HARBOR CITY LEDGER                                    Tuesday, March 4, 2025\n\nText.', {value: '2025-03-04', source: 'date-line'}],
    ['Politics | Feb. 10, 2022\n\nText.', {value: '2022-02-10', source: 'date-line'}],
  ])('reads %j', (input, expected) => {
    expect(findArticleDate(input, noSegments)).toEqual(expected)
  })

  it('prefers "Published" to "Updated", wherever they stand among the top lines', () => {
    const input = 'Updated: March 1, 2022\nPublished: Feb. 10, 2022\n\nText.'
    expect(findArticleDate(input, noSegments)).toEqual({value: '2022-02-10', source: 'published'})
  })

  it('takes the date alone right above "Last modified" as the first publication (The Guardian)', () => {
    const input = 'Sam Jones in Madrid\nWed 29 Jul 2026 18.02 BST\nLast modified on Thu 30 Jul 2026 08.15 BST\n\nText.'
    expect(findArticleDate(input, noSegments)).toEqual({value: '2026-07-29', source: 'date-line'})
    // (a line of prose above it is no date line)
    expect(findArticleDate('The talks went on all night.\nUpdated: March 1, 2022\n\nText.', noSegments)).toEqual({value: '2022-03-01', source: 'updated'})
  })

  it('reads the dateline segment', () => {
    const segments: Segments = {...noSegments, dateline: {text: 'WASHINGTON, Feb. 10, 2022 (AP) —', span: {start: 0, end: 31}}}
    expect(findArticleDate('WASHINGTON, Feb. 10, 2022 (AP) — Text.', segments)).toEqual({value: '2022-02-10', source: 'dateline'})
  })

  it.each([
    ['no date at all', 'A headline\n\nText without a date.'],
    ['a date in a URL', 'https://www.example.com/2022/02/10/a-story\n\nText.'],
    ['a month-day without a year', 'Published: Feb. 10\n\nText.'],
    ['a date deep in the body, not on a line of its own', 'Headline\n\nThe treaty of Feb. 10, 2022, was signed after long talks between the two sides that lasted into the night.'],
    ['an impossible date', 'Published: 2022-02-30\n\nText.'],
    ['a wide-spaced line whose cells are prose', 'Headline\n\nThe treaty was signed    on Feb. 10, 2022, after long talks between the two sides that lasted into the night.'],
  ])('finds nothing with %s', (_name, input) => {
    expect(findArticleDate(input, noSegments)).toBeUndefined()
  })

  it('reads full dates only', () => {
    expect(fullDateIn('Feb. 10, 2022')).toBe('2022-02-10')
    expect(fullDateIn('2022-02-10T08:00:00Z')).toBe('2022-02-10')
    expect(fullDateIn('Feb. 10')).toBeUndefined()
    expect(fullDateIn('in 2022')).toBeUndefined()
  })

  it('reads a day-first numeric date when its day is past 12 (session 10; "10/11/2026" stays the grammar\'s month-first reading)', () => {
    expect(fullDateIn('Published on 29/11/2026 - 18:22 GMT+1')).toBe('2026-11-29')
    expect(fullDateIn('11/29/2026 6:42 PM')).toBe('2026-11-29')
    expect(fullDateIn('31/02/2026')).toBeUndefined()
    expect(findArticleDate('Drought forces Spain to ration water\n\nPublished on 29/11/2026 - 18:22 GMT+1\n\nTowns will cut water use.', noSegments)).toEqual({value: '2026-11-29', source: 'published'})
  })

  it('reads a date line whose year has the clock time glued to it, as NPR pages copy (session 11)', () => {
    expect(findArticleDate('Court weighs social media laws\nNovember 19, 20265:00 AM ET\nHeard on Morning Edition\n\nThe court heard arguments Wednesday.', noSegments)).toEqual({value: '2026-11-19', source: 'date-line'})
  })
})

describe('parseArticle without a referenceDate option', () => {
  it('resolves relative dates against the article date and says where it came from', () => {
    const article = parseArticle('Published: Feb. 12, 2022\n\nTalks were held on Thursday.')
    expect(article.referenceDate).toEqual({value: '2022-02-12', source: 'published'})
    expect(article.entities.dates.find((date) => date.text === 'Thursday')?.value).toBe('2022-02-10')
  })

  it('leaves relative dates unresolved when the article gives no date', () => {
    const article = parseArticle('Talks were held on Thursday.')
    expect(article.referenceDate).toBeUndefined()
    expect(article.entities.dates).toEqual([expect.objectContaining({text: 'Thursday', value: 'XXXX-WXX-4'})])
  })

  it('prefers the option to the article date', () => {
    const article = parseArticle('Published: Feb. 12, 2022\n\nTalks were held on Thursday.', {referenceDate: '2022-02-04'})
    expect(article.referenceDate).toEqual({value: '2022-02-04', source: 'option'})
    expect(article.entities.dates.find((date) => date.text === 'Thursday')?.value).toBe('2022-02-03')
  })
})

describe('edgeTexts', () => {
  it('reads, from the lines of the whole input, the lines of its first and last 10,000 characters', () => {
    // Lines cut at either bound, CR/LF/CRLF breaks and whitespace at the cut: the texts
    // must be those of splitting the two ends joined by a line break.
    const pieces = ['Published: Feb. 10, 2022', 'text', '  ', '\r', '\n', '\r\n', 'x'.repeat(150), 'y'.repeat(300), 'z'.repeat(4000), ' ', '\t', '\u00a0']
    let seed = 11
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    for (let trial = 0; trial < 200; trial++) {
      let text = ''
      const length = 19_500 + Math.floor(random() * 3000)
      while (text.length < length) text += pieces[Math.floor(random() * pieces.length)]
      const ends = text.length > 20_000 ? text.slice(0, 10_000) + '\n' + text.slice(-10_000) : text
      const expected = splitLines(ends).filter((line) => !line.blank).map((line) => line.text)
      expect(edgeTexts(text, splitLines(text)).filter((line) => line.length > 0)).toEqual(expected)
    }
  })
})
