/**
 * Entities from the parts around the body: the authors a byline names are people (or
 * organizations, when the "author" is an agency or a bureau), the
 * place a dateline names is a place, and the names of the article's entities that its
 * headline and dek repeat are mentions there. The tagger does not read these parts (a
 * title-case headline or a dateline in capitals is not running text), so only what the
 * part itself states, or a name the body already established, becomes a mention. Every
 * mention is a slice of the input; entities come out in order of their first mention.
 *
 * @internal
 */
import type {Entities, Entity, Mention, Segments, Span} from '../types.js'
import {outletName} from './outlet-name.js'
import {normalizeName} from '../entities/cluster.js'
import {HAS_LETTER_OR_DIGIT, HAS_LOWER} from '../internal/letter-patterns.js'
import {onFirstUse} from '../internal/on-first-use.js'

type NameLists = Pick<Entities, 'people' | 'organizations' | 'places'>

/**
 * Add the byline's authors (people), the dateline's place and the headline's and dek's
 * repeats of known names to `entities`. A name already there gets the mention (names
 * compared without case); otherwise a new entity is made. Lists are then ordered by
 * first mention.
 *
 * @example
 * ```ts
 * const input = 'Milley Warns Minsk\n\nBy Jane Doe\n\nMINSK (Reuters) - Mark Milley spoke. Milley left.'
 * const found = {people: [{name: 'Mark Milley', mentions: [{text: 'Mark Milley', span: {start: 51, end: 62}}, {text: 'Milley', span: {start: 70, end: 76}}]}], organizations: [], places: [], dates: [], amounts: []}
 * const segments = {
 *   headline: {text: 'Milley Warns Minsk', span: {start: 0, end: 18}},
 *   byline: {text: 'By Jane Doe', authors: ['Jane Doe'], span: {start: 20, end: 31}},
 *   dateline: {text: 'MINSK (Reuters) -', place: 'Minsk', span: {start: 33, end: 50}},
 *   captions: [], body: [], notes: [], references: [],
 * }
 * const entities = addPartEntities(input, segments, found)
 * entities.people.map((person) => person.name) // ['Mark Milley', 'Jane Doe']
 * entities.places[0]?.mentions.map((mention) => mention.text) // ['MINSK']
 * ```
 */
export function addPartEntities<E extends NameLists>(input: string, segments: Segments, entities: E): E {
  let {people, organizations, places} = entities
  // Known names first: the headline may only repeat what the body established.
  const headlineSpans = [segments.headline?.span, segments.headline?.dek?.span].filter((span) => span !== undefined)
  const lists = {people, organizations, places}
  for (const [key, entity, span] of repeatedNames(input, headlineSpans, lists)) {
    lists[key] = withMention(lists[key], entity.name, {text: input.slice(span.start, span.end), span})
  }
  ;({people, organizations, places} = lists)
  const byline = segments.byline
  for (const author of byline?.authors ?? []) {
    const span = byline ? findWithin(input, byline.span, author) : undefined
    if (!span) continue
    const mention = {text: input.slice(span.start, span.end), span}
    // An acronym keeps its capitals ("IANS", which the byline title-cases as "Ians").
    const outlet = outletName(author, mention.text)
    if (outlet) organizations = withMention(organizations, outlet, mention)
    else people = withMention(joinFamilyName(people, author), author, mention)
  }
  const dateline = segments.dateline
  // A story filed from two places ("HOUSTON/SINGAPORE, Jan 12 (Reuters) -") names each.
  for (const place of dateline?.place?.split('/') ?? []) {
    const placeSpan = dateline ? findWithin(input, dateline.span, place) : undefined
    if (placeSpan) places = withMention(places, place, {text: input.slice(placeSpan.start, placeSpan.end), span: placeSpan})
  }
  return {...entities, people: byFirstMention(people), organizations: byFirstMention(organizations), places: byFirstMention(places)}
}

/**
 * Add `mention` to the entity called `name` (case-insensitive), or to a new one at the
 * end; an entity's mentions stay in input order.
 *
 * @example
 * ```ts
 * withMention([], 'AFP', {text: 'afp', span: {start: 4, end: 7}}) // [{name: 'AFP', mentions: [{text: 'afp', span: {start: 4, end: 7}}]}]
 * ```
 */
