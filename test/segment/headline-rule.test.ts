import {describe, expect, it} from 'vitest'
import {segment} from '../../src/index.js'
import {isDekText, isHeadlineText, isMetaLine, isStampLine} from '../../src/segment/rules/headline.js'

describe('headline text', () => {
  it.each([
    'Bridge to close for four weeks of repairs',
    "Dad: Child's MP3 player came with porn",
    'India in control',
    'Is this the end of the high street?',
    'Harbor Foods agrees $2.1 billion takeover of snack maker Crisp & Co',
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
  ])('%j cannot', (text) => expect(isHeadlineText(text)).toBe(false))

  it('reads deks', () => {
    expect(isDekText("The deal is the packaged-food group's largest in a decade")).toBe(true)
    expect(isDekText('Prices checked on Monday morning; they can change at any time.')).toBe(true)
    expect(isDekText('By Daniel Okafor')).toBe(false)
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

describe('date and time stamps (session 8)', () => {
  it.each(['Published: 16 December 2007', 'Last Updated: 11 January 2008 12:53 PM', 'Sun, 13 Jan 2008 10:15a.m.', '30 December 2007, 12:38', 'Saturday 12-Jan-2008 11:48 AM', '1/10/2008, 3:50 a.m. EST', 'Updated Fri. Jan. 11 2008 10:56 PM ET'])(
    '%j is a stamp',
    (line) => expect(isStampLine(line)).toBe(true),
  )
  it.each(['10:42 a.m.', 'January 2008 was the wettest month.', 'By Jo Kerr, January 5, 2008', 'Posted by Ann Lee'])('%j is not', (line) => expect(isStampLine(line)).toBe(false))
  it('tells a labelled stamp', () => {
    expect(isStampLine('Published: 16 December 2007', true)).toBe(true)
    expect(isStampLine('16 December 2007', true)).toBe(false)
  })

  const body = 'The harbour board put off its vote on the cruise berth until March, after four members asked for a traffic study.\n\nStaff had recommended the plan.\n'
  it('cuts a stamp line out of the paragraph it is glued to (hard-wrapped text)', () => {
    const result = segment(`Harbour board delays berth vote\n\nMembers want a second traffic study first\nPublished: 14 January 2008\n\n${body}`)
    expect(result.body.map((paragraph) => paragraph.text).join('\n')).not.toContain('Published')
  })
  it('takes the headline line alone, past a breadcrumb glued above it', () => {
    const text = `You are here: Home > News > Harbour\nHarbour board delays vote on cruise berth\nTue 8 Jan 2008, 13:59 GMT\n\n${body}`
    expect(segment(text).headline?.text).toBe('Harbour board delays vote on cruise berth')
  })
})
