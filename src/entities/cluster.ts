/**
 * Mention clustering: group name mentions into entities, in order of first mention.
 * - people: a family name alone ("Milley", "Gen. Milley") joins the person whose full
 *   name ends with it ("Mark Milley"), the most recent one when several do; a full name
 *   that comes after its short form takes the short form's entity and names it;
 * - organizations and places: exact name, less a leading "the" ("the Pentagon" and
 *   "Pentagon"); an acronym joins its expansion when the text gives it, either way
 *   round: "North Atlantic Treaty Organization (NATO)", "NATO (North Atlantic …)"; an
 *   acronym written with dots is the same name as without ("U.S." and "US", "U.N." and "UN");
 *   a company's legal form is no part of the name it is compared by ("Apple Inc." and
 *   "Apple"); a team's plural nickname joins the one team of the text it ends ("Warriors"
 *   and "Golden State Warriors"), and a company's first word the one company it opens
 *   before words that only say what it is ("Albemarle" and "Albemarle Corp").
 * The entity's name is its fullest (longest) form, whitespace-normalized ("U.S." over
 * "US"; the first seen of two as long); its title is the first title seen with any mention.
 *
 * @internal
 */
import type {Entities, Entity} from '../types.js'
import type {NameKind, NameMention} from './names/index.js'
import {HAS_LOWER, STARTS_UPPER} from '../internal/letter-patterns.js'
import {titleCase} from '../internal/title-case.js'
import {onFirstUse} from '../internal/on-first-use.js'
import {legalForms} from '../data/org-words.js'
import {shortFormLength} from './names/patterns.js'
import {isNameSuffix} from './names/titles.js'
import {hasNicknameShape} from './names/long-names.js'

interface Group {
  /** Its place in the kind's list: earlier groups win where a name could join several. */
  index: number
  entity: Entity
  words: string[]
  keys: Set<string>
}

/**
 * The groups of one kind, with two indexes that keep clustering linear: each key's
 * earliest group (what a search of the list for the first group holding the key
 * finds), and the groups by the last word of their name (a family name joins only a
 * full name that ends with it, so only groups with the same last word can take it).
 */
interface Kind {
  list: Group[]
  byKey: Map<string, Group>
  byLastWord: Map<string, Group[]>
}

const newKind = (): Kind => ({list: [], byKey: new Map(), byLastWord: new Map()})

/**
 * Whitespace-normalized name, without a leading "the": the form mentions are compared in.
 *
 * @example
 * ```ts
 * normalizeName('the  Pentagon') // 'Pentagon'
 * ```
 */
export const normalizeName = (surface: string): string => surface.replace(/\s+/g, ' ').trim().replace(/^the /i, '')

const DOTTED_ACRONYM = RegExp(String.raw`^(?:\p{Lu}\.){2,6}$`, 'u')

/** What a name is looked up by: the name without a company's legal form ("Apple Inc." → "Apple"), an acronym without its dots ("U.S." → "US"). */
const lookupKey = (name: string): string => (DOTTED_ACRONYM.test(name) ? name.replace(/\./g, '') : name.replace(LEGAL_FORM, ''))

/** A company's legal form after its name (", Inc.", " Corp", " Ltd."): "Apple Inc." and "Apple" are one name. */
const LEGAL_FORM = RegExp(String.raw` ?,? (?:${legalForms.join('|').replaceAll('.', String.raw`\.`)})\.?$`, 'u')

/**
 * Group mentions of each kind into entities, in order of first mention.
 *
 * @example
 * ```ts
 * const text = 'Mark Milley spoke. Milley left.'
 * clusterMentions(text, [
 *   {kind: 'person', start: 0, end: 11, rule: 'tagger'},
 *   {kind: 'person', start: 19, end: 25, rule: 'tagger'},
 * ]).people[0]?.mentions.length // 2
 * ```
 */