export function withMention(list: readonly Entity[], name: string, mention: Mention): Entity[] {
  const key = name.toLowerCase()
  const index = list.findIndex((entity) => entity.name.toLowerCase() === key)
  if (index < 0) return [...list, {name, mentions: [mention]}]
  const entity = list[index] as Entity
  if (entity.mentions.some((known) => known.span.start === mention.span.start && known.span.end === mention.span.end)) return [...list]
  const mentions = [...entity.mentions, mention].sort((a, b) => a.span.start - b.span.start)
  return list.map((item, position) => (position === index ? {...entity, mentions} : item))
}

/**
 * The people with the one whose name is the last words of `author` ("Weber", for the byline's
 * "Paul J. Weber") named `author`, so that the byline's mention joins it, as mentions in the text do.
 *
 * @example
 * ```ts
 * joinFamilyName([{name: 'Weber', mentions: []}], 'Paul J. Weber') // [{name: 'Paul J. Weber', mentions: []}]
 * ```
 */
export function joinFamilyName(people: readonly Entity[], author: string): Entity[] {
  const words = author.toLowerCase().split(' ')
  const endsAuthor = (entity: Entity): boolean => {
    const own = entity.name.toLowerCase().split(' ')
    return own.length < words.length && own.every((word, at) => word === words[words.length - own.length + at])
  }
  if (people.some((entity) => entity.name.toLowerCase() === author.toLowerCase())) return [...people]
  const matches = people.filter(endsAuthor)
  if (matches.length !== 1) return [...people]
  return people.map((entity) => (entity === matches[0] ? {...entity, name: author} : entity))
}

/** Entities in order of their first mention (a stable sort: ties keep their order). */
function byFirstMention(list: readonly Entity[]): Entity[] {
  const first = (entity: Entity): number => entity.mentions[0]?.span.start ?? Infinity
  return [...list].sort((a, b) => first(a) - first(b))
}

/** Where `name` stands inside `span` of the input: as written, else without regard to case. */
function findWithin(input: string, span: Span, name: string): Span | undefined {
  const part = input.slice(span.start, span.end)
  let at = wordAt(part, name, part.indexOf(name))
  if (at < 0) at = wordAt(part, name, part.toLowerCase().indexOf(name.toLowerCase()))
  return at < 0 ? undefined : {start: span.start + at, end: span.start + at + name.length}
}

/** `at` when the text there is a whole word sequence (no letter or digit glued on either side), else -1. */
function wordAt(part: string, name: string, at: number): number {
  if (at < 0) return -1
  const before = part.charAt(at - 1)
  const after = part.charAt(at + name.length)
  return (before && HAS_LETTER_OR_DIGIT.test(before)) || (after && HAS_LETTER_OR_DIGIT.test(after)) ? -1 : at
}

type ListKey = keyof NameLists

const TWO_LETTERS = onFirstUse(() => RegExp(String.raw`\p{L}[^\p{L}]{0,3}\p{L}`, 'u'))

/**
 * The known names the parts at `spans` (headline, dek) repeat: each entity's name and
 * the forms its mentions take, matched as whole words — as written, or in capitals in a
 * part with no lower-case letter. Longest forms first; no overlaps.
 */
function repeatedNames(input: string, spans: readonly Span[], lists: NameLists): Array<[ListKey, Entity, Span]> {
  const forms: Array<[string, ListKey, Entity]> = []
  for (const key of ['people', 'organizations', 'places'] as const) {
    for (const entity of lists[key]) {
      const seen = new Set<string>()
      for (const surface of [entity.name, ...entity.mentions.map((mention) => mention.text)]) {
        const form = normalizeName(surface)
        // A form is a name only with two letters or more ("U.S.", "AP", not "J.").
        if (!TWO_LETTERS().test(form) || seen.has(form)) continue
        seen.add(form)
        forms.push([form, key, entity])
      }
    }
  }
  forms.sort((a, b) => b[0].length - a[0].length)
  const found: Array<[ListKey, Entity, Span]> = []
  for (const span of spans) {
    const part = input.slice(span.start, span.end)
    const inCapitals = !HAS_LOWER.test(part)
    const taken: Span[] = []
    for (const [written, key, entity] of forms) {
      const form = inCapitals ? written.toUpperCase() : written
      for (let at = part.indexOf(form); at >= 0; at = part.indexOf(form, at + 1)) {
        if (wordAt(part, form, at) < 0) continue
        const start = span.start + at
        const end = start + form.length
        if (taken.some((other) => start < other.end && other.start < end)) continue
        taken.push({start, end})
        found.push([key, entity, {start, end}])
      }
    }
  }
  return found
}
