/**
 * Long names kept whole where the tagger cuts them:
 * - "X of Y and Z" organizations: an organization with "of" inside, then "and" and one to
 *   three capitalized words ("Office of Management and Budget", "Department of Fisheries
 *   and Oceans"): one organization, not "Office of Management" and a person "Budget";
 * - an organization named by its head word, "of", and a place ("Public Utility Commission
 *   of Texas", "University of Texas"): one organization;
 * - teams named by a place and a plural nickname ("Boston Celtics", "Golden State
 *   Warriors", "New York Yankees"): one organization, not a place and a person.
 *
 * @internal
 */
import {nationalities} from '../../data/nationalities.js'
import {titleWords} from '../../data/titles.js'
import {organizationHeads} from '../../data/org-words.js'
import {placePlurals} from '../../data/institutions.js'
import {rangesBySentence, type WordRange} from './word-ranges.js'
import type {TaggerWord} from './tagger-words.js'
import {bare, isTitleWord} from './titles.js'
import {isCapital} from './score-tables.js'


const IS_NICKNAME_PATTERN = RegExp(String.raw`^\p{Lu}\p{Ll}+[^s]s$`, 'u')

/**
 * Whether a word has a team nickname's shape: capitalized, in the plural ("s", not "ss"), and
 * no kind of place in the plural ("Warriors", not "Falls").
 *
 * @example
 * ```ts
 * hasNicknameShape('Warriors') // true
 * hasNicknameShape('Falls') // false
 * ```
 */
export function hasNicknameShape(text: string): boolean {
  return IS_NICKNAME_PATTERN.test(text) && !placePlurals.has(text)
}

/** A plural nickname: {@link hasNicknameShape}, and no demonym or title in the plural. */
function isNickname(word: TaggerWord | undefined): boolean {
  if (!word || !hasNicknameShape(word.text) || word.blocked) return false
  const singular = word.text.slice(0, -1)
  return !nationalities.has(singular) && !titleWords.has(singular) && !organizationHeads.has(singular) && !nationalities.has(word.text)
}

/**
 * Join the long names of one document's ranges (ordered); returns new ordered ranges.
 *
 * @example
 * ```ts
 * // "Office of Management"/ORG "and" "Budget"/PER → ORG "Office of Management and Budget"
 * ```
 */
export function joinLongNames(sentences: ReadonlyArray<readonly TaggerWord[]>, ranges: readonly WordRange[]): WordRange[] {
  const result: WordRange[] = []
  // Sentence by sentence; the ranges themselves are passed on, not copied (see ./refiners.ts).
  const ownOf = rangesBySentence(ranges)
  sentences.forEach((words, sentence) => joinInSentence(words, ownOf(sentence), result))
  return result
}

/** {@link joinLongNames} in one sentence: its words and its ranges (`own`, ordered); the ranges kept go on `result`. */
function joinInSentence(words: readonly TaggerWord[], own: readonly WordRange[], result: WordRange[]): void {
  for (let index = 0; index < own.length; index++) {
    let range = own[index] as WordRange
    const next = own[index + 1]
    // "X of Y and Z" (the tagger may have stopped inside Y: "Department of Public" + "Health and Environment")
    if (range.type === 'ORG' && words.slice(range.first + 1, range.last).some((word) => word.text === 'of')) {
      let end = range.last
      while (end < words.length && end - range.last < 2 && isCapital(words[end])) end++
      if (end > range.last && /^(?:and|&)$/.test(words[end]?.text ?? '')) range = {...range, last: end}
    }
    if (range.type === 'ORG' && words.slice(range.first + 1, range.last - 1).some((word) => word.text === 'of') && /^(?:and|&)$/.test(words[range.last]?.text ?? '')) {
      let last = range.last + 1
      while (last < words.length && last - range.last <= 3 && isCapital(words[last]) && !isTitleWord(words[last])) last++
      if (last > range.last + 1 && (!next || next.first >= range.last + 1)) range = {...range, last}
    }
    // "Commission of Texas"
    const after = own[index + 1]
    if (
      range.type === 'ORG' &&
      organizationHeads.has(bare(words[range.last - 1])) &&
      words[range.last]?.text === 'of' &&
      after &&
      after.type === 'LOC' &&
      after.first === range.last + 1
    ) {
      range = {...range, last: after.last}
    }
    // "Boston Celtics"
    if (range.type === 'LOC' && range.last - range.first <= 2) {
      let last = range.last
      if (isNickname(words[last])) last++
      else if (isCapital(words[last]) && isNickname(words[last + 1]) && !isTitleWord(words[last])) last += 2
      if (last > range.last) range = {...range, type: 'ORG', last}
    }
    // Ranges now inside a joined one give way to it.
    while (own[index + 1] && (own[index + 1] as WordRange).first < range.last) index++
    result.push(range)
  }
}
