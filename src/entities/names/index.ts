/**
 * Name finder: people, organizations and places as typed mentions. The statistical
 * tagger (./tagger.ts) proposes ranges; rules refine them: nationality adjectives and
 * MISC names are dropped, titles are split off people, a place or nationality fused to
 * an organization joins it ("U.S. Joint Chiefs of Staff"), and document consistency
 * tags the repeats of a name.
 *
 * @internal
 */
import {eventHeads, institutions} from '../../data/institutions.js'
import {nationalities} from '../../data/nationalities.js'
import {organizationHeads} from '../../data/org-words.js'
import {titleWords} from '../../data/titles.js'
import type {TokenizedText} from '../tokens.js'
import {acronymRanges} from './acronyms.js'
import {makeConsistent} from './consistency.js'
import {joinParticles} from './particles.js'
import {teamRanges} from './score-tables.js'
import {cuedOrganizations, datelinePlace, initialedPeople, peopleBeforeCountry} from './patterns.js'
import {type WordRange, rangeText, tagRanges} from './word-ranges.js'
import {tagDocument} from './tagger.js'
import {extendGivenName, splitTitle, titledPeople, trimTrailingTitle} from './titles.js'
import {gazetteerLabels, isMajorPlace} from './gazetteer.js'
import {type TaggerWord, taggerWords} from './tagger-words.js'

/**
 * The kinds of named entity nutgraf reports.
 *
 * @example
 * ```ts
 * const kind: NameKind = 'organization'
 * ```
 */
export type NameKind = 'person' | 'organization' | 'place'

/**
 * One name found in the text, before mentions are grouped into entities.
 *
 * @example
 * ```ts
 * const mention: NameMention = {kind: 'person', start: 5, end: 16, title: 'Gen.', rule: 'tagger'}
 * ```
 */
export interface NameMention {
  kind: NameKind
  start: number
  end: number
  /** A title or role standing before the name ("Foreign Minister"). */
  title?: string
  /** The rule or model that produced it, for debugging ("tagger", "honorific+name"). */
  rule: string
}

const kinds: Record<string, NameKind> = {PER: 'person', ORG: 'organization', LOC: 'place'}

/**
 * Find the names in tokenized text.
 *
 * @example
 * ```ts
 * findNames(tokenize('Gen. Mark Milley spoke.'))[0] // {kind: 'person', start: 5, end: 16, title: 'Gen.', rule: 'tagger'}
 * ```
 */
export function findNames(tokenized: TokenizedText): NameMention[] {
  const sentences = taggerWords(tokenized)
  const tagged = tagDocument(sentences.map((words) => words.map((word) => word.text)))
  const ranges = addRuleRanges(sentences, makeConsistent(sentences, withTeams(sentences, refine(sentences, joinParticles(sentences, tagRanges(tagged))))))
  const mentions: NameMention[] = []
  for (const range of ranges) {
    const words = sentences[range.sentence] ?? []
    const kind = kinds[range.type]
    if (!kind || !isName(words, range)) continue
    let keep: WordRange | undefined = range
    let title: [number, number] | undefined
    if (kind === 'person') ({range: keep, title} = splitTitle(words, range))
    if (!keep) continue
    const first = words[keep.first] as TaggerWord
    const last = words[keep.last - 1] as TaggerWord
    const mention: NameMention = {kind, start: first.start, end: last.end, rule: range.type === 'ORG' && keep.first !== range.first ? 'merged' : 'tagger'}
    if (title) {
      const text = tokenized.text.slice((words[title[0]] as TaggerWord).start, (words[title[1] - 1] as TaggerWord).end)
      mention.title = text.replace(/\s+/g, ' ')
    }
    mentions.push(mention)
  }
  return mentions
}