export function clusterMentions(text: string, mentions: readonly NameMention[]): Pick<Entities, 'people' | 'organizations' | 'places'> {
  const ordered = [...mentions].sort((a, b) => a.start - b.start)
  const aliases = acronymAliases(text, ordered)
  for (const [short, name] of shortFormAliases(text, ordered)) if (!aliases.has(short)) aliases.set(short, name)
  const groups: Record<NameKind, Kind> = {person: newKind(), organization: newKind(), place: newKind()}
  for (const mention of ordered) {
    const surface = text.slice(mention.start, mention.end)
    const name = mention.kind === 'place' ? placeName(normalizeName(surface)) : normalizeName(surface)
    const kindGroups = groups[mention.kind]
    const group = mention.kind === 'person' ? personGroup(kindGroups, personKey(name)) : namedGroup(kindGroups, lookupKey(name), name, aliases)
    if (mention.title && !group.entity.title) group.entity.title = mention.title
    group.entity.mentions.push({text: surface, span: {start: mention.start, end: mention.end}})
  }
  const entities = (kind: Kind): Entity[] => kind.list.map((group) => group.entity)
  return {people: entities(groups.person), organizations: entities(groups.organization), places: entities(groups.place)}
}

/**
 * A person's name as it is compared and reported: a name in capitals ("PAUL J. WEBER", a
 * byline or a headline) in title case, so that "Weber" joins it; other names as written.
 *
 * @example
 * ```ts
 * personKey("MATT O'BRIEN") // "Matt O'Brien"
 * personKey('Paul McCartney') // 'Paul McCartney'
 * ```
 */
export function personKey(name: string): string {
  return HAS_LOWER.test(name) ? name : titleCase(name)
}

/**
 * A place's name as it is compared and reported: a name of five letters or more in capitals
 * (a dateline's "BOSTON", a headline's "NEW YORK") in title case, so that "Boston" joins it;
 * shorter names in capitals stay (they are as often abbreviations: "UAE", "DPRK").
 */
function placeName(name: string): string {
  return name.length < 5 ? name : personKey(name)
}

function newGroup(kind: Kind, key: string, name = key, words = key.split(' ')): Group {
  const group: Group = {index: kind.list.length, entity: {name, mentions: []}, words, keys: new Set()}
  kind.list.push(group)
  const last = words[words.length - 1] as string
  const sameLast = kind.byLastWord.get(last)
  if (sameLast) sameLast.push(group)
  else kind.byLastWord.set(last, [group])
  addKey(kind, group, key)
  return group
}

/** Give `group` the key `key`, and index it unless an earlier group has it already. */
function addKey(kind: Kind, group: Group, key: string): void {
  group.keys.add(key)
  const earliest = kind.byKey.get(key)
  if (!earliest || group.index < earliest.index) kind.byKey.set(key, group)
}

function personGroup(kind: Kind, key: string): Group {
  const same = kind.byKey.get(key)
  if (same) return same
  // "Leo XIV" and "Martin Luther King Jr." are matched without the numeral or suffix ("Leo", "King").
  const words = key.split(' ')
  const suffix = suffixOf(key)
  if (suffix) words.pop()
  const candidates = kind.byLastWord.get(words[words.length - 1] as string) ?? []
  for (let index = candidates.length - 1; index >= 0; index--) {
    const group = candidates[index] as Group
    const shorter = words.length < group.words.length ? words : group.words
    const longer = words.length < group.words.length ? group.words : words
    if (!endsWith(longer, shorter)) continue
    // "Henry VIII" is not "Henry VII".
    const other = suffixOf(group.entity.name)
    if (suffix && other && suffix !== other) continue
    addKey(kind, group, key)
    if (longer === words && key.length > group.entity.name.length) {
      group.words = words
      group.entity.name = key
    }
    return group
  }
  return newGroup(kind, key, key, words)
}

/** The regnal number or generational suffix that ends a name of two words or more ("XIV" of "Leo XIV", "Jr." of "Martin Luther King Jr."). */
function suffixOf(name: string): string | undefined {
  const last = name.slice(name.lastIndexOf(' ') + 1)
  return last !== name && isNameSuffix(last) ? last : undefined
}

/** The group of an organization or place named `name` (looked up by `key`, and by the expansion an acronym has in the text). */
function namedGroup(kind: Kind, key: string, name: string, aliases: ReadonlyMap<string, string>): Group {
  const expansion = aliases.get(key)
  const canonical = expansion === undefined ? key : lookupKey(expansion)
  const byCanonical = kind.byKey.get(canonical)
  const byKey = kind.byKey.get(key)
  const found = byCanonical && byKey ? (byCanonical.index < byKey.index ? byCanonical : byKey) : (byCanonical ?? byKey)
  const fullest = expansion ?? name
  const group = found ?? newGroup(kind, canonical, fullest)
  addKey(kind, group, key)
  addKey(kind, group, canonical)
  if (fullest.length > group.entity.name.length) group.entity.name = fullest
  return group
}

