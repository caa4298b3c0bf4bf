import {describe, expect, it} from 'vitest'
import {entryMarker, isCitationLine, isFootnoteLine, referenceHeading} from '../../src/segment/rules/reference-list.js'

describe('reference lists', () => {
  it.each([
    ['References', 'citation'],
    ['Sources:', 'citation'],
    ['Our Sources', 'citation'],
    ['On the Net:', 'citation'],
    ['Notes', 'footnote'],
    ['Footnotes', 'footnote'],
  ])('%j is a %s heading', (line, kind) => {
    expect(referenceHeading(line)).toBe(kind)
  })

  it.each(['References were checked by the editor.', 'Sources said the deal was close.', 'Links'])('%j is not a heading', (line) => {
    expect(referenceHeading(line)).toBeUndefined()
  })

  it('measures entry markers', () => {
    expect(entryMarker('[1] Smith, J. (2020).')).toBe(4)
    expect(entryMarker('12. Smith')).toBe(4)
    expect(entryMarker('- Ministry of Health')).toBe(2)
    expect(entryMarker('Smith, J. (2020).')).toBe(0)
    expect(entryMarker('1.')).toBe(0)
  })

  it('tells loose footnote lines from numbered body lists', () => {
    expect(isFootnoteLine('[2] Ministry of Defence, press release.')).toBe(true)
    expect(isFootnoteLine('¹ See the annual report.')).toBe(true)
    expect(isFootnoteLine('2. The second point.')).toBe(false)
  })
})

describe('reference lists: quoted titles (session 4)', () => {
  it('each line that opens with a quoted title is an entry of its own', async () => {
    const {segment} = await import('../../src/index.js')
    const text = 'The stampede killed hundreds of pilgrims near Mecca on Thursday, officials said.\n\nSources\n\n"Hajj stampede kills hundreds" — BBC News, January 12, 2006\n"Pilgrims crushed at Jamarat Bridge" — Reuters, January 12, 2006'
    expect(segment(text).references.map((reference) => reference.kind)).toEqual(['heading', 'citation', 'citation'])
  })
})

describe("a fact-check's sources, one a line without markers (session 14)", () => {
  it('each line that ends with a year closes its entry', async () => {
    const {segment} = await import('../../src/index.js')
    const sources = ['Springfield City Council, Ordinance 2026-114, Nov. 18, 2026', 'Facebook post, Nov. 20, 2026', 'Springfield Journal, "Council approves electric heat rule," Nov. 19, 2026']
    const text = `A Facebook post claimed Springfield banned gas stoves in new apartments. The ordinance covers space heating only.\n\nWe rate this claim False.\n\nOur Sources\n${sources.join('\n')}`
    const {references, body} = segment(text)
    expect(references.map((reference) => [reference.kind, reference.text])).toEqual([['heading', 'Our Sources'], ...sources.map((source) => ['citation', source])])
    expect(body).toHaveLength(2)
    // (a wrapped entry whose first line ends without a year stays one entry)
    const wrapped = segment(`${text.split('Our Sources')[0]}Sources\nKeller, J. Old carbon in Arctic streams. Nature\nGeoscience, 2026.`)
    expect(wrapped.references.filter((reference) => reference.kind === 'citation')).toHaveLength(1)
  })
})

describe('labelled citations under a science story (session 10)', () => {
  it.each([
    ['More information: Jana Keller et al, Old carbon in Arctic streams, Nature Geoscience (2026). DOI: 10.1038/s41561', true],
    ['Journal information: Nature Geoscience', true],
    ['Journal Reference: Keller J. et al. Old carbon. Nature Geoscience, 2026', true],
    ['Citation: Melting permafrost (2026, November 28) retrieved 30 November 2026 from https://phys.org/news/x.html', true],
    ['More information was not available on Monday.', false],
    ['Citation needed, the editors wrote.', false],
  ])('isCitationLine(%j)', (line, expected) => {
    expect(isCitationLine(line)).toBe(expected)
  })

  it('makes each such line a citation reference, out of the body', async () => {
    const {segment} = await import('../../src/index.js')
    const story = 'Carbon locked in Arctic permafrost is reaching rivers far faster than scientists had assumed, a study found.'
    const text = `${story}\n\nThe team sampled 41 streams across the North Slope between 2022 and 2025 and dated their carbon.\n\nMore information: Jana Keller et al, Old carbon in Arctic streams, Nature Geoscience (2026). DOI: 10.1038/s41561-026-01234-5`
    const result = segment(text)
    expect(result.references.map((reference) => [reference.kind, reference.text.slice(0, 17)])).toEqual([['citation', 'More information:']])
    expect(result.body.map((paragraph) => paragraph.text.slice(0, 10))).toEqual(['Carbon loc', 'The team s'])
  })
})
