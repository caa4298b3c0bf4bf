import {describe, expect, it} from 'vitest'
import {segment} from '../../src/index.js'
import {isDekText, isHeadlineText, isMetaLine} from '../../src/segment/rules/headline.js'

describe('headline text', () => {
  it.each([
    'Bridge to close for four weeks of repairs',
    "Dad: Child's MP3 player came with porn",
    'India in control',
    'Is this the end of the high street?',
    'Harbor Foods agrees $2.1 billion takeover of snack maker Crisp & Co',
    // session 12: a title of sentences in title case
    "I Replaced Our Kafka Cluster With Postgres. Here's What Happened.",
  ])('%j can be a headline', (text) => expect(isHeadlineText(text)).toBe(true))

  it.each([
    'Thursday, December 27, 2007',
    '2008-01-14',
    'The Associated Press',
    'McClatchy Newspapers',
    'Posted on: December 28, 2007 10:57 PST',
    'Filed under: Pop',
    'Home | News | Sport',
    'The council met on Tuesday to discuss the budget.',
    'News',
    // session 12: menus in title case with an ellipsis or a lone full stop; a writer's job and university
    'Events Community of Bel...',
    'Your Guide to Cars .',
    'PhD Candidate in Geography, University of Toronto',
  ])('%j cannot', (text) => expect(isHeadlineText(text)).toBe(false))

  it('reads deks', () => {
    expect(isDekText("The deal is the packaged-food group's largest in a decade")).toBe(true)
    expect(isDekText('Prices checked on Monday morning; they can change at any time.')).toBe(true)
    expect(isDekText('By Daniel Okafor')).toBe(false)
    expect(isDekText('Wed Feb 6, 4:12 PM ET')).toBe(false)
    expect(isDekText('From the cliffs of the Algarve to the wild Atlantic coast, these are the beaches we return to.')).toBe(true)
    expect(isDekText('from The Independent & The Independent on Sunday')).toBe(false)
    expect(isDekText('Source: Environment Canada figures for the year.')).toBe(false)
    expect(isDekText('January 8, 2008 10:00 AM EST and more')).toBe(false)
    // a note under the headline is a note (session 7: it came back as the dek)
    expect(isDekText("Editor's note: This story has been updated to include comment from the company.")).toBe(false)
    expect(isDekText('Correction: An earlier version of this story gave the wrong date for the vote.')).toBe(false)
  })
})

describe('lines around a headline that are not one', () => {
  it.each([
    ['a date and time line', 'Tue Mar 4, 9:15 AM ET'],
    ['an agency and timestamp line', 'Wire Service - March 4, 2009 6:02 PM ET'],
    ['a stamped label', 'Story posted: 03/04/2009 08:40:12 AM PST'],
    ['an age', '2 hours ago'],
    ['a clock and short date', '09:30, Mar 4 2009'],
    ['a staff role', 'Harbour Gazette Staff Reporter'],
    ['a beat role', 'Wire Tennis Writer'],
    ['a desk role', 'Jane Roe, Metro Bureau Chief'],
    ['a navigation verb', 'Search all listings'],
    ['a feed link', 'Get the latest sport feeds'],
    ['a widget with symbols', '[ + ] Text size [ - ]'],
    ['a back link', '<< Back to the index'],
    ['a click-through line of any length', 'Click here for more great deals on used cars today'],
    ['a labelled count', 'Word count: 512'],
    ['a heading ending with a colon', 'More from our writers:'],
  ])('%s (%j) cannot be a headline', (_, text) => expect(isHeadlineText(text)).toBe(false))

  it.each([
    'Council votes to close the 9th Street bridge',
    'Search for missing hikers widens to the coast',
    'Writers strike ends after 100 days',
    'Two killed as storm hits coast',
    'Gazette wins press award',
    "'It was a miracle,' says rescued diver",
  ])('%j still can', (text) => expect(isHeadlineText(text)).toBe(true))

  it('tells date and role lines (isMetaLine) from headlines', () => {
    expect(isMetaLine('Fri Mar 7, 6:40 AM ET')).toBe(true)
    expect(isMetaLine('County Courts Reporter')).toBe(true)
    expect(isMetaLine('Ferry operator fined over harbour fuel spill')).toBe(false)
  })
})

describe('a headline glued to the next line in hard-wrapped text', () => {
  const body = 'The harbour ferry will stop for four weeks from Monday while its ramps are rebuilt, the operator said.\n\nA bus will run every half hour instead.\n'
  it('takes the headline line alone when a date line is glued under it', () => {
    const text = `Ferry to stop for ramp repairs\nMon, 2009-03-02 10:05\n\n${body}`
    expect(segment(text).headline?.text).toBe('Ferry to stop for ramp repairs')
  })
  it('takes it from the first paragraph when the date line ends with a full stop', () => {
    const text = `Ferry to stop for ramp repairs\nMon, 2009-03-02 10:05.\n\nBy Jo Kerr\n\n${body}`
    const result = segment(text)
    expect(result.headline?.text).toBe('Ferry to stop for ramp repairs')
    expect(result.body[0]?.text).toMatch(/^The harbour ferry/u)
  })
  it('keeps a headline wrapped over two lines whole', () => {
    const text = `Ferry to stop for four weeks\nof ramp repairs\n\n${body}`
    expect(segment(text).headline?.text).toBe('Ferry to stop for four weeks\nof ramp repairs')
  })
})
