import {describe, expect, it} from 'vitest'
import {authorsUnderHeading, isByLine, nameOverRole, nameOverStamp, parseByline} from '../../src/segment/rules/byline.js'
import {segment} from '../../src/index.js'

describe('bylines', () => {
  it.each([
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe'], 24],
    ['By JILL LAWLESS, Associated Press Writer', ['Jill Lawless'], 40],
    ['Jane Doe | Reuters', ['Jane Doe'], 18],
    ['Steve Holland, Reuters', ['Steve Holland'], 22],
    ['Written by: AFP', ['AFP'], 15],
    ['By Adrian Shaw 18/01/2008', ['Adrian Shaw'], 14],
    ['by Tameka Kee, Friday, Dec 28, 2007 9:00 AM ET', ['Tameka Kee'], 13],
    ['By JESSICA MINTZ AP Technology Writer', ['Jessica Mintz'], 37],
    ['Jane Doe, Staff Writer', ['Jane Doe'], 22],
    ['Story by Jane Doe', ['Jane Doe'], 17],
    ['BY JANE DOE', ['Jane Doe'], 11],
    ['By Hanna Arhirova, Samya Kullab & Illia Novikov', ['Hanna Arhirova', 'Samya Kullab', 'Illia Novikov'], 47],
    // a role after the names is no author (session 7: "Contributor" came out as one)
    ['By Elena Ruiz, Contributor', ['Elena Ruiz'], 26],
    ['By Elena Ruiz, Opinion Contributor', ['Elena Ruiz'], 34],
    ['By Elena Ruiz and Tom Lee, Contributors', ['Elena Ruiz', 'Tom Lee'], 39],
    ['By Elena Ruiz, Guest Columnist', ['Elena Ruiz'], 30],
    ['By Elena Ruiz, Staff Photographer', ['Elena Ruiz'], 33],
    // a station's name before the job is the outlet's (session 11)
    ['By Dana Whitfield, WRAL Reporter', ['Dana Whitfield'], 32],
    ['By Dana Whitfield and Tom Lee, WRAL Reporters', ['Dana Whitfield', 'Tom Lee'], 45],
    // a job alone names no one (session 15: "By Our Staff Reporter" gave the author "Our")
    ['By Our Staff Reporter', [], 21],
    ['By Special Correspondent', [], 24],
    // cells: the writer, the place, a day-first date (session 11: the line was no byline)
    ['By Mariam Nour | The Hague | 12 June 2026', ['Mariam Nour'], 26],
    ['By Sam Dean, 29 November 2026', ['Sam Dean'], 11],
    ['By The Editorial Board', ['The Editorial Board'], 22],
    // where the writer files from is no part of the names
    ['By Daniel Dombey in Washington', ['Daniel Dombey'], 30],
    ['By Ann Lee and Tom Hale in New York', ['Ann Lee', 'Tom Hale'], 35],
    // a live page's writer "and agencies", after "By" or "From" (session 15: the line was lost)
    ['By Catarina Lopes in Lisbon and agencies', ['Catarina Lopes'], 40],
    ['From Catarina Lopes in Lisbon and agencies', ['Catarina Lopes'], 42],
    ['Interview by Rosa Medina', ['Rosa Medina'], 24],
    ['As told to Rosa Medina', ['Rosa Medina'], 22],
    // a freelancer's outlet (session 9: the line was taken for the headline)
    ['Maria Esteban, Special to the Tribune', ['Maria Esteban'], 37],
    ['By Tom Hale, Special to The Washington Post', ['Tom Hale'], 43],
    // an institution as the writer, and a dash before the date (session 10)
    ['by University of Alaska Fairbanks', ['University of Alaska Fairbanks'], 33],
    ['by Jon Brodkin - Nov 29, 2026 5:04 pm UTC', ['Jon Brodkin'], 14],
    // a two-word name and the writer's job in lower case on one line (The Guardian)
    ['Fiona Harvey Environment editor', ['Fiona Harvey'], 31],
    ['Jessica Elgot Deputy political editor', ['Jessica Elgot'], 37],
    // one word after the names is the outlet (session 14)
    ['BY LUIS ORTEGA, CALMATTERS', ['Luis Ortega'], 26],
    ['By Laura Clout and agencies', ['Laura Clout'], 27],
  ])('%j', (line, authors, end) => {
    expect(parseByline(line)).toEqual({authors, end})
  })

  it.each([
    'By the end of the day, it was over.',
    // "of" joins two parts of a name, it never ends one ("PGATOUR.com Chief of" / "Correspondents")
    'By Helen Ross, PGATOUR.com Chief of Correspondents',
    // a title-case headline ending in a job is no name and job
    'Police Chief Named Acting Editor',
    'By Tuesday the talks had collapsed',
    'Paris, London and Berlin',
    'Reuters, AP',
    'Home | World | Business',
    'Smith, who led the talks, said he was hopeful.',
    'Photos by Jane Doe',
    'Editor, Writer',
    'The Star in Education',
    'Sony Open in Hawaii',
    // (a name and where the writer files from is a byline only over a date: see nameOverStamp)
    'Sam Jones in Madrid',
    // "From" opens a byline only with the place the writer files from
    'From the archives',
    'From Paris',
    'From Ukraine in December',
  ])('%j is not a byline', (line) => {
    expect(parseByline(line)).toBeUndefined()
  })

  it.each([
    ['Tom Edgington', 'Transport correspondent', ['Tom Edgington']],
    ['JANE DOE', 'Staff Writer', ['Jane Doe']],
    ['Latest News', 'Political Editor', undefined],
    ['Church Listings', 'Letters to the Editor', undefined],
    ['Editorial Commentaries', 'LOCAL COLUMNISTS', undefined],
    ['Top Stories', 'chief', undefined],
    ['Tom Edgington', 'The strike begins on Monday.', undefined],
  ])('a name over a job: %j / %j', (nameLine, roleLine, authors) => {
    expect(nameOverRole(nameLine, roleLine)?.authors).toEqual(authors)
  })

  it.each([
    ['Claudia Ruiz', 'Nov 30, 2026', ['Claudia Ruiz']],
    ['James Rivington', '16 Jan 2008 12:25 GMT', ['James Rivington']],
    ["Sean O'Neill", 'Wednesday, January 16, 2008', ["Sean O'Neill"]],
    ['Mary Ann Smith', 'Nov 30, 2026', ['Mary Ann Smith']],
    ['Storm Hits Coast', 'Nov 30, 2026', undefined],
    ['Adelaide United', 'Nov 30, 2026', undefined],
    ['My Portfolio', 'Nov 30, 2026', undefined],
    ['Young People Today...', 'Nov 30, 2026', undefined],
    ['Claudia Ruiz', 'Economics correspondent', undefined],
    ['Kate Rooney', '@Kr00ney', ['Kate Rooney']],
    ['Storm Hits Coast', '@weather', undefined],
    ['Kate Rooney', '@ Kr00ney and others', undefined],
    // the names and where the writers file from, over the date (The Guardian; session 14)
    ['Sam Jones in Madrid', 'Wed 29 Jul 2026 18.02 BST', ['Sam Jones']],
    ['Julian Borger and Emma Graham-Harrison in Washington', 'Tue 1 Dec 2026 09.00 GMT', ['Julian Borger', 'Emma Graham-Harrison']],
    ['Sony Open in Hawaii', 'Nov 30, 2026', undefined],
    ['Live Music in Austin', 'Nov 30, 2026', undefined],
  ])('a name over a date or handle: %j / %j', (nameLine, stampLine, authors) => {
    expect(nameOverStamp(nameLine, stampLine)?.authors).toEqual(authors)
  })

  it('tells a "By" byline from a sentence that opens with "By"', () => {
    expect(isByLine('By Patrick Finley')).toBe(true)
    expect(isByLine('BY HERALD REPORTER')).toBe(true)
    expect(isByLine('By the end of the day, it was over.')).toBe(false)
    expect(isByLine('Patrick Finley, Reuters')).toBe(false)
  })

  it('takes the writer, not their institution, from "by X, University of Y"', () => {
    expect(parseByline('by Laura Hennessy, University of Bergen')?.authors).toEqual(['Laura Hennessy'])
    // Unlabelled, a job and an institution are no byline.
    expect(parseByline('Associate Professor of Urban Climate, University of Toronto')).toBeUndefined()
  })

  it('reads the writers under an "Authors" heading, each over their job', () => {
    const lines = ['Authors', 'Priya Raman', 'Associate Professor, University of Toronto', 'Daniel Okafor', 'PhD Candidate in Geography, University of Toronto', 'On the hottest afternoon of last July, the air was warmer.']
    expect(authorsUnderHeading(lines)).toEqual({count: 5, authors: ['Priya Raman', 'Daniel Okafor']})
    // A menu under "Contributors" names no one.
    expect(authorsUnderHeading(['Contributors', 'Subjects A-Z', "Editors' blog"])).toBeUndefined()
  })

  it('reads a name block over a job block as the byline (no "By")', () => {
    const text = [
      'Train drivers to strike over pay on three days in March',
      'Tom Edgington',
      'Transport correspondent',
      'Train drivers at 14 rail operators in England will walk out on three days next month, the union has said.',
      'The strikes will take place on 4, 6 and 8 March, and drivers will also refuse to work overtime that week.',
    ].join('\n\n')
    const {byline, body} = segment(text)
    expect(byline?.authors).toEqual(['Tom Edgington'])
    expect(byline?.text).toBe('Tom Edgington\n\nTransport correspondent')
    expect(body).toHaveLength(2)
  })
})
