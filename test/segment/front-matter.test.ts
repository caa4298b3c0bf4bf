import {describe, expect, it} from 'vitest'
import {segment} from '../../src/index.js'

const body = 'Rescue teams pulled two more survivors from the rubble on Wednesday, the disaster agency said.'
const more = 'Aid convoys reached several villages that had been cut off by landslides, officials said on Thursday.'

describe('caption, credit and byline', () => {
  it('splits a glued credit off a long first caption', () => {
    const caption = 'Rescue workers and volunteers search the rubble of a collapsed apartment block in the town of Kahramanmaras in southern Turkey on Wednesday, two days after the earthquake.'
    const result = segment(`${caption} Turkish Interior Ministry\n\n${body}\n\n${more}`)
    expect(result.caption?.text).toBe(caption)
    expect(result.caption?.credit?.text).toBe('Turkish Interior Ministry')
    expect(result.body).toHaveLength(2)
  })

  it('pairs a credit line with the caption above it', () => {
    const result = segment(`Leaders arrive for talks in Berlin.\nREUTERS/Kevin Lamarque\n\n${body}\n\n${more}`)
    expect(result.caption?.text).toBe('Leaders arrive for talks in Berlin.')
    expect(result.caption?.credit?.text).toBe('REUTERS/Kevin Lamarque')
  })

  it('pairs a credit line with the caption below it when the block above is a long paragraph', () => {
    const long = `${body} ${more} ${body}`
    const result = segment(`${long}\n\nJamal Saidi/Reuters\n\nSmoke rises over the border area after a strike\n\n${more}`)
    expect(result.caption).toMatchObject({text: 'Smoke rises over the border area after a strike', credit: {text: 'Jamal Saidi/Reuters'}})
    expect(result.body.map((paragraph) => paragraph.text)).toEqual([long, more])
  })

  it('keeps the dek under the headline when a credited caption stands between it and the byline', () => {
    const dek = 'Authorities say at least 37 people dead and hundreds missing after days of rain.'
    const caption = 'Rescue workers search for survivors in Porto Alegre [Diego Vara/Reuters]'
    const result = segment(`Floods kill dozens in southern Brazil\n\n${dek}\n\n${caption}\nBy Al Jazeera Staff\nPublished On 28 Nov 2026\n\n${body}\n\n${more}`)
    expect(result.headline).toMatchObject({text: 'Floods kill dozens in southern Brazil', dek: {text: dek}})
    expect(result.caption).toMatchObject({text: 'Rescue workers search for survivors in Porto Alegre', credit: {text: 'Diego Vara/Reuters'}})
    expect(result.body.map((paragraph) => paragraph.text)).toEqual([body, more])
  })

  it("reads a byline with the writer's e-mail address on the line under it", () => {
    const result = segment(`Council approves ferry contract\n\nBY LINDA CHO\nlcho@harborgazette.com\n\n${body}\n\n${more}`)
    expect(result.byline).toMatchObject({text: 'BY LINDA CHO\nlcho@harborgazette.com', authors: ['Linda Cho']})
    expect(result.body.map((paragraph) => paragraph.text)).toEqual([body, more])
  })

  it('reads the byline on the first line of a block with the date and share buttons under it', () => {
    const result = segment(`Floods force thousands from homes\n\nBy Giulia Ferraro in Milan\nSun 18 May 2025 09.12 BST\nShare on Facebook\n\n${body}\n\n${more}`)
    expect(result.byline).toMatchObject({text: 'By Giulia Ferraro in Milan', authors: ['Giulia Ferraro']})
    expect(result.body.map((paragraph) => paragraph.text)).toEqual([body, more])
  })

  it('reads a byline under the headline in one block, leaving the headline its line', () => {
    const result = segment(`Storm cleanup begins across Gulf Coast\nBy Marcus Webb | Associated Press\nOct. 10, 2024 Updated 6:05 p.m. CT\n\n${body}\n\n${more}`)
    expect(result.headline?.text).toBe('Storm cleanup begins across Gulf Coast')
    expect(result.byline).toMatchObject({text: 'By Marcus Webb | Associated Press', authors: ['Marcus Webb']})
    expect(result.captions).toEqual([])
  })

  it('finds no caption in a page footer after the article', () => {
    const result = segment(`${body}\n\n${more}\n\nExternal links are provided for reference. Privacy Policy/Your California Privacy Rights`)
    expect(result.caption).toBeUndefined()
  })

  it('finds a caption with a photo credit in brackets past the article and a related list', () => {
    const caption = 'Skaters circle the rink beside the lit tree on the square on Saturday. (UPI Photo/Dana Keller)'
    const result = segment(`${body}\n\n${more}\n\nPrint story\n\nEmail to a friend\n\nPost comment\n\nSee Also:\nRink opens for the season\nCity plans winter market\n\n${caption}\n\nLatest Headlines\nPort strike ends`)
    expect(result.captions.map((found) => [found.text, found.credit?.text])).toEqual([[caption.slice(0, -24), 'UPI Photo/Dana Keller']])
  })

  it('finds no caption without a credit or a caption label', () => {
    expect(segment(`Troops during drills.\n\n${body}\n\n${more}`).caption).toBeUndefined()
  })

  it('takes the byline before the article, not a "Posted by" line after it', () => {
    const result = segment(`By Jane Doe and John Roe\n\n${body}\n\n${more}\n\nPosted by: Sam Smith, London`)
    expect(result.byline).toEqual({text: 'By Jane Doe and John Roe', authors: ['Jane Doe', 'John Roe'], span: {start: 0, end: 24}})
  })

  it('does not fail on a credit line wrapped into the line below it', () => {
    expect(segment('Photo: X / Reuters\nMOSCOW (Reuters) - ').caption).toBeUndefined()
  })

  it('does not take a sentence starting with "By" for a byline', () => {
    expect(segment(`By the end of the day, it was over.\n\n${body}`).byline).toBeUndefined()
  })
})

