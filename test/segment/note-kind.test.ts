import {describe, expect, it} from 'vitest'
import {noteKind} from '../../src/segment/rules/note-kind.js'

describe('note kinds', () => {
  it.each([
    ['AP Economics Writer Paul Wiseman contributed to this report.', 'contributors'],
    ['Jane Doe in London contributed reporting.', 'contributors'],
    ['Reporting by Natalie Grover in London and Florence Tan in Singapore; Editing by Jason Neely', 'contributors'],
    ['(Additional reporting by Tom Roe; Writing by Ann Poe)', 'contributors'],
    ['Ruth Adeyemi is a consumer affairs reporter based in Leeds.', 'author-bio'],
    ['Josh Boak covers economic policy for The Associated Press.', 'author-bio'],
    ['Sean Collins is a writer based in New York.', 'author-bio'],
    ['Correction: An earlier version of this story gave the wrong cost for the upgrade. It is $40 million.', 'correction'],
    ['An earlier version of this article misstated the date of the vote.', 'correction'],
    ["Editor's note: This story has been updated with the result of the vote.", 'editors-note'],
    ['If you buy something through a link on this page, we may earn a commission.', 'editors-note'],
    ['Copyright 2024 The Associated Press. All rights reserved.', 'copyright'],
    ['© 2024 Millbrook Herald Ltd. All rights reserved.', 'copyright'],
    ['Media Contact:', 'contact'],
    ['Contact: Jordan Lee, press@example.com', 'contact'],
  ])('%j is a note of kind %s', (text, kind) => {
    expect(noteKind(text)).toBe(kind)
  })

  it.each([
    'The council said it would review the plan.',
    'Reporting by the paper led to his resignation in the spring of that year, officials said.',
    'Copyright law was reformed in 2019 after years of lobbying.',
    'The correction in share prices was the sharpest since March.',
    'Smith is a former mayor who now runs a charity for the homeless in the east of the city.',
    'Contact the council for details.',
    '',
  ])('%j is not a note', (text) => {
    expect(noteKind(text)).toBeUndefined()
  })
})
