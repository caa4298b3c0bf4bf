import {describe, expect, it} from 'vitest'
import {isCommentHeader, isCommentStamp} from '../../src/segment/rules/comment-thread.js'

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
})
