import {describe, expect, it} from 'vitest'
import {segment} from '../../src/index.js'
import {isCommentCount, isCommentHeader, isCommentStamp} from '../../src/segment/rules/comment-thread.js'

describe('comment threads', () => {
  it.each(['14 thoughts on "Library opening hours cut to save £80,000"', '3 Responses to “Budget vote”', '12 comments on this story', 'Margaret T says:', 'dave_s1 wrote:'])(
    '%j opens or heads a comment',
    (line) => expect(isCommentHeader(line)).toBe(true),
  )
  it.each(['The minister says: "We will act."', 'He says:', 'Three thoughts came to mind.', 'Comments are welcome.'])('%j does not', (line) => {
    expect(isCommentHeader(line)).toBe(false)
  })
  it('reads comment time stamps', () => {
    expect(isCommentStamp('March 12, 2024 at 9:14 am')).toBe(true)
    expect(isCommentStamp('12/03/2024 @ 10:02')).toBe(true)
    expect(isCommentStamp('March 12, 2024 was a Tuesday.')).toBe(false)
  })
  it.each(['7 Comments »', '1 comment', 'Comments (12)', 'Comment(s)'])('%j is a comment count', (line) => expect(isCommentCount(line)).toBe(true))
  it.each(['7 comments were made.', 'Comments are welcome.', '7 Comments » More'])('%j is not', (line) => expect(isCommentCount(line)).toBe(false))
})

describe('a comment count over the first comment (PDF text, no blank line between)', () => {
  it('ends the article there', () => {
    const story = [
      'Westbury planners have turned down a bid to build 40 homes on Hollins Farm, the last open field between the town and Kelby.',
      'The planning committee voted six to two against the scheme on Wednesday night after hearing from a dozen residents.',
      'Northgate Homes said it would study the decision before deciding whether to appeal against it.',
    ]
    const source = [...story, '3 Comments »', '1. Good decision. That lane is a death trap already and the bus uses it.', 'Comment by Karen W ? February 14, 2008 @ 8:15 am'].join('\n')
    const body = segment(source).body.map((paragraph) => paragraph.text).join(' ')
    expect(body).toContain('Northgate Homes')
    expect(body).not.toContain('death trap')
  })
})
