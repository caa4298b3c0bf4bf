import {describe, expect, it} from 'vitest'
import {segment} from '../../src/index.js'

const texts = (source: string): string[] => segment(source).body.map((paragraph) => paragraph.text)
const prose = (n: number): string => `Paragraph ${n} of the story says that the talks went on late into the night and ended without a deal.`
const offer = 'As a Premium subscriber, you will get live streaming headlines and price alerts around the clock, with analysis from our team.'

describe('a copyright notice closes the article', () => {
  it('leaves the prose after it out of the body (a subscription offer)', () => {
    expect(texts([prose(1), prose(2), 'Copyright 2008 Associated Press. All rights reserved.', offer].join('\n\n'))).toEqual([prose(1), prose(2)])
  })

  it('keeps the prose after it when as much follows as came before (a notice inside a longer page)', () => {
    expect(texts([prose(1), 'Copyright 2008 Associated Press. All rights reserved.', prose(2), prose(3)].join('\n\n'))).toEqual([prose(1), prose(2), prose(3)])
  })

  it('reads a long rights notice after it as a copyright note, not body', () => {
    const notice =
      'The copying, republication or redistribution of AP content on this site, including by framing or similar means, is expressly prohibited without the prior written consent of the publisher. MarketLine and its logo are registered trademarks of MarketLine Media Ltd.'
    const result = segment([prose(1), prose(2), prose(3), 'Copyright 2008 Associated Press. All rights reserved.', notice].join('\n\n'))
    expect(result.body.map((paragraph) => paragraph.text)).toEqual([prose(1), prose(2), prose(3)])
    expect(result.notes.map((note) => note.kind)).toEqual(['copyright', 'copyright'])
  })
})

describe('a horizontal rule closes the article when a house ad follows it', () => {
  const ad = 'Mark your calendars! The Telephony Expo is just days away, and it is not too late to register. Sign up now!'
  it('leaves the ad under the rule out of the body', () => {
    expect(texts([prose(1), prose(2), '--------------', ad].join('\n\n'))).toEqual([prose(1), prose(2)])
  })
  it('keeps the story under a rule that parts its sections', () => {
    expect(texts([prose(1), prose(2), '-----', prose(3)].join('\n\n'))).toEqual([prose(1), prose(2), prose(3)])
  })
})
