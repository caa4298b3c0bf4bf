/**
 * Refiners that add ranges found by rules rather than by the tagger (see ./refiners.ts).
 *
 * @internal
 */
import {acronymRanges} from './acronyms.js'
import {lawHeads} from '../../data/institutions.js'
import {isMajorPlace, placeGoesOn} from './gazetteer.js'
import {cuedOrganizations, datelinePlace, initialedPeople, peopleBeforeCountry, suffixedCompanies} from './patterns.js'
import {teamRanges} from './score-tables.js'
import type {TaggerWord} from './tagger-words.js'
import {titledPeople} from './titles.js'
import {rangesBySentence, type WordRange} from './word-ranges.js'
import {STARTS_CAPITALIZED} from '../../internal/letter-patterns.js'

/**
 * Datelines, teams in results tables and cued organizations replace what the tagger
 * found over the same words.
 *
 * @example
 * ```ts
 * withTeams(sentences, ranges) // "BONN 1996-08-30": BONN a place whatever the tagger said
 * ```
 */
export function withTeams(sentences: ReadonlyArray<readonly TaggerWord[]>, ranges: readonly WordRange[]): WordRange[] {
  const teams = sentences.flatMap((words, sentence) => {
    const dateline = datelinePlace(words, sentence)
    const found = [...teamRanges(words, sentence), ...cuedOrganizations(words, sentence), ...suffixedCompanies(words, sentence)]
    return dateline ? [dateline, ...found] : found
  })
  if (teams.length === 0) return [...ranges]
  // The words the teams cover, by sentence: a range overlaps a team when it holds one (linear, where testing every range against every team was not).
  const covered = new Map<number, Uint8Array>()
  for (const team of teams) {
    let words = covered.get(team.sentence)
    if (!words) covered.set(team.sentence, (words = new Uint8Array(sentences[team.sentence]?.length ?? 0)))
    words.fill(1, team.first, team.last)
  }
  const kept = ranges.filter((range) => {
    const words = covered.get(range.sentence)
    for (let index = range.first; words && index < range.last; index++) if (words[index] === 1) return false
    return true
  })
  const overlaps = (a: WordRange, b: WordRange): boolean => a.sentence === b.sentence && a.first < b.last && b.first < a.last
  const sorted = [...kept, ...teams].sort((a, b) => a.sentence - b.sentence || a.first - b.first)
  return sorted.filter((range, index) => index === 0 || !overlaps(sorted[index - 1] as WordRange, range))
}

/**
 * Add what rules find on words no range covers: people after titles, with initials or
 * before a bracketed country; known places; acronyms.
 *
 * @example
 * ```ts
 * addRuleRanges(sentences, ranges) // + "Milley" after "Gen." when the tagger missed him
 * ```
 */
export function addRuleRanges(sentences: ReadonlyArray<readonly TaggerWord[]>, ranges: readonly WordRange[]): WordRange[] {
  const ownOf = rangesBySentence(ranges)
  const added = sentences.flatMap((words, sentence) => {
    // The words the ranges cover, made sentence by sentence (an array a sentence, all alive at once, was megabytes on a long text).
    const own = new Uint8Array(words.length)
    for (const range of ownOf(sentence)) own.fill(1, range.first, range.last)
    const titled = titledPeople(words, sentence, own)
    for (const range of titled) own.fill(1, range.first, range.last)
    const initialed = initialedPeople(words, sentence, own)
    for (const range of initialed) own.fill(1, range.first, range.last)
    const bracketed = peopleBeforeCountry(words, sentence, own)
    for (const range of bracketed) own.fill(1, range.first, range.last)
    // "Private Securities Litigation Reform Act": a title's word opening a law's name.
    const people = [...titled, ...initialed, ...bracketed].filter((range) => !lawHeads.has(words[range.last - 1]?.text ?? ''))
    const places = knownPlaces(words, sentence, own)
    for (const range of places) own.fill(1, range.first, range.last)
    return [...people, ...places, ...acronymRanges(words, sentence, own)]
  })
  if (added.length === 0) return [...ranges]
  return [...ranges, ...added].sort((a, b) => a.sentence - b.sentence || a.first - b.first)
}

/** Untagged countries, capitals and regions ("Minsk confirmed …"), up to three words. */
function knownPlaces(words: readonly TaggerWord[], sentence: number, covered: Uint8Array): WordRange[] {
  const ranges: WordRange[] = []
  for (let index = 0; index < words.length; index++) {
    if (covered[index] || !STARTS_CAPITALIZED.test(words[index]?.text ?? '')) continue
    let phrase = ''
    let found = 0
    for (let length = 1; length <= 3 && index + length <= words.length && !covered[index + length - 1]; length++) {
      phrase += (length > 1 ? ' ' : '') + (words[index + length - 1] as TaggerWord).text.toLowerCase()
      if (isMajorPlace(phrase)) found = length
      // No country, capital or region goes on from a phrase no place starts with.
      if (!placeGoesOn(phrase)) break
    }
    if (found) {
      ranges.push({type: 'LOC', sentence, first: index, last: index + found})
      index += found - 1
    }
  }
  return ranges
}
