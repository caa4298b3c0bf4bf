/**
 * Rule: a line that is only a date or time stamp of the page ("Published: 16 December 2007",
 * "Sun, 13 Jan 2008 10:15a.m.") is no part of a paragraph; with its label it is page metadata.
 *
 * @internal
 */
import {onFirstUse} from '../../internal/on-first-use.js'

/** A page's own date label ("Published:", "Last updated on"), left out before a stamp's tokens are read. */
const stampLabel = /^(?:(?:last |first )?(?:published|updated|modified|posted|created)(?: on| at)?\s?:?\s?)/iu
/** One token of a date or time stamp: a day or month name, a number, a date, a clock time, am/pm, a zone, a separator. */
const stampToken =
  /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?|\d{1,4}(?:st|nd|rd|th)?|\d{1,4}[/.-](?:\d\d?|[a-z]{3})[/.-]\d{1,4}|\d\d?[:.]\d\d(?::\d\d)?(?:[ap]\.?m)?\.?|[ap]\.?m\.?|[a-z]{1,3}t|utc|on|[-–—|])?,?$/iu
/** A wire story's source before its stamp: "Associated Press - December 29, 2007 4:44 AM ET". */
const SOURCE_BEFORE = onFirstUse(() => RegExp(String.raw`^(?:\p{Lu}[\p{L}.&'’]*\s){0,3}\p{Lu}[\p{L}.&'’]* [-–—] `, 'u'))
/** A blog post's comment count after its stamp: "Tuesday January 8, 2008 | comments (22)". */
const COMMENTS_AFTER = /\s\|\s(?:comments?\s?\(\d{1,5}\)|\d{1,5} comments?)$/iu
/** A month, or a numeric date. */
const stampDay = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d[/.-]\d/iu

/**
 * Whether `line` is only a date or time stamp of the page, maybe after a "Published:" label
 * ("Sun, 13 Jan 2008 10:15a.m.", "Last Updated: 11 January 2008 12:53 PM", "30 December 2007,
 * 12:38"): it names a day (a month or a numeric date), and every word is part of the stamp. On
 * train pages such lines are page furniture, bylines or comment heads, almost never body text.
 *
 * @example
 * ```ts
 * isStampLine('Published: 16 December 2007') // true
 * isStampLine('Tue 8 Jan 2008, 13:59 GMT') // true
 * isStampLine('Associated Press - December 29, 2007 4:44 AM ET') // true
 * isStampLine('Tuesday January 8, 2008 | comments (22)') // true
 * isStampLine('10:42 a.m.') // false (no day: a live blog's post time)
 * isStampLine('January 2008 was the wettest month.') // false
 * ```
 */
export function isStampLine(line: string, labelled = false): boolean {
  if (line.length > 60) return false
  const trimmed = line.trim()
  const bare = trimmed.replace(stampLabel, '')
  const text = bare.replace(SOURCE_BEFORE(), '').replace(COMMENTS_AFTER, '')
  if (labelled && text.length === trimmed.length) return false
  // (With its label, a time alone is a stamp: "Updated at 3:45 p.m.")
  if (!/\d/u.test(text) || !(stampDay.test(text) || bare.length < trimmed.length)) return false
  const tokens = text.split(/\s+/u)
  return tokens.length >= 2 && tokens.every((token) => stampToken.test(token))
}
