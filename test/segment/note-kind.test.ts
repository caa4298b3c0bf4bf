import {describe, expect, it} from 'vitest'
import {describesWriter, isAuthorBio, isSiteName, noteKind, opensNote} from '../../src/segment/rules/note-kind.js'
import {segment} from '../../src/index.js'

describe('note kinds', () => {
  it.each([
    ['AP Economics Writer Paul Wiseman contributed to this report.', 'contributors'],
    ['Jane Doe in London contributed reporting.', 'contributors'],
    ['Reporting by Natalie Grover in London and Florence Tan in Singapore; Editing by Jason Neely', 'contributors'],
    ["Today's newsletter was written by Marta Kowalczyk and edited by James Ode.", 'contributors'],
    ['This article was written by the staff of the council.', undefined],
    ['(Additional reporting by Tom Roe; Writing by Ann Poe)', 'contributors'],
    // a report's authors (session 15)
    ['Prepared by: Elena Park, Manager, Roads Operations', 'contributors'],
    ['Reviewed by Ryan Costa, Director of Public Works', 'contributors'],
    ['Ruth Adeyemi is a consumer affairs reporter based in Leeds.', 'author-bio'],
    // a wire story's update note and contact line (session 9)
    ['(Adds analyst comment, background in paragraphs 5-7)', 'editors-note'],
    ['(Corrects name of minister in paragraph 3)', 'correction'],
    ['((chijioke.ohuocha@thomsonreuters.com; +234 1 555 0199))', 'contact'],
    ['Josh Boak covers economic policy for The Associated Press.', 'author-bio'],
    ['Sean Collins is a writer based in New York.', 'author-bio'],
    ['Correction: An earlier version of this story gave the wrong cost for the upgrade. It is $40 million.', 'correction'],
    ['An earlier version of this article misstated the date of the vote.', 'correction'],
    ['A correction was made on Jan. 15, 2025: An earlier version of this article misstated the population of Millbrook.', 'correction'],
    ['This article was amended on 19 May 2025 to correct the name of the mayor of Castel San Giovanni.', 'correction'],
    ["Editor's note: This story has been updated with the result of the vote.", 'editors-note'],
    ['This interview has been edited for length and clarity.', 'editors-note'],
    ['If you buy something through a link on this page, we may earn a commission.', 'editors-note'],
    ['Copyright 2024 The Associated Press. All rights reserved.', 'copyright'],
    ['© 2024 Millbrook Herald Ltd. All rights reserved.', 'copyright'],
    ['Originally published by CalMatters. Republished under a Creative Commons license.', 'source'],
    ['First published on The Conversation.', 'source'],
    ['Media Contact:', 'contact'],
    ['Contact: Jordan Lee, press@example.com', 'contact'],
    ['dortiz@dispatch.com', 'contact'],
    ['@DanOrtizDispatch', 'contact'],
    ['SOURCE BET Networks', 'source'],
    ['SOURCE: Northfield Water Authority', 'source'],
    ['— With assistance from Mark Burton', 'contributors'],
    ['(With inputs from PTI)', 'contributors'],
    ['Associated Press writer Amy Taxin contributed from Orange County, California.', 'contributors'],
    ['A version of this article appears in print on Nov. 30, 2026, Section A, Page 1 of the New York edition.', 'editors-note'],
    ["Appeared in the November 30, 2026, print edition as 'Online Sales Lift Black Friday'.", 'editors-note'],
    ['Write to Sarah Nassauer at sarah.nassauer@wsj.com and Suzanne Kapner at suzanne.kapner@wsj.com', 'contact'],
    ['Provided by University of Alaska Fairbanks', 'source'],
    ['Materials provided by Ohio State University.', 'source'],
    ['Source: Al Jazeera and news agencies', 'source'],
    ['(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)', 'editors-note'],
    // session 12: a syndication disclaimer that opens with the headline
    ['(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)', 'editors-note'],
    ['(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)', 'editors-note'],
    // session 12: disclosures of interests; a republished story's origin
    ['Priya Raman receives funding from the Natural Sciences and Engineering Research Council of Canada.', 'disclosure'],
    ['Daniel Okafor does not work for, consult, own shares in or receive funding from any company or organisation that would benefit from this article.', 'disclosure'],
    ['University of Toronto provides funding as a founding partner of The Conversation CA.', 'disclosure'],
    ['Disclosure: The author owns shares in Apple.', 'disclosure'],
    ['This article is republished from The Conversation under a Creative Commons license. Read the original article.', 'source'],
    ['NPR transcripts are created on a rush deadline by an NPR contractor. This text may not be in its final form and may be updated or revised in the future.', 'editors-note'],
    ['Have a news tip? Email us at news@example.com.', 'contact'],
    // session 11: a print-page note, a syndicated story's provider, a wire writer's role or source alone
    ['This article appeared on page B - 4 of the Harbour Gazette', 'editors-note'],
    ['(This news article provided by Example Entertainment News Network)', 'source'],
    ['AP Golf Writer', 'contributors'],
    ['Associated Press Writers', 'contributors'],
    ['From Press Association', 'contributors'],
    ['tech.co.uk', 'source'],
    ['CBNNews.com', 'source'],
    ['Got a tip? Contact the newsroom at 413-555-0100.', 'contact'],
    ['This document is subject to copyright.', 'copyright'],
    ['Scott Brown can be reached at sbrown@example.com or 412-555-0132.', 'contact'],
    ['(Movie editor Ann Lee can be reached at alee(at)example.com.)', 'contact'],
    ['To contact the reporter on this story: Lena Ortiz in Paris at', 'contact'],
    ['? Contact Star columnist David Lassen at', 'contact'],
    ['Hertz and NeverLost are registered trademarks of Hertz Systems, Inc.', 'copyright'],
    ['All other products and brand names are trademarks of their respective holders.', 'copyright'],
    ['This story is sourced direct from an overseas news agency as an additional service to readers.', 'editors-note'],
    ["The views expressed here are the author's own.", 'editors-note'],
    ['The opinions expressed in this column do not reflect those of the newspaper.', 'editors-note'],
    [
      'All Content is Copyright © 2008 Harbour Sports News and AFP. All rights reserved. This material is intended solely for personal use. Any other reproduction, publication or redistribution of this material without the written agreement of the copyright owner is strictly forbidden and any breach of copyright will be considered actionable.',
      'copyright',
    ],
  ])('%j is a note of kind %s', (text, kind) => {
    expect(noteKind(text)).toBe(kind)
  })

  it.each([
    'The council said it would review the plan.',
    'Reporting by the paper led to his resignation in the spring of that year, officials said.',
    'Copyright law was reformed in 2019 after years of lobbying.',
    'The copyright case filed in 2004 was settled last year after the studio agreed to pay the writers a share of the profits from the film, which had earned more than $40 million in cinemas around the world.',
    'The correction in share prices was the sharpest since March.',
    'The views expressed by residents at the meeting were mostly hostile to the plan.',
    'A correction was made to the index after the error was found, the exchange said on Friday in a statement to traders.',
    'Smith is a former mayor who now runs a charity for the homeless in the east of the city.',
    'Contact the council for details.',
    'The mayor can be reached by ferry only in summer.',
    'Residents who lost power can be reached at the shelter, officials said.',
    'The company said the trademarks of the brand were sold in 2006 to a rival.',
    'Source code for the app was published on Monday.',
    'SOURCE OF THE LEAK REMAINS UNKNOWN AFTER A MONTH OF INQUIRIES BY THE COMMITTEE AND THE POLICE',
    'Boston Globe Staff',
    'From Russia With Love',
    'The article appeared on page one of every paper in the state on Monday.',
    '',
  ])('%j is not a note', (text) => {
    expect(noteKind(text)).toBeUndefined()
  })
})