describe('session 13: a live page\'s byline and its contributors line', () => {
  const text = [
    'Live updates: Storm Ciarán batters northern France and southern England',
    'Updated 11:42 GMT\nBy Helen Carver and Tomás Ruiz',
    'Rail operator SNCF has cancelled all regional trains in Brittany and Normandy until at least noon on Friday, a spokeswoman said.',
    'The Environment Agency has issued 14 flood warnings along the south coast of England, and schools will stay closed in Cornwall.',
    'Most read',
    '1. Man jailed for stealing rare whisky collection\n2. Five things to know before Black Friday\n3. Quiz of the week',
    'Reporting by Helen Carver in London and Tomás Ruiz in Paris. Editing by Mark Potter.',
  ].join('\n\n')
  const result = segment(text)

  it('finds the byline under an "Updated" stamp (no widget\'s title)', () => {
    expect(result.byline?.authors).toEqual(['Helen Carver', 'Tomás Ruiz'])
  })

  it('keeps the contributors line past the "Most read" list as a note', () => {
    expect(result.notes).toContainEqual(expect.objectContaining({kind: 'contributors', text: 'Reporting by Helen Carver in London and Tomás Ruiz in Paris. Editing by Mark Potter.'}))
    expect(result.references.filter((reference) => reference.kind === 'related')).toHaveLength(3)
  })
})

describe('session 13: a byline over its job line in hard-wrapped text', () => {
  it('takes "Staff Writer" on the next line into the byline, not a contributors note', () => {
    const text = [
      "Judge blocks county's plan to close rural",
      'polling places before primary',
      'By Aaron Whitfield',
      'Staff Writer',
      '',
      'A federal judge on Monday ordered Harlan County to keep 11 rural polling places open for the August primary, ruling',
      'that the county had failed to show the closures would not burden voters who live far from the remaining sites.',
      "The county's attorney, Glen Prewitt, said officials were reviewing the decision and had not decided whether to appeal.",
    ].join('\n')
    const result = segment(text)
    expect(result.byline?.text).toBe('By Aaron Whitfield\nStaff Writer')
    expect(result.byline?.authors).toEqual(['Aaron Whitfield'])
    expect(result.notes.map((note) => note.text)).not.toContain('Staff Writer')
  })
})

describe('session 13: a writer\'s name over their handle in one block', () => {
  it('is the byline, the handle with it', () => {
    const text = [
      'Nvidia shares slide after export curbs widen',
      'Kate Rooney\n@Kr00ney',
      'Nvidia shares fell 4% on Thursday after the Commerce Department widened restrictions on exports of advanced chips to China.',
      'The company said in a filing that it expects a charge of about $5.5 billion in its fiscal first quarter.',
    ].join('\n\n')
    const {byline, headline} = segment(text)
    expect(byline?.authors).toEqual(['Kate Rooney'])
    expect(byline?.text).toBe('Kate Rooney\n@Kr00ney')
    expect(headline?.text).toBe('Nvidia shares slide after export curbs widen')
  })
})
