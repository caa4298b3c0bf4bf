import {describe, expect, it} from 'vitest'
import {footnoteBlock, footnoteMarkers, textWithoutMarkers, withoutMarkers} from '../../src/segment/rules/pdf-footnotes.js'
import {segment} from '../../src/index.js'

describe('PDF footnotes', () => {
  it('finds the notes under a rule', () => {
    expect(footnoteBlock(['Text.', '____', '1 Source, 2024.', '2 Other source.'])).toEqual({rule: 1, numbers: new Set([1, 2])})
    expect(footnoteBlock(['Text.', '____', '', '1 Source, 2024.'])).toEqual({rule: 1, numbers: new Set([1])})
    expect(footnoteBlock(['Text.', '____', 'Not a note.'])).toBeUndefined()
    expect(footnoteBlock(['1 Source.', '2 Other.'])).toBeUndefined()
  })

  it('starts the notes at a marker the text carries', () => {
    // A page's notes may start at 2 (the first note was on an earlier page): the text's marker "counties.2" vouches for it.
    expect(footnoteBlock(['Better-paid jobs in neighboring counties.2 The vote', '____', '2 Staffing report, March 2025.', '3 Budget, 2025.'])).toEqual({rule: 1, numbers: new Set([2, 3])})
    // A number no marker stands for is no note's.
    expect(footnoteBlock(['Better-paid jobs in neighboring counties. The vote', '____', '2 Staffing report, March 2025.'])).toBeUndefined()
    expect(footnoteBlock(['Jobs in 14 counties.', '____', '14 Staffing report, March 2025.'])).toBeUndefined()
  })

  it('reads each rule only down to the rule below it', () => {
    // The upper rule has no note of its own; the notes under the lower one are not its.
    expect(footnoteBlock(['Text.', '____', 'More text.', '____', '1 Source.'])).toEqual({rule: 3, numbers: new Set([1])})
    expect(footnoteBlock(['Text.', '____', '1 Source.', '____', 'A footer.'])).toEqual({rule: 1, numbers: new Set([1])})
  })

  it('finds the markers glued to punctuation', () => {
    const text = 'published this week.1 Ships at berth; the harbour fell by 18% in two years.2 The EU'
    expect(footnoteMarkers(text, new Set([1, 2])).map(({start, end}) => text.slice(start - 1, end))).toEqual(['.1', '.2'])
  })

  it.each(['rose 2.5 percent', 'in 2024.3', 'at 10.30 am', 'version 2.1 of the rules'])('%j has no marker', (text) => {
    expect(footnoteMarkers(text, new Set([1, 2, 3, 5]))).toEqual([])
  })

  it('cuts the markers out of pieces and texts', () => {
    const source = 'this week.1 Ships at berth and governments.3'
    const pieces = withoutMarkers(source, [{start: 0, end: source.length}], new Set([1, 3]))
    expect(pieces.map((span) => source.slice(span.start, span.end))).toEqual(['this week.', 'Ships at berth and governments.'])
    expect(textWithoutMarkers(source, new Set([1]))).toBe('this week. Ships at berth and governments.3')
  })

  it('gives footnote references and a body without markers', () => {
    const text = 'Ports could cut emissions, a study said this week.1 Ships run engines.\n\nOwners say ports and governments should share the cost.2\n____\n1 Transport & Environment, March 2024.\n2 ECSA, statement of 12 March 2024.'
    const result = segment(text)
    expect(result.body.map((paragraph) => paragraph.text)).toEqual([
      'Ports could cut emissions, a study said this week. Ships run engines.',
      'Owners say ports and governments should share the cost.',
    ])
    expect(result.references.map((reference) => [reference.kind, reference.text])).toEqual([
      ['footnote', '1 Transport & Environment, March 2024.'],
      ['footnote', '2 ECSA, statement of 12 March 2024.'],
    ])
  })

  it('gives the writer\'s contact line under the footnotes to the notes, not to the last footnote', () => {
    const text = 'Whitfield wrote in a 23-page order that the county offered no evidence for its savings.1\nThe county said it would appeal the ruling.\n____\n1 League of Women Voters v. Harlan County, No. 6:25-cv-00041.\nDenise Walcott can be reached at dwalcott@dailycourier.com or 606-555-0143.'
    const result = segment(text)
    expect(result.references.map((reference) => [reference.kind, reference.text])).toEqual([['footnote', '1 League of Women Voters v. Harlan County, No. 6:25-cv-00041.']])
    expect(result.notes.map((note) => [note.kind, note.text])).toEqual([['contact', 'Denise Walcott can be reached at dwalcott@dailycourier.com or 606-555-0143.']])
  })
})
