/**
 * Rule: a "Related article: …", "Read more: …", "READ MORE: …", "See also: …" line is a
 * related-article reference, not body text. The title is what follows the label; a
 * URL on the same line is kept as the reference's URL.
 *
 * @internal
 */
import {countWords} from '../text-shape.js'
import {findUrls} from './url-line.js'
import {onFirstUse} from '../../internal/on-first-use.js'

const labelPattern =
  /^(?:related(?: articles?| stories| story| news| content| reading| coverage| posts?)?|read more|read (?:the )?(?:full )?(?:article|story)|read also|also read|more reading|see also|go deeper|more on this(?: story)?|recommended|further reading|watch|listen)\s{0,3}[:|\-–—»>]\s{0,3}/i

/**
 * A related line: the title after the label, and a URL when the line holds one.
 *
 * @example
 * ```ts
 * parseRelatedLine('See also: How it works https://x.org/how-it-works') // {title: 'How it works', url: 'https://x.org/how-it-works'}
 * ```
 */
export interface RelatedLine {
  title: string
  url?: string
}

/**
 * Parse a related-article line.
 *
 * @example
 * ```ts
 * parseRelatedLine('Related article: Russia Launches Drills') // {title: 'Russia Launches Drills'}
 * parseRelatedLine('READ MORE: Why it matters https://x.com/why') // {title: 'Why it matters', url: 'https://x.com/why'}
 * parseRelatedLine('Related to this, he said.') // undefined
 * ```
 */
export function parseRelatedLine(line: string): RelatedLine | undefined {
  const label = labelPattern.exec(line)
  if (!label) return undefined
  let rest = line.slice(label[0].length)
  const url = findUrls(rest)[0]
  if (url) rest = (rest.slice(0, url.index) + rest.slice(url.index + url.url.length)).trim()
  const title = rest.replace(/^["“']|["”']$/gu, '').trim()
  if (title.length === 0 && !url) return undefined
  return url ? {title, url: url.url} : {title}
}

const bareLabel =
  /^(?:related(?: articles?| stories| story| news| content| reading| coverage| posts?| links)?|read more|read (?:the )?(?:full )?(?:article|story)|read also|also read|see also|explore further|more on this(?: story)?)\s{0,3}[:»>]?$/i

/**
 * Whether `line` is a related-articles label standing alone ("Read more:", "Related
 * stories"): the short lines under it are the titles of related articles.
 *
 * @example
 * ```ts
 * isRelatedLabel('Read more:') // true
 * isRelatedLabel('Read more: Why rates fell') // false
 * ```
 */
export function isRelatedLabel(line: string): boolean {
  return bareLabel.test(line)
}

const LABEL_AND_COLON = onFirstUse(() => RegExp(String.raw`^[\p{L}-]{1,20}:`, 'u'))

/**
 * Whether `line` can be a related article's title under such a label: short, and not a
 * finished sentence.
 *
 * @example
 * ```ts
 * isRelatedTitle('UK mortgage approvals fall to lowest since 2023') // true
 * isRelatedTitle('The bank said on Tuesday that approvals fell for a third month.') // false
 * ```
 */
export function isRelatedTitle(line: string): boolean {
  // "E-mail: news@x.com", "Team: Egypt" are fields of a page, not titles; "Fergie: 'I'm The People's Choice'" is one.
  // (A field: a one-word label and a value of three words at most.)
  const label = LABEL_AND_COLON().exec(line)
  return countWords(line) <= 15 && !/[.;:]["'”’)]?$/u.test(line) && !line.includes('@') && !(label && countWords(line.slice(label[0].length)) <= 3)
}

/** A date or an age as a related list shows it beside a title: "01/14/2008", "22 Dec 2007", "19 December 2007", "Dec 22, 2007", "1 hour and 7 minutes ago". */
const listDate = String.raw`(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?: [\d:]{4,8})?|\d{1,2} \p{L}{3,9}\.? \d{4}|\p{L}{3,9}\.? \d{1,2},? \d{4}|[\w ]{1,30} ago)`
/** Bullet, leading date, title, trailing date. */
const DATED_TITLE = onFirstUse(() => RegExp(String.raw`^([-–•*?»]\s{1,3})?(${listDate}:\s{1,3})?(.{0,200}?)(?:\s{0,3}\|(?:\s{0,3}${listDate})?)?$`, 'iu'))

/**
 * Whether `line`, under a related-articles heading, is no title but goes with one: the
 * date or age printed under a title (`afterTitle`: "01/14/2008", "| 05 Jan 2008", "2 hours
 * ago", with or without a "Published" label line above it), or a "more »" link.
 *
 * @example
 * ```ts
 * isRelatedAside('3 hours and 26 minutes ago', true) // true
 * isRelatedAside('More related articles »', false) // true
 * isRelatedAside('Published', true) // true
 * isRelatedAside('Rates fall again', true) // false
 * ```
 */
export function isRelatedAside(line: string, afterTitle: boolean): boolean {
  if (afterTitle && /^(?:published|updated|posted)\s?:?$/iu.test(line)) return true
  return line.length <= 40 && ((afterTitle && DATED_TITLE().exec(`| ${line.replace(/^\|/u, '')}`)?.[3] === '') || line.endsWith('»'))
}

/**
 * A related list's line without its bullet ("- ", "• ", a "?" for a lost bullet glyph),
 * a leading date ("19 December 2007: ") or a trailing one ("| 22 Dec 2007"); the line
 * itself when it has none of them.
 *
 * @example
 * ```ts
 * relatedEntryTitle('? More heartbreak for Cowboys | 01/14/2008') // 'More heartbreak for Cowboys'
 * relatedEntryTitle('19 December 2007: Pop star is pregnant') // 'Pop star is pregnant'
 * ```
 */
export function relatedEntryTitle(line: string): string {
  return DATED_TITLE().exec(line)?.[3] || line
}

/**
 * The title of a "<date>: <title>" line of a related list ("19 December 2007: Pop star
 * gets puppy back"), or undefined for any other line.
 *
 * @example
 * ```ts
 * datedTitle('12 December 2007: Singer named as judge') // 'Singer named as judge'
 * datedTitle('12 December 2007: The singer was named as a judge.') // undefined
 * ```
 */
export function datedTitle(line: string): string | undefined {
  const parts = DATED_TITLE().exec(line)
  return parts?.[2] && !parts[1] && isRelatedTitle(line) ? parts[3] : undefined
}