/** Drop what is not a name; trim articles, possessives and trailing titles; fuse place + organization. */
function refine(sentences: ReadonlyArray<readonly TaggerWord[]>, ranges: readonly WordRange[]): WordRange[] {
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
    while (range.last - range.first > 1 && /^(?:\p{Ll}|'s?$|’s?$)/u.test(words[range.first]?.text ?? '')) range = {...range, first: range.first + 1}
    while (range.last - range.first > 1 && /^(?:'s?|’s?|[.,;:])$/.test(words[range.last - 1]?.text ?? '')) range = {...range, last: range.last - 1}
    if (range.type === 'ORG' || range.type === 'LOC') range = trimTrailingTitle(words, range)
    while (range.last - range.first > 1 && range.first === 0 && determiners.has(words[0]?.text ?? '')) range = {...range, first: 1}
    const text = rangeText(words, range)
    if (range.last - range.first <= 2 && isDemonym(text, words[range.last]?.text ?? '')) continue
    if (range.last - range.first === 1 && isPluralNoun(text)) continue
    if ((range.type === 'ORG' || range.type === 'LOC') && range.last - range.first > 1 && eventHeads.has(words[range.last - 1]?.text ?? '')) continue
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
      previous.type = 'ORG'
      previous.last = range.last
      continue
    }
    if (range.type === 'ORG' && previous?.type === 'ORG' && previous.sentence === range.sentence && joinedByOf(words, previous.last, range.first)) {
      previous.type = 'ORG'
      previous.last = range.last
      continue
    }
    result.push({...range})
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
  return !lower.includes(' ') && /(?:ian|ean|ese)$/.test(lower) && /^\p{Ll}/u.test(next)
}

/** Words that open a sentence before a noun phrase and never begin a name. */
const determiners: ReadonlySet<string> = new Set([
  'A', 'An', 'Many', 'Some', 'Most', 'All', 'Several', 'Few', 'Both', 'Every', 'Each', 'No', 'This', 'That', 'These',
  'Those', 'Our', 'Their', 'His', 'Her', 'Its', 'My', 'Your', 'Other', 'Such', 'Two', 'Three',
])

/** A plural of a demonym, title or organization word ("Americans", "Ministers", "Officials"). */
function isPluralNoun(word: string): boolean {
  if (!/\p{Ll}s$/u.test(word)) return false
  const singular = word.slice(0, -1)
  return isDemonym(singular, '') || titleWords.has(singular) || organizationHeads.has(singular) || singular === 'Official'
}

/** Datelines and, in results tables, teams replace what the tagger found over the same words. */
function withTeams(sentences: ReadonlyArray<readonly TaggerWord[]>, ranges: readonly WordRange[]): WordRange[] {
  const teams = sentences.flatMap((words, sentence) => {
    const dateline = datelinePlace(words, sentence)
    const found = [...teamRanges(words, sentence), ...cuedOrganizations(words, sentence)]
    return dateline ? [dateline, ...found] : found
  })
  if (teams.length === 0) return [...ranges]
  const overlaps = (a: WordRange, b: WordRange): boolean => a.sentence === b.sentence && a.first < b.last && b.first < a.last
  const kept = ranges.filter((range) => !teams.some((team) => overlaps(team, range)))
  const sorted = [...kept, ...teams].sort((a, b) => a.sentence - b.sentence || a.first - b.first)
  return sorted.filter((range, index) => index === 0 || !overlaps(sorted[index - 1] as WordRange, range))
}

/** "X of the Y" between two organizations: one organization ("General Staff of the Armed Forces"). */
function joinedByOf(words: readonly TaggerWord[], from: number, to: number): boolean {
  const between = rangeText(words, {first: from, last: to})
  return between === 'of' || between === 'of the'
}

/** Institutions named by their building are organizations; a lone known place tagged ORG is a place. */
function retype(words: readonly TaggerWord[], range: WordRange): WordRange {
  const text = rangeText(words, range)
  if (institutions.has(text)) return range.type === 'ORG' ? range : {...range, type: 'ORG'}
  if (range.type === 'ORG' && range.last - range.first > 1 && isMajorPlace(text.toLowerCase())) return {...range, type: 'LOC'}
  if (range.type === 'ORG' && range.last - range.first === 1 && gazetteerLabels([text.toLowerCase()])[0]?.includes('place-B')) {
    return {...range, type: 'LOC'}
  }
  return range
}

/** Add the people after titles and the untagged acronyms. */
function addRuleRanges(sentences: ReadonlyArray<readonly TaggerWord[]>, ranges: readonly WordRange[]): WordRange[] {
  const covered = sentences.map((words) => new Uint8Array(words.length))
  for (const range of ranges) covered[range.sentence]?.fill(1, range.first, range.last)
  const added = sentences.flatMap((words, sentence) => {
    const own = covered[sentence] as Uint8Array
    const titled = titledPeople(words, sentence, own)
    for (const range of titled) own.fill(1, range.first, range.last)
    const initialed = initialedPeople(words, sentence, own)
    for (const range of initialed) own.fill(1, range.first, range.last)
    const bracketed = peopleBeforeCountry(words, sentence, own)
    for (const range of bracketed) own.fill(1, range.first, range.last)
    const people = [...titled, ...initialed, ...bracketed]
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
    if (covered[index] || !/^\p{Lu}\p{Ll}/u.test(words[index]?.text ?? '')) continue
    let phrase = ''
    let found = 0
    for (let length = 1; length <= 3 && index + length <= words.length && !covered[index + length - 1]; length++) {
      phrase += (length > 1 ? ' ' : '') + (words[index + length - 1] as TaggerWord).text.toLowerCase()
      if (isMajorPlace(phrase)) found = length
    }
    if (found) {
      ranges.push({type: 'LOC', sentence, first: index, last: index + found})
      index += found - 1
    }
  }
  return ranges
}

/** A name has a capital letter or a digit and no blocked word. */
function isName(words: readonly TaggerWord[], range: WordRange): boolean {
  let capital = false
  for (let index = range.first; index < range.last; index++) {
    const word = words[index] as TaggerWord
    if (word.blocked) return false
    if (/\p{Lu}/u.test(word.text)) capital = true
  }
  return capital
}
