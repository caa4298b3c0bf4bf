/**
 * Document-level consistency: a name tagged once is the same entity when it comes
 * back. Untagged repeats of a tagged name (and of a person's family name) are tagged;
 * a name tagged with different types takes its majority type.
 *
 * @internal
 */
import {rangeText, rangesBySentence, type WordRange} from './word-ranges.js'
import type {TaggerWord} from './tagger-words.js'
import {STARTS_CAPITALIZED, STARTS_UPPER} from '../../internal/letter-patterns.js'
import {shortFormLength} from './patterns.js'
import {nationalities} from '../../data/nationalities.js'
import {isTitleWord} from './titles.js'

/**
 * The first word or two of a company's name when the words after them only say what it is
 * ("Albemarle" of "Albemarle Corp", "Harbor Lane" of "Harbor Lane Therapeutics, Inc."); no
 * title word or nationality first ("General Electric Co", "American Airlines").
 */
function companyShortForm(words: readonly TaggerWord[], range: WordRange): string | undefined {
  const first = words[range.first] as TaggerWord
  const length = shortFormLength(words.slice(range.first, range.last).map((word) => word.text))
  if (length === 0 || !STARTS_CAPITALIZED.test(first.text) || first.text === 'The' || isTitleWord(first) || nationalities.has(first.text)) return undefined
  return rangeText(words, {first: range.first, last: range.first + length})
}

/** Longest name, in words, that is looked for again. */
const maxWords = 6

/**
 * Make the ranges of one document consistent. Returns new ranges, ordered.
 *
 * @example
 * ```ts
 * // "Mark Milley spoke. Milley left." with only "Mark Milley" tagged → "Milley" tagged PER too
 * ```
 */
export function makeConsistent(sentences: ReadonlyArray<readonly TaggerWord[]>, ranges: readonly WordRange[]): WordRange[] {
  // A key's votes: type, weight, type, weight… in the order its types were first seen.
  const votes = new Map<string, Array<string | number>>()
  const vote = (key: string, type: string, weight: number): void => {
    const counts = votes.get(key)
    if (!counts) return void votes.set(key, [type, weight])
    const at = counts.indexOf(type)
    if (at === -1) counts.push(type, weight)
    else counts[at + 1] = (counts[at + 1] as number) + weight
  }
  for (const range of ranges) {
    const words = sentences[range.sentence] ?? []
    vote(rangeText(words, range), range.type, 1)
    if (range.type === 'PER' && range.last - range.first >= 2) {
      const last = words[range.last - 1]
      if (last && STARTS_CAPITALIZED.test(last.text)) vote(last.text, 'PER', 0.5)
    }
    // A company's first words before words that only say what it is ("Albemarle" of "Albemarle Corp").
    const short = range.type === 'ORG' ? companyShortForm(words, range) : undefined
    if (short) vote(short, 'ORG', 1.5)
  }
  const typeOf = (key: string): string | undefined => {
    const counts = votes.get(key)
    if (!counts) return undefined
    // The first type of the greatest weight.
    let best: string | undefined
    let bestCount = 0
    for (let at = 0; at < counts.length; at += 2) {
      if ((counts[at + 1] as number) > bestCount) {
        best = counts[at] as string
        bestCount = counts[at + 1] as number
      }
    }
    return best
  }
  // First words of keys of two words or more: no longer key starts elsewhere.
  const keyStarts = new Set<string>()
  for (const key of votes.keys()) if (key.includes(' ')) keyStarts.add(key.slice(0, key.indexOf(' ')))
  const result: WordRange[] = []
  const ownOf = rangesBySentence(ranges)
  sentences.forEach((words, sentence) => {
    const own = ownOf(sentence)
    const covered = new Uint8Array(words.length)
    for (const range of own) covered.fill(1, range.first, range.last)
    const added: WordRange[] = []
    for (let index = 0; index < words.length; index++) {
      if (covered[index] || !STARTS_UPPER.test(words[index]?.text ?? '')) continue
      let key = ''
      let found: WordRange | undefined
      const first = (words[index] as TaggerWord).text
      const longest = keyStarts.has(first) || first.includes(' ') ? maxWords : 1
      for (let length = 1; length <= longest && index + length <= words.length; length++) {
        if (covered[index + length - 1] || (words[index + length - 1] as TaggerWord).blocked) break
        key += (length > 1 ? ' ' : '') + (words[index + length - 1] as TaggerWord).text
        const type = typeOf(key)
        if (type) found = {type, sentence, first: index, last: index + length}
      }
      if (found) {
        added.push(found)
        index = found.last - 1
      }
    }
    for (const range of own) {
      const type = typeOf(rangeText(words, range))
      result.push(type && type !== range.type && !range.fixed ? {...range, type} : range)
    }
    result.push(...added)
  })
  return result.sort((a, b) => a.sentence - b.sentence || a.first - b.first)
}
