/** Date and time stamp lines (src/segment/rules/stamp.ts) and what segmentation does with them. */
import {describe, expect, it} from 'vitest'
import {segment} from '../../src/index.js'
import {isStampLine} from '../../src/segment/rules/stamp.js'

describe('date and time stamps (session 8)', () => {
  it.each(['Published: 16 December 2007', 'Last Updated: 11 January 2008 12:53 PM', 'Sun, 13 Jan 2008 10:15a.m.', '30 December 2007, 12:38', 'Saturday 12-Jan-2008 11:48 AM', '1/10/2008, 3:50 a.m. EST', 'Updated Fri. Jan. 11 2008 10:56 PM ET', 'Associated Press - December 29, 2007 4:44 AM ET', 'Tuesday January 8, 2008 | comments (22)', 'Updated at 3:45 p.m.'])(
    '%j is a stamp',
    (line) => expect(isStampLine(line)).toBe(true),
  )
  it.each(['10:42 a.m.', 'January 2008 was the wettest month.', 'By Jo Kerr, January 5, 2008', 'Posted by Ann Lee', 'Harbour Gazette - the news of the day', 'Tuesday January 8, 2008 | reader letters'])('%j is not', (line) => expect(isStampLine(line)).toBe(false))
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

describe('a stamp is no headline', () => {
  it('turns a day-and-month line away', () => {
    expect(segment('Friday, January 11\n\nThe harbour board put off its vote on the cruise berth until March, after four members asked for a traffic study.').headline).toBeUndefined()
  })
})