describe('press contacts', () => {
  it('a line with an e-mail address and a phone number is a contact', () => {
    expect(noteKind('NAMCO BANDAI Games America Inc. Arne Cual-Pedroso, 408-235-2132 apedroso@namcobandaigames.example')).toBe('contact')
    expect(noteKind('For details write to press@example.com before noon on Friday.')).toBeUndefined()
  })

  it("a writer's contact after a last line that fills the PDF column is a note of its own", () => {
    const text = [
      'Backup return man Owen Pratt (shoulder) is probable, as is linebacker Terrell',
      'Fowler (groin), who missed practice on Thursday with a bruised hip flexor too.',
      'Joe Marino can be reached at',
      'jmarino@tribune.example or 412-555-0132.',
    ].join('\n')
    const {notes, body} = segment(text)
    expect(notes.map((note) => [note.kind, note.text])).toEqual([['contact', 'Joe Marino can be reached at\njmarino@tribune.example or 412-555-0132.']])
    expect(body.map((paragraph) => paragraph.text)).toEqual([
      'Backup return man Owen Pratt (shoulder) is probable, as is linebacker Terrell Fowler (groin), who missed practice on Thursday with a bruised hip flexor too.',
    ])
  })

  it("a wire story's contact lines glued under the label join its note, with a second label among them (session 14)", () => {
    const contacts = ['To contact the reporters on this story:', 'Mark Burton in London at mburton6@bloomberg.net;', 'Jack Farchy in London at jfarchy@bloomberg.net', 'To contact the editors responsible for this story:', 'Lynn Thomasson at lthomasson@bloomberg.net']
    const text = ['Inventories tracked by the Shanghai Futures Exchange fell 12% last week to 98,431 tons, the lowest since June.', '--With assistance from Annie Lee.', contacts.join('\n'), '©2026 Bloomberg L.P.'].join('\n\n')
    const {notes} = segment(text)
    expect(notes.map((note) => note.kind)).toEqual(['contributors', 'contact', 'copyright'])
    expect(notes[1]?.text).toBe(contacts.join('\n'))
  })

  it('the lines under a bare contact label join its note, up to a line of another kind', () => {
    const text = [
      'The network said the specials would air on four consecutive Tuesdays, starting next week.',
      'CONTACT:',
      'Marcy Polanco, +1-212-975-3327',
      'marcy.polanco@network.example',
      'or',
      'Bernadette Simpao, +1-212-846-6722',
      'Email this to a friend',
    ].join('\n\n')
    const {notes, body} = segment(text)
    expect(notes.map((note) => note.kind)).toEqual(['contact'])
    expect(notes[0]?.text.startsWith('CONTACT:')).toBe(true)
    expect(notes[0]?.text.endsWith('+1-212-846-6722')).toBe(true)
    expect(body.map((paragraph) => paragraph.text).join(' ')).not.toContain('Polanco')
  })

  it('a sentence about the byline\'s writer at the article\'s end is their bio, not body', () => {
    const text = [
      'Guest essay',
      'Maria Esteban, Special to the Tribune',
      'Last summer, Phoenix went 113 days without measurable rain, and the city asked residents to cut outdoor watering.',
      'Arizona should do the same, and it should do it now, before the next dry summer arrives in the state.',
      'Maria Esteban is a hydrologist at the University of Arizona. Follow her on X: @mestebanwater',
      'Correction: An earlier version of this essay misstated the share of the flow lost since 2000.',
    ].join('\n\n')
    const {notes, body, byline} = segment(text)
    expect(byline?.authors).toEqual(['Maria Esteban'])
    expect(notes.map((note) => note.kind)).toEqual(['author-bio', 'correction'])
    expect(body.map((paragraph) => paragraph.text.slice(0, 20))).toEqual(['Last summer, Phoenix', 'Arizona should do th'])
  })

  it.each([
    ['Maria Esteban is a hydrologist at the University of Arizona.', true],
    ['Maria Esteban teaches law at Yale. Follow her at @mesteban', true],
    ['Maria Esteban said the plan would fail.', false],
    ['Maria Esteban covers water for The Times. More about Maria Esteban', true],
    ['Maria is a hydrologist.', false],
    ['Esteban is a hydrologist at the University of Arizona and a former adviser to the state, whose work on the river basin and its aquifers, its canals and its farms has been cited in every water plan the state has written since the drought began more than twenty years ago in the Southwest.', false],
  ])('isAuthorBio(%j)', (text, expected) => {
    expect(isAuthorBio(text, ['Maria Esteban'])).toBe(expected)
  })
})

