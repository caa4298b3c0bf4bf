/**
 * Mention clustering: group name mentions into entities, in order of first mention.
 * - people: a family name alone ("Milley", "Gen. Milley") joins the person whose full
 *   name ends with it ("Mark Milley"), the most recent one when several do; a full name
 *   that comes after its short form takes the short form's entity and names it;
 * - organizations and places: exact name, less a leading "the" ("the Pentagon" and
 *   "Pentagon"); an acronym joins its expansion when the text gives it, either way
 *   round: "North Atlantic Treaty Organization (NATO)", "NATO (North Atlantic …)".
 * The entity's name is its fullest form, whitespace-normalized; its title is the first
 * title seen with any mention.
 *
 * @internal
 */
import type {Entities, Entity} from '../types.js'
import type {NameKind, NameMention} from './names/index.js'

interface Group {
  entity: Entity
  words: string[]
  keys: Set<string>
}

/** Whitespace-normalized name, without a leading "the". */
const normalize = (surface: string): string => surface.replace(/\s+/g, ' ').trim().replace(/^the /i, '')

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
  const groups: Record<NameKind, Group[]> = {person: [], organization: [], place: []}
  for (const mention of ordered) {
    const surface = text.slice(mention.start, mention.end)
    const key = normalize(surface)
    const kindGroups = groups[mention.kind]
    const group =
      mention.kind === 'person' ? personGroup(kindGroups, key) : namedGroup(kindGroups, aliases.get(key) ?? key, key)
    if (mention.title && !group.entity.title) group.entity.title = mention.title
    group.entity.mentions.push({text: surface, span: {start: mention.start, end: mention.end}})
  }
  const entities = (list: Group[]): Entity[] => list.map((group) => group.entity)
  return {people: entities(groups.person), organizations: entities(groups.organization), places: entities(groups.place)}
}

function newGroup(groups: Group[], key: string): Group {
  const group: Group = {entity: {name: key, mentions: []}, words: key.split(' '), keys: new Set([key])}
  groups.push(group)
  return group
}

function personGroup(groups: Group[], key: string): Group {
  const same = groups.find((group) => group.keys.has(key))
  if (same) return same
  const words = key.split(' ')
  for (let index = groups.length - 1; index >= 0; index--) {
    const group = groups[index] as Group
    const shorter = words.length < group.words.length ? words : group.words
    const longer = words.length < group.words.length ? group.words : words
    if (!endsWith(longer, shorter)) continue
    group.keys.add(key)
    if (longer === words) {
      group.words = words
      group.entity.name = key
    }
    return group
  }
  return newGroup(groups, key)
}

function namedGroup(groups: Group[], canonical: string, key: string): Group {
  const group = groups.find((candidate) => candidate.keys.has(canonical) || candidate.keys.has(key)) ?? newGroup(groups, canonical)
  group.keys.add(key).add(canonical)
  if (canonical.length > group.entity.name.length) group.entity.name = canonical
  return group
}

/** Do the words of `longer` end with those of `shorter` ("Mark Milley" / "Milley")? */
function endsWith(longer: readonly string[], shorter: readonly string[]): boolean {
  if (shorter.length === 0 || shorter.length >= longer.length) return false
  const offset = longer.length - shorter.length
  return shorter.every((word, index) => word === longer[offset + index])
}

/** Acronym → expansion, from "Expansion (ACR)" and "ACR (Expansion)" in the text. */
function acronymAliases(text: string, mentions: readonly NameMention[]): Map<string, string> {
  const aliases = new Map<string, string>()
  mentions.forEach((mention, index) => {
    if (mention.kind === 'person') return
    const after = /^\s{0,3}\(\s{0,3}([\p{L}.&-]{2,40}(?: [\p{L}.&-]{1,40}){0,8})\s{0,3}\)/u.exec(text.slice(mention.end, mention.end + 400))
    if (!after) return
    const name = normalize(text.slice(mention.start, mention.end))
    const inner = normalize(after[1] ?? '')
    const next = mentions[index + 1]
    const nextName = next ? normalize(text.slice(next.start, next.end)) : ''
    if (isAcronymOf(inner, name)) aliases.set(inner, name)
    else if (nextName === inner && isAcronymOf(name, inner)) aliases.set(name, inner)
  })
  return aliases
}

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
  if (!/^\p{Lu}{2,10}$/u.test(letters) || long.split(' ').length < 2) return false
  const initials = long
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word.charAt(0))
    .join('')
  return initials.toUpperCase() === letters.toUpperCase()
}
