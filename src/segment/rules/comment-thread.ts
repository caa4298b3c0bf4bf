/**
 * Rule: the start of a reader-comment thread — a count heading ("14 thoughts on “…”",
 * "3 Responses to …", "12 comments on …") or a comment's header in the WordPress form
 * ("Margaret T says:", "Dave Simmons wrote:", "Reply") — ends the article; what follows
 * is comments, not body.
 *
 * @internal
 */

import {onFirstUse} from '../../internal/on-first-use.js'

const countHeading = /^(?:\d{1,5}|one|two|three|four|five|six|seven|eight|nine|ten) (?:thoughts?|responses?|comments?|replies|reactions?) (?:on|to)\b/iu
const commenter = onFirstUse(() => RegExp(String.raw`^\p{L}[\p{L}\p{N}.'’_ -]{0,40}\s(?:says|said|wrote|writes|replied|commented)\s?:$`, 'u'))
/** "He says:" introduces a quote, not a comment. */
const pronoun = onFirstUse(() => RegExp(String.raw`^(?:he|she|they|it|we|i|you|who|one|this|that|the \p{Ll}+)\s`, 'iu'))
const timestamp = onFirstUse(() => RegExp(String.raw`^(?:on\s)?(?:\p{L}{3,9}\.? \d{1,2},? \d{4}|\d{1,2} \p{L}{3,9} \d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})(?:,? (?:at|@) \d{1,2}:\d{2}\s?(?:[ap]\.?m\.?)?)?$`, 'iu'))

/**
 * Whether `line` opens a reader-comment thread or is a comment's header.
 *
 * @example
 * ```ts
 * isCommentHeader('14 thoughts on "Library opening hours cut to save £80,000"') // true
 * isCommentHeader('Margaret T says:') // true
 * isCommentHeader('The minister says: "We will act."') // false
 * ```
 */
export function isCommentHeader(line: string): boolean {
  if (line.length > 200) return false
  return countHeading.test(line) || (line.endsWith(':') && commenter().test(line) && !pronoun().test(line))
}

/** A comment count over a thread: "7 Comments »", "Comments (12)", "Comment(s)". */
const count = /^(?:\d{1,5} comments?(?: ?[»›])?|comments? ?\(\d{1,5}\)|comment\(s\))$/iu

/**
 * Whether `line` is a comment count over a thread: "7 Comments »", "Comments (12)", "Comment(s)".
 *
 * @example
 * ```ts
 * isCommentCount('7 Comments »') // true
 * isCommentCount('7 comments were made.') // false
 * ```
 */
export function isCommentCount(line: string): boolean {
  return line.length <= 20 && count.test(line)
}

/**
 * Whether `line` is a comment's time stamp ("March 12, 2024 at 9:14 am").
 *
 * @example
 * ```ts
 * isCommentStamp('March 12, 2024 at 9:14 am') // true
 * isCommentStamp('March 12, 2024 was a Tuesday.') // false
 * ```
 */
export function isCommentStamp(line: string): boolean {
  return line.length <= 60 && timestamp().test(line)
}
