/**
 * Rule: a paragraph that ends without closing punctuation and a later block that
 * starts in lower case (or follows a word that cannot end a sentence: "of", "the",
 * "and" …) are one paragraph that a page break, a link block or a blank line cut in two.
 * A block after a finished sentence is never joined, whatever its case.
 *
 * @internal
 */
import {endsSentence, startsLower} from '../text-shape.js'
import {isSiteName} from './note-kind.js'

const cannotEnd = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'and', 'or', 'but', 'nor', 'that',
  'which', 'who', 'whose', 'as', 'than', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'into', 'onto', 'over',
  'under', 'about', 'between', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would',
])

/**
 * Whether the text `after` continues the unfinished paragraph `before`.
 *
 * @example
 * ```ts
 * continues('to reduce chances of', 'miscalculation and gain perspectives.') // true
 * continues('The talks ended.', 'iPhone sales rose.') // false
 * continues('Read this', 'New paragraph.') // false
 * ```
 */
export function continues(before: string, after: string): boolean {
  const end = before.trimEnd()
  // A site's name under the story ("tech.co.uk") goes on with nothing.
  if (end.length === 0 || endsSentence(end, true) || isSiteName(after.trim())) return false
  if (/[—–-]$/u.test(end) && !/\s[—–-]$/u.test(end)) return startsLower(after)
  if (startsLower(after)) return true
  if (end.endsWith(',')) return true
  const last = end.slice(end.lastIndexOf(' ') + 1)
  return cannotEnd.has(last.toLowerCase())
}
