/**
 * Titles kept apart from names: "French Foreign Minister Jean-Yves Le Drian" gives the
 * person "Jean-Yves Le Drian" with the title "Foreign Minister"; "Gen. Milley" the
 * person "Milley" with "Gen.".
 *
 * @internal
 */
import {nationalities} from '../../data/nationalities.js'
import {titleHeads, titleWords} from '../../data/titles.js'
import {gazetteerLabels} from './gazetteer.js'
import type {WordRange} from './word-ranges.js'
import type {TaggerWord} from './tagger-words.js'
import {STARTS_CAPITALIZED, STARTS_LOWER, STARTS_UPPER} from '../../internal/letter-patterns.js'

/** Lower-case roles that introduce a person in news ("said economist Lynn Reaser"). */
const roleNouns: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'economist', 'analyst', 'chief', 'leader', 'minister', 'president',
  'coach', 'manager', 'striker', 'midfielder', 'defender', 'goalkeeper', 'captain', 'director', 'chairman',
  'secretary', 'ambassador', 'envoy', 'commander', 'official', 'adviser', 'advisor', 'lawyer', 'attorney',
  'prosecutor', 'judge', 'senator', 'governor', 'mayor', 'counterpart', 'historian', 'writer', 'author', 'singer',
  'actor', 'actress', 'champion', 'candidate', 'strategist', 'dealer', 'trader', 'colleague', 'negotiator',
])

/**
 * A word's text without a full stop at its end ("Gen." → "Gen"); '' for no word. Without a
 * regular expression: a literal in a function is a new object at every call, and this runs
 * on every word of a text.
 *
 * @example
 * ```ts
 * bare({text: 'Gen.', start: 0, end: 4, spaceBefore: false}) // 'Gen'
 * ```
 */
export const bare = (word: TaggerWord | undefined): string => (word ? (word.text.endsWith('.') ? word.text.slice(0, -1) : word.text) : '')

/**
 * Is this word part of a title?
 *
 * @example
 * ```ts
 * // "Gen.", "Minister", "Foreign" → true; "Milley" → false
 * ```
 */
export const isTitleWord = (word: TaggerWord | undefined): boolean => titleWords.has(bare(word))

/**
 * Take the title words off the front of a person range and find the title standing
 * before it; returns the range to keep (or undefined when only a title was tagged)
 * and the title's word range.
 *
 * @example
 * ```ts
 * // words: General Mark Milley, range 0..3 → range 1..3 and title words 0..1
 * ```
 */
export function splitTitle(
  words: readonly TaggerWord[],
  range: WordRange,
): {range: WordRange | undefined; title: [number, number] | undefined} {
  let first = range.first
  while (first < range.last - 1 && (isTitleWord(words[first]) || nationalities.has(words[first]?.text ?? ''))) first++
  if (first === range.last - 1 && isTitleWord(words[first])) return {range: undefined, title: undefined}
  while (first > range.first && !isTitleWord(words[first - 1])) first--
  if (!isTitleWord(words[range.last - 1])) {
    // "U.S. Assistant Secretary of State John Kornblum": the name follows the last title word
    let nameStart = range.last
    while (nameStart > first && !isTitleWord(words[nameStart - 1])) nameStart--
    // (Not when only a suffix follows it: "Martin Luther King Jr." is one name.)
    if (nameStart > first && !(nameStart === range.last - 1 && isNameSuffix(words[nameStart]?.text ?? ''))) first = nameStart
  }
  let titleStart = first
  while (titleStart > 0) {
    const before = words[titleStart - 1]
    if (isTitleWord(before) && STARTS_UPPER.test(before?.text ?? '')) titleStart--
    else if (before?.text === 'of' && isTitleWord(words[titleStart - 2]) && titleStart < first) titleStart--
    else break
  }
  let titleEnd = first
  const hasOf = words.slice(titleStart, first).some((word) => word.text === 'of')
  while (!hasOf && titleEnd > titleStart && !titleHeads.has(bare(words[titleEnd - 1]))) titleEnd--
  if (!words.slice(titleStart, titleEnd).some((word) => titleHeads.has(bare(word)))) titleEnd = titleStart
  const title: [number, number] | undefined = titleEnd > titleStart ? [titleStart, titleEnd] : undefined
  return {range: {...range, first}, title}
}

