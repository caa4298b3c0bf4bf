/**
 * Rule: a related-story teaser card copied as one line — the title glued to its summary,
 * perhaps a time after it ("Floods kill dozens in southern Brazil Rescuers are searching
 * for people missing after days of rain. 2 hours ago") — is split where the summary
 * starts: at a capitalized word after the title's third word that follows another
 * capitalized word ("Brazil Rescuers") or is a word that opens sentences ("The", "A"),
 * when the rest reads as a sentence. A rank number before the title ("1 Lottery winner
 * …") is not part of it.
 *
 * @internal
 */

import {STARTS_CAPITALIZED, STARTS_LOWER, STARTS_UPPER} from '../../internal/letter-patterns.js'
import {onFirstUse} from '../../internal/on-first-use.js'

const age = /\s(?:\d{1,2}\s(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\sago|yesterday|just now|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s\d{1,2}(?:,\s\d{4})?)$/iu
const starters = new Set(['The', 'A', 'An', 'It', 'He', 'She', 'They', 'We', 'This', 'These', 'Those', 'Its', 'His', 'Her', 'Their', 'In', 'On', 'At', 'After', 'As', 'For', 'When', 'While', 'With', 'Some', 'Many', 'More', 'Officials', 'Police', 'Authorities'])
const rank = onFirstUse(() => RegExp(String.raw`^\d{1,2}[.)]?\s(?=\p{Lu})`, 'u'))

/**
 * Where the title of a teaser line ends and its summary starts.
 *
 * @example
 * ```ts
 * const parts: TeaserParts = {titleStart: 0, titleEnd: 37}
 * ```
 */
export interface TeaserParts {
  titleStart: number
  titleEnd: number
}

/**
 * Split a teaser line into title and summary, or undefined when it is not one.
 *
 * @example
 * ```ts
 * const line = 'Floods kill dozens in southern Brazil Rescuers are searching for people missing after days of rain. 2 hours ago'
 * const parts = splitTeaser(line)
 * line.slice(parts?.titleStart, parts?.titleEnd) // 'Floods kill dozens in southern Brazil'
 * splitTeaser('The council met on Tuesday to discuss the budget for next year.') // undefined
 * ```
 */
export function splitTeaser(line: string): TeaserParts | undefined {
  if (line.length > 400) return undefined
  const ranked = rank().exec(line)
  const titleStart = ranked ? ranked[0].length : 0
  const body = line.replace(age, '')
  if (!/[.!?]["'”’)]?$/u.test(body)) return undefined
  const words = [...body.slice(titleStart).matchAll(/\S+/gu)]
  for (let index = 3; index < words.length - 4; index++) {
    const word = words[index]?.[0] ?? ''
    const previous = words[index - 1]?.[0] ?? ''
    const next = words[index + 1]?.[0] ?? ''
    if (!STARTS_CAPITALIZED.test(word) || /[.!?:;,]$/u.test(previous)) continue
    const opensSentence = starters.has(word) || (STARTS_UPPER.test(previous) && STARTS_LOWER.test(next))
    if (!opensSentence) continue
    const title = words.slice(0, index)
    // A title is mostly lower-case words in sentence case; a run of capitals is a name, not a title.
    if (title.filter((item) => STARTS_LOWER.test(item[0])).length < 2) continue
    return {titleStart, titleEnd: titleStart + (words[index - 1]?.index ?? 0) + previous.length}
  }
  return undefined
}

/**
 * Whether a line ends with a time stamp of its age ("2 hours ago", "Jan 5"), as teaser
 * cards do.
 *
 * @example
 * ```ts
 * hasAge('Floods kill dozens. 2 hours ago') // true
 * hasAge('Floods kill dozens.') // false
 * ```
 */
export function hasAge(line: string): boolean {
  return line.length <= 400 && age.test(line)
}

/**
 * The title of a ranked list entry ("1 Lottery winner claims prize" → its title's start).
 *
 * @example
 * ```ts
 * rankedTitleStart('2 Supermarket recalls bagged salad over listeria fears') // 2
 * rankedTitleStart('2024 was a hard year') // 0
 * ```
 */
export function rankedTitleStart(line: string): number {
  const ranked = rank().exec(line)
  return ranked ? ranked[0].length : 0
}
