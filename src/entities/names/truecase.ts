/**
 * Truecasing of ALL-CAPS sentences before tagging: a headline, dateline or table row in
 * capitals ("SOCCER - JAPAN GET LUCKY WIN") is shown to the tagger as it would be written
 * in running text ("Soccer - Japan get lucky win"). Spans do not
 * change (only each word's text does), so mentions still point into the original input.
 *
 * Each word's case comes, in this order, from the document itself (written in lower case
 * elsewhere, or capitalized in mid-sentence), from the place and given-name lists
 * (capitalized), from the table of frequent words (lower case), and otherwise it is
 * capitalized (rare words in capitals are mostly names); short rare words stay in
 * capitals (acronyms: "NHL", "UEFA").
 *
 * @internal
 */
import {HAS_LETTER, HAS_LOWER} from '../../internal/letter-patterns.js'
import {isAllCaps} from './features.js'
import {gazetteerLabels} from './gazetteer.js'
import type {TaggerWord} from './tagger-words.js'
import {wordClass} from './word-classes.js'

/** How the rest of a document writes its words: lower-cased word → uses in lower case minus capitalized uses after a sentence's first word. */
type DocumentCase = Map<string, number>

const vowel = /[aeiouyà-ÿ]/

/**
 * The sentences with the words of each ALL-CAPS sentence truecased; other sentences (and
 * the whole list when none is in capitals) are returned as they are.
 *
 * @example
 * ```ts
 * truecase([[{text: 'JAPAN', start: 0, end: 5, blocked: false, spaceBefore: false}]])[0]?.[0]?.text // 'JAPAN' (one short word: no headline)
 * ```
 */
export function truecase(sentences: ReadonlyArray<readonly TaggerWord[]>): TaggerWord[][] {
  const capitals = sentences.map((words) => isAllCaps(words.map((word) => word.text)))
  if (!capitals.includes(true)) return sentences as TaggerWord[][]
  const seen = documentCase(sentences, capitals)
  return sentences.map((words, index) => {
    if (!capitals[index]) return words as TaggerWord[]
    const lower = words.map((word) => word.text.toLowerCase())
    const labels = gazetteerLabels(lower)
    // 'place-B+': the first word of a place of several words.
    labels.forEach((own, at) => {
      if (own.includes('place-B') && labels[at + 1]?.includes('place-I')) own.push('place-B+')
    })
    let first = true
    return words.map((word, at) => {
      const next = lower[at + 1]
      const beforeName = next !== undefined && HAS_LETTER.test(next) && ((labels[at + 1] as string[]).includes('last') || !isFrequent(next))
      let text = caseOf(word.text, lower[at] as string, labels[at] as string[], seen, beforeName)
      // The sentence's first word is capitalized, as in running text.
      if (first && HAS_LETTER.test(text)) {
        first = false
        if (text === lower[at]) text = capitalize(text)
      }
      // (Built field by field: a token's facts are getters, which a spread would not copy.)
      return text === word.text ? word : {text, start: word.start, end: word.end, blocked: word.blocked === true, spaceBefore: word.spaceBefore}
    })
  })
}

/** The lower-case and mid-sentence capitalized words of the sentences not in capitals. */
function documentCase(sentences: ReadonlyArray<readonly TaggerWord[]>, capitals: readonly boolean[]): DocumentCase {
  const seen: DocumentCase = new Map()
  sentences.forEach((words, index) => {
    if (capitals[index]) return
    words.forEach((word, at) => {
      const text = word.text
      const first = text.charAt(0)
      if (!HAS_LETTER.test(first)) return
      const lower = text.toLowerCase()
      if (text === lower) seen.set(lower, (seen.get(lower) ?? 0) + 1)
      else if (at > 0 && first !== first.toLowerCase() && HAS_LOWER.test(text)) seen.set(lower, (seen.get(lower) ?? 0) - 1)
    })
  })
  return seen
}

/** Endings of common words rather than names: "-ing", "-ed", "-tion", "-ment", … */
const commonEnding = /(?:ing|ings|ed|ly|tions?|sions?|ments?|ness|ities|ity|ous|ives?|ables?|ful|ers)$/

/** Among the frequent words of the word-class table (or the plural of one). */
function isFrequent(lower: string): boolean {
  return wordClass(lower) >= 0 || (lower.endsWith('s') && wordClass(lower.slice(0, -1)) >= 0)
}

/**
 * One word of an ALL-CAPS sentence as running text would write it; `beforeName`: the next
 * word may be a family name (a given name that is also a common word, "WILL", is one then).
 */
function caseOf(text: string, lower: string, labels: readonly string[], seen: DocumentCase, beforeName: boolean): string {
  if (HAS_LOWER.test(text) || !HAS_LETTER.test(text)) return text
  const capitalized = capitalize(lower)
  // A word of a place of several words ("NEW YORK") whatever the document says of it alone.
  if (labels.includes('place-I') || labels.includes('place-B+')) return capitalized
  // No vowel: an acronym ("NHL", "BBC", "FBI"), however frequent.
  if (!vowel.test(lower)) return text
  const uses = seen.get(lower) ?? 0
  if (uses !== 0) return uses > 0 ? lower : capitalized
  const frequent = isFrequent(lower)
  // The lists hold short words too ("in", "me"): a word of two letters is not taken from them.
  const listed = lower.length > 2 && (labels.includes('place-B') || (labels.includes('first') && (!frequent || beforeName)))
  if (listed) return capitalized
  if (frequent) return lower
  if (lower.length <= 4) return text
  return commonEnding.test(lower) ? lower : capitalized
}

/** "o'neill" → "O'neill", "saint-etienne" → "Saint-Etienne": a capital after each start, hyphen or slash. */
function capitalize(lower: string): string {
  let out = ''
  let start = true
  for (const char of lower) {
    out += start ? char.toUpperCase() : char
    start = char === '-' || char === '/'
  }
  return out
}