/**
 * Drop title words at the end of a range that a person follows ("… Forces Major General").
 *
 * @example
 * ```ts
 * // "General Staff of the Armed Forces Major General" → "General Staff of the Armed Forces"
 * // "Department of Defense" stays whole ("Defense" follows "of")
 * ```
 */
export function trimTrailingTitle(words: readonly TaggerWord[], range: WordRange): WordRange {
  let last = range.last
  while (
    last > range.first + 1 &&
    isTitleWord(words[last - 1]) &&
    STARTS_UPPER.test(words[last - 1]?.text ?? '') &&
    // "Department of Defense", "Secretary of State": a title word after "of" names the office
    !STARTS_LOWER.test(words[last - 2]?.text ?? '')
  ) last--
  return last === range.last ? range : {...range, last}
}

/**
 * People the tagger missed after a title: "Major General Viktor Gulevich" → a person
 * range over "Viktor Gulevich". The title must end in a head word ("General") and be
 * followed by one to four capitalized words that are neither titles nor tagged; a
 * single word must be a known given or family name ("General Meeting" is no person).
 *
 * @example
 * ```ts
 * // words "Major General Viktor Gulevich of Belarus", nothing covered → PER 2..4
 * ```
 */
export function titledPeople(words: readonly TaggerWord[], sentence: number, covered: Uint8Array): WordRange[] {
  const ranges: WordRange[] = []
  for (let index = 0; index < words.length - 1; index++) {
    const cue = words[index]?.text ?? ''
    if (!(titleHeads.has(bare(words[index])) && STARTS_UPPER.test(cue)) && !roleNouns.has(cue)) continue
    let last = index + 1
    while (
      last < words.length &&
      last - index <= 4 &&
      !covered[last] &&
      STARTS_CAPITALIZED.test(words[last]?.text ?? '') &&
      !isTitleWord(words[last]) &&
      !nationalities.has(words[last]?.text ?? '')
    ) last++
    const single = last === index + 2 && !gazetteerLabels([(words[index + 1]?.text ?? '').toLowerCase()])[0]?.some((label) => label === 'first' || label === 'last')
    if (last > index + 1 && !single) {
      ranges.push({type: 'PER', sentence, first: index + 1, last})
      index = last - 1
    }
  }
  return ranges
}

/**
 * Extend a person leftwards over a given name the tagger left out: "Jean-Yves" before
 * "Le Drian" (a capitalized word whose parts are known given names).
 *
 * @example
 * ```ts
 * // words "say Jean-Yves Le Drian", range 2..4 → 1..4
 * ```
 */
export function extendGivenName(words: readonly TaggerWord[], range: WordRange, floor: number): WordRange {
  const before = words[range.first - 1]
  if (range.type !== 'PER' || range.first - 1 < floor || !before || !STARTS_CAPITALIZED.test(before.text)) return range
  const parts = before.text.toLowerCase().split('-')
  const known = gazetteerLabels(parts).every((labels) => labels.includes('first'))
  return known && !isTitleWord(before) ? {...range, first: range.first - 1} : range
}

/**
 * Whether `word` is a regnal number or a generational suffix that may end a person's name
 * ("XIV" of "Leo XIV", "Jr." of "Martin Luther King Jr.").
 *
 * @example
 * ```ts
 * isNameSuffix('Jr.') // true
 * isNameSuffix('King') // false
 * ```
 */
export function isNameSuffix(word: string): boolean {
  return /^(?:[IVX]{1,5}|Jr\.?|Sr\.?)$/u.test(word)
}