describe('author bios', () => {
  it('the paragraph under "About the Author" is an author-bio note with its heading', () => {
    const prose = (n: number): string => `Paragraph ${n} of the column says the election campaign looked different when watched from abroad.`
    const bio = 'An author and syndicated columnist, Dana Keller also has made documentary films. Her books include a life of a president.'
    const {notes, body} = segment([prose(1), prose(2), prose(3), 'About the Author', bio, 'Add headlines to your page'].join('\n\n'))
    expect(notes.map((note) => [note.kind, note.text])).toEqual([['author-bio', `About the Author\n\n${bio}`]])
    expect(body.map((paragraph) => paragraph.text)).toEqual([prose(1), prose(2), prose(3)])
  })
})

describe("a note from the author (session 14)", () => {
  it('is an author-bio note with its heading, and the bio under the author card is one too', () => {
    const prose = (n: number): string => `Paragraph ${n} says the strikes left thousands of households in the region without power overnight.`
    const note = "Hi, this is Oleksandra. I cover the war's impact on civilians and infrastructure. Thank you for reading."
    const bio = 'Oleksandra Hrytsenko is a reporter at the Kyiv Independent. She previously worked for Hromadske.'
    const text = ['by Oleksandra Hrytsenko', prose(1), prose(2), prose(3), 'Note from the author:', note, 'Oleksandra Hrytsenko', 'Reporter', `${bio}\nRead more`].join('\n\n')
    const {notes, body} = segment(text)
    expect(notes.map((found) => [found.kind, found.text])).toEqual([['author-bio', `Note from the author:\n\n${note}`], ['author-bio', bio]])
    expect(body.map((paragraph) => paragraph.text)).toEqual([prose(1), prose(2), prose(3)])
  })
})

