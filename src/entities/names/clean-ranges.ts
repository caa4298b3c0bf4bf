/**
 * Refiner: clean the tagger's ranges, one at a time in order (see ./refiners.ts).
 *
 * @internal
 */
import {eventHeads, institutions, lawHeads, placePlurals} from '../../data/institutions.js'
import {nationalities} from '../../data/nationalities.js'
import {organizationEnds, organizationHeads} from '../../data/org-words.js'
import {titleWords} from '../../data/titles.js'
import {gazetteerLabels, isMajorPlace} from './gazetteer.js'
import {isStreetWord} from './patterns.js'
import type {TaggerWord} from './tagger-words.js'
import {extendGivenName, trimTrailingTitle} from './titles.js'
import {type WordRange, rangeText} from './word-ranges.js'
import {STARTS_LOWER} from '../../internal/letter-patterns.js'

const NOT_A_NAME_START = RegExp(String.raw`^(?:\p{Ll}|'s?$|’s?$)`, 'u')
const NOT_A_NAME_END = RegExp(String.raw`^(?:'s?|’s?|[.,;:]|\p{Ll}+)$`, 'u')

/**
 * Drop what is not a name (MISC, demonyms, plurals, events); trim articles, possessives,
 * trailing lower-case words ("Rwandan border town") and trailing titles; fuse place + organization and "X of the Y" organizations.
 *
 * @example
 * ```ts
 * cleanRanges(sentences, ranges) // ranges without "French" (a demonym) or "Americans"
 * ```
 */
export function cleanRanges(sentences: ReadonlyArray<readonly TaggerWord[]>, ranges: readonly WordRange[]): WordRange[] {
  const result: WordRange[] = []
  let misc: WordRange | undefined
  for (const original of ranges) {
    const words = sentences[original.sentence] ?? []
    let range = original
    if (range.type === 'MISC') {
      misc = range
      continue
    }
    if (range.type === 'ORG' && misc && misc.sentence === range.sentence && misc.last === range.first && misc.last - misc.first === 1) {
      range = {...range, first: misc.first}
    }
    while (range.last - range.first > 1 && NOT_A_NAME_START.test(words[range.first]?.text ?? '')) range = {...range, first: range.first + 1}
    while (range.last - range.first > 1 && NOT_A_NAME_END.test(words[range.last - 1]?.text ?? '')) range = {...range, last: range.last - 1}
    if (range.type === 'ORG' || range.type === 'LOC') range = trimTrailingTitle(words, range)
    while (range.last - range.first > 1 && range.first === 0 && determiners.has(words[0]?.text ?? '')) range = {...range, first: 1}
    const text = rangeText(words, range)
    if (range.last - range.first <= 2 && isDemonym(text, words[range.last]?.text ?? '')) continue
    if (range.last - range.first === 1 && isPluralNoun(text)) continue
    if ((range.type === 'ORG' || range.type === 'LOC') && range.last - range.first > 1 && eventHeads.has(words[range.last - 1]?.text ?? '')) continue
    // A law or a treaty is no person, organization or place ("Private Securities Litigation Reform Act", "First Amendment").
    if (range.last - range.first > 1 && lawHeads.has(words[range.last - 1]?.text ?? '')) continue
    range = retype(words, range)
    const previousEnd = result[result.length - 1]?.sentence === range.sentence ? (result[result.length - 1] as WordRange).last : 0
    range = extendGivenName(words, range, Math.max(previousEnd, misc?.sentence === range.sentence ? misc.last : 0))
    const previous = result[result.length - 1]
    if (
      range.type === 'ORG' &&
      previous &&
      previous.sentence === range.sentence &&
      previous.last === range.first &&
      (previous.type === 'LOC' || previous.type === 'ORG')
    ) {
      result[result.length - 1] = {...previous, type: 'ORG', last: range.last}
      continue
    }
    if (range.type === 'ORG' && previous?.type === 'ORG' && previous.sentence === range.sentence && joinedByOf(words, previous.last, range.first)) {
      result[result.length - 1] = {...previous, type: 'ORG', last: range.last}
      continue
    }
    // Passed on, not copied: a range is never changed in place (see ./refiners.ts).
    result.push(range)
  }
  return result
}

/**
 * A nationality adjective or demonym: listed ("French"), a country plus n or i
 * ("Rwandan", "Iraqi", "South Korean"), or one word in -ian/-ean/-ese before a lower-case
 * noun ("Zairean border"; not "Le Drian said").
 */
function isDemonym(word: string, next: string): boolean {
  if (nationalities.has(word)) return true
  const lower = word.toLowerCase()
  if (/[ni]$/.test(lower) && isMajorPlace(lower.slice(0, -1))) return true
  return !lower.includes(' ') && /(?:ian|ean|ese)$/.test(lower) && STARTS_LOWER.test(next)
}

/** Words that open a sentence before a noun phrase and never begin a name. */
const determiners: ReadonlySet<string> = new Set([
  'A', 'An', 'Many', 'Some', 'Most', 'All', 'Several', 'Few', 'Both', 'Every', 'Each', 'No', 'This', 'That', 'These',
  'Those', 'Our', 'Their', 'His', 'Her', 'Its', 'My', 'Your', 'Other', 'Such', 'Two', 'Three',
])

const IS_PLURAL_NOUN_PATTERN = RegExp(String.raw`\p{Ll}s$`, 'u')

/** A plural of a demonym, title or organization word ("Americans", "Ministers", "Officials"). */
function isPluralNoun(word: string): boolean {
  if (!IS_PLURAL_NOUN_PATTERN.test(word)) return false
  const singular = word.slice(0, -1)
  return isDemonym(singular, '') || titleWords.has(singular) || organizationHeads.has(singular) || singular === 'Official'
}

/** "X of the Y" between two organizations: one organization ("General Staff of the Armed Forces"). */
function joinedByOf(words: readonly TaggerWord[], from: number, to: number): boolean {
  const between = rangeText(words, {first: from, last: to})
  return between === 'of' || between === 'of the'
}

/**
 * Institutions named by their building are organizations, and so is a multi-word name
 * ending in an organization's word ("Queen Alexandra Hospital", "Green Mountain
 * Electric"); a lone known place tagged ORG is a place.
 */
const isPlaceEnd = (word: string): boolean => isStreetWord(word) || placePlurals.has(word)

function retype(words: readonly TaggerWord[], range: WordRange): WordRange {
  const text = rangeText(words, range)
  if (institutions.has(text)) return range.type === 'ORG' ? range : {...range, type: 'ORG'}
  if (range.type !== 'ORG' && range.last - range.first > 1 && organizationEnds.has(words[range.last - 1]?.text ?? '')) return {...range, type: 'ORG'}
  if (range.type === 'ORG' && range.last - range.first > 1 && isMajorPlace(text.toLowerCase())) return {...range, type: 'LOC'}
  // A street or a place named by a kind of land or water is a place, not a person ("E. Broad St.", "Niagara Falls").
  if (range.type === 'PER' && range.last - range.first > 1 && isPlaceEnd(words[range.last - 1]?.text ?? '')) return {...range, type: 'LOC'}
  // ("Rocky Mountains"; "Organization of American States" stays whole.)
  if (range.type === 'ORG' && range.last - range.first > 1 && placePlurals.has(words[range.last - 1]?.text ?? '') && !/\bof\b/u.test(text)) return {...range, type: 'LOC'}
  if (range.type === 'ORG' && range.last - range.first === 1 && gazetteerLabels([text.toLowerCase()])[0]?.includes('place-B')) {
    return {...range, type: 'LOC'}
  }
  return range
}