/** Do the words of `longer` end with those of `shorter` ("Mark Milley" / "Milley"; equal words too: "Leo" of "Leo XIV" and "Leo")? */
function endsWith(longer: readonly string[], shorter: readonly string[]): boolean {
  if (shorter.length === 0 || shorter.length > longer.length) return false
  const offset = longer.length - shorter.length
  return shorter.every((word, index) => word === longer[offset + index])
}

/**
 * "(Expansion)" or "(ACR)" right after a name. Made on first use and tried only where a
 * '(' is within the first four characters (as the pattern needs): compiling it is the
 * second costliest first run of a pattern in a cold `extractEntities`.
 */
const PARENTHESIZED_ALIAS = onFirstUse(() => RegExp(String.raw`^\s{0,3}\(\s{0,3}([\p{L}.&-]{2,40}(?: [\p{L}.&-]{1,40}){0,8})\s{0,3}\)`, 'u'))

/** Acronym → expansion, from "Expansion (ACR)" and "ACR (Expansion)" in the text. */
function acronymAliases(text: string, mentions: readonly NameMention[]): Map<string, string> {
  const aliases = new Map<string, string>()
  mentions.forEach((mention, index) => {
    if (mention.kind === 'person') return
    if (!text.slice(mention.end, mention.end + 4).includes('(')) return
    const after = PARENTHESIZED_ALIAS().exec(text.slice(mention.end, mention.end + 400))
    if (!after) return
    const name = normalizeName(text.slice(mention.start, mention.end))
    const inner = normalizeName(after[1] ?? '')
    const next = mentions[index + 1]
    const nextName = next ? normalizeName(text.slice(next.start, next.end)) : ''
    if (isAcronymOf(inner, name)) aliases.set(lookupKey(inner), name)
    else if (nextName === inner && isAcronymOf(name, inner)) aliases.set(lookupKey(name), inner)
  })
  return aliases
}

/**
 * Short forms of the text's organizations → their full names, where one organization of
 * the text has them: a team's plural nickname ("Warriors" → "Golden State Warriors") and a
 * company's first words before words that only say what it is ("Brightwater" →
 * "Brightwater Therapeutics, Inc.", "Harbor Lane" → "Harbor Lane Therapeutics, Inc.").
 */
function shortFormAliases(text: string, mentions: readonly NameMention[]): Map<string, string> {
  const owners = new Map<string, string | undefined>()
  const own = (short: string, name: string): void => {
    // Two organizations of one short form ("New York Rangers", "Texas Rangers"): neither takes it.
    // ("Harbor Lane Therapeutics" and "Harbor Lane Therapeutics, Inc." are one.)
    const owner = owners.get(short)
    owners.set(short, owners.has(short) && (owner === undefined || lookupKey(owner) !== lookupKey(name)) ? undefined : name)
  }
  for (const mention of mentions) {
    if (mention.kind !== 'organization') continue
    const name = normalizeName(text.slice(mention.start, mention.end))
    const words = lookupKey(name).split(' ')
    if (words.length < 2) continue
    const last = words[words.length - 1] as string
    if (hasNicknameShape(last)) own(last, name)
    const short = shortFormLength(words)
    if (short > 0) own(words.slice(0, short).join(' '), name)
  }
  const aliases = new Map<string, string>()
  for (const [short, name] of owners) if (name) aliases.set(short, name)
  return aliases
}

const ACRONYM_LETTERS = RegExp(String.raw`^\p{Lu}{2,10}$`, 'u')

/**
 * Is `short` the initials of the capitalized words of `long`?
 *
 * @example
 * ```ts
 * isAcronymOf('NATO', 'North Atlantic Treaty Organization') // true
 * ```
 */
export function isAcronymOf(short: string, long: string): boolean {
  const letters = short.replace(/[.&-]/g, '')
  if (!ACRONYM_LETTERS.test(letters) || long.split(' ').length < 2) return false
  const initials = long
    .split(/[\s-]+/)
    .filter((word) => STARTS_UPPER.test(word))
    .map((word) => word.charAt(0))
    .join('')
  return initials.toUpperCase() === letters.toUpperCase()
}