describe('author cards after the article', () => {
  it('takes the byline writer\'s name line and the lines down to what they do as a bio', () => {
    const text = [
      'By Fabian Cambero',
      'Chile\'s SQM is weighing a bid for Liontown Resources, three people familiar with the matter said on Monday.',
      'The talks are at an early stage and may not lead to an offer, the people said, asking not to be named.',
      'Fabian Cambero',
      'Thomson Reuters',
      'Covers mining and energy in Chile.',
    ].join('\n\n')
    const {notes, body} = segment(text)
    expect(notes.map((note) => [note.kind, note.text])).toEqual([['author-bio', 'Fabian Cambero\n\nThomson Reuters\n\nCovers mining and energy in Chile.']])
    expect(body).toHaveLength(2)
  })

  it.each([
    ['Covers mining and energy in Chile.', true],
    ['Writes about health policy.', true],
    ['Thomson Reuters', false],
    ['Covers are made of cotton and come in three colours and six sizes, the company said in its spring catalogue, which went out to buyers on Monday.', false],
  ])('describesWriter(%j)', (line, expected) => {
    expect(describesWriter(line)).toBe(expected)
  })
})

describe('a note line glued under the last paragraph (PDF text)', () => {
  it('opens a block of its own after a finished sentence, so the note is found', () => {
    const source = [
      'Both Keys and Daughtry albums will be available with the',
      'digital cards.',
      'CD sales fell 19 percent last year, Nielsen SoundScan said.',
      'While most albums purchased are still compact discs, digital',
      'albums now account for 10 percent of the total. Many CDs sell',
      'from $14 to $19. Most digital albums are $10.',
      'Sony BMG is a venture of Sony Corp. and Bertelsmann AG.',
      'Sony rose 40 yen to 5,830 yen in Tokyo Stock Market trading.',
      'Bertelsmann, based in Guetersloh, Germany, is closely held.',
      "Sony BMG's labels include Columbia, Epic, RCA and Arista.",
      'To contact the reporter on this story: Don Jeffrey in New York at',
      'djeffrey1@example.net',
    ].join('\n')
    const result = segment(source)
    expect(result.body.map((paragraph) => paragraph.text).join(' ')).not.toContain('To contact')
    expect(result.notes.map((note) => note.kind)).toEqual(['contact'])
  })
})

describe('a note that opens on a line of a run (session 11)', () => {
  it('is a note line, or opens one in brackets closed within two lines', () => {
    expect(opensNote('(This news article provided by Example News Network)')).toBe(true)
    expect(opensNote('(Gazette movie editor Ann', 'Lee can be reached at', 'alee(at)example.com.)')).toBe(true)
    expect(opensNote('(Gazette movie editor Ann', 'Lee can be reached at')).toBe(false)
    expect(opensNote('(The council met on', 'Tuesday.)')).toBe(false)
    expect(opensNote('the council met.')).toBe(false)
  })

  it('takes a bracketed contact note and a print-page note out of a PDF paragraph', () => {
    const lines = [
      'Harbour film festival opens',
      '',
      'The festival opened on Friday with a film about a lighthouse',
      'keeper, and the director said the crowd was the largest yet.',
      '"It was a long night," she said, "and a good one."',
      '(Gazette movie editor Ann',
      'Lee can be reached at',
      'alee(at)example.com.)',
      '',
      'The second film runs on Saturday at the harbour hall, where the',
      'organisers have added a second screen for the weekend.',
      'This article appeared on page C - 2 of the Harbour Gazette',
    ]
    const result = segment(lines.join('\n'))
    const body = result.body.map((paragraph) => paragraph.text).join(' ')
    expect(body).not.toContain('reached')
    expect(body).not.toContain('appeared on page')
    expect(result.notes.map((note) => note.kind)).toEqual(['contact', 'editors-note'])
  })
})

describe("a site's name alone on a line (session 11)", () => {
  it.each(['tech.co.uk', 'CBNNews.com', 'www.example.org'])('%j is one', (line) => expect(isSiteName(line)).toBe(true))
  it.each(['U.S.', 'example.com/news', 'Visit example.com today', 'p.m.', 'No.1'])('%j is not', (line) => expect(isSiteName(line)).toBe(false))

  it('ends the paragraph above it in a run of lines, and is a source note', () => {
    const source = 'Laptop makers cut prices\n\nThe cheapest small laptops now cost less than a phone, the makers said on Monday.\nSpecifications:\nMemory: 512MB\nWi-Fi: 802.11b/g\ntech.co.uk\n'
    const result = segment(source)
    expect(result.body.map((paragraph) => paragraph.text).join(' ')).not.toContain('tech.co.uk')
  })
})
