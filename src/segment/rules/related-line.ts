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
  /^(?:related(?: articles?| stories| story| news| content| reading| coverage| posts?)?|read more|read also|also read|more reading|see also|more on this(?: story)?|recommended|further reading|watch|listen)\s{0,3}[:|\-–—»>]\s{0,3}/i

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
  /^(?:related(?: articles?| stories| story| news| content| reading| coverage| posts?| links)?|read more|read also|also read|see also|more on this(?: story)?)\s{0,3}[:»>]?$/i

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
  // "E-mail: news@x.com", "Team: Egypt" are fields of a page, not titles.
  return countWords(line) <= 15 && !/[.;:]["'”’)]?$/u.test(line) && !line.includes('@') && !LABEL_AND_COLON().test(line)
}
