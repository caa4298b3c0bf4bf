/**
 * Which entity a speaker phrase stands for. A phrase that holds a mention of a person,
 * organization or place names that entity (a person before an organization before a
 * place: "Matthew Ingram of The Globe and Mail" → Matthew Ingram, "Turkey's Defence
 * Ministry" → the ministry, "Kyiv" → Kyiv). Without a mention: "he" / "she" → the person
 * last named as a speaker or subject; "it" → the organization last named so; "the
 * minister" → the person last named with that title; "the ministry" → the organization
 * last named with that word; a bare name → the person whose name it ends, or the
 * organization whose initials it is. The discourse is read once, in order.
 *
 * @internal
 */
import {titleWords} from '../data/titles.js'
import {STARTS_UPPER} from '../internal/letter-patterns.js'
import {onFirstUse} from '../internal/on-first-use.js'

/**
 * What an entity mention is.
 *
 * @example
 * ```ts
 * const kind: EntityKind = 'person'
 * ```
 */
export type EntityKind = 'person' | 'organization' | 'place'

/**
 * An entity mention in a paragraph's text.
 *
 * @example
 * ```ts
 * const mention: LocalMention = {start: 0, end: 6, kind: 'person', name: 'Mark Milley'}
 * ```
 */
export interface LocalMention {
  start: number
  end: number
  kind: EntityKind
  /** The entity's fullest name. */
  name: string
  /** The entity's title, when the entity finder found one ("Foreign Minister"). */
  title?: string
}

/**
 * What the resolver remembers of the text read so far.
 *
 * @example
 * ```ts
 * const discourse: Discourse = newDiscourse(['Mark Milley'], ['Pentagon'])
 * ```
 */
export interface Discourse {
  lastPerson?: string
  lastOrganization?: string
  /** People with the title words seen next to them, most recent last. */
  titled: Array<{name: string; words: Set<string>}>
  /** Organizations by the words of their name, lower case. */
  organizationByWord: Map<string, string>
  /** Every person's name, for surnames; every organization's, for initials. */
  people: readonly string[]
  organizations: readonly string[]
  /** The same, indexed: people by each word of their name, organizations by name and by initials. */
  peopleByWord: ReadonlyMap<string, readonly string[]>
  /** People of several words by the first letter of their surname: `[surname, name]`. */
  surnamesByLetter: ReadonlyMap<string, ReadonlyArray<readonly [string, string]>>
  organizationSet: ReadonlySet<string>
  organizationByInitials: ReadonlyMap<string, string>
}

/**
 * A fresh discourse for one article.
 *
 * @example
 * ```ts
 * newDiscourse(['Mark Milley'], ['Pentagon']).lastPerson // undefined
 * ```
 */
export function newDiscourse(people: readonly string[], organizations: readonly string[]): Discourse {
  const peopleByWord = new Map<string, string[]>()
  const surnamesByLetter = new Map<string, Array<readonly [string, string]>>()
  for (const person of new Set(people)) {
    const words = person.split(' ')
    for (const word of new Set(words)) {
      const list = peopleByWord.get(word) ?? []
      list.push(person)
      peopleByWord.set(word, list)
    }
    const surname = words[words.length - 1] as string
    if (words.length > 1) {
      const bucket = surnamesByLetter.get(surname.charAt(0)) ?? []
      bucket.push([surname, person])
      surnamesByLetter.set(surname.charAt(0), bucket)
    }
  }
  const organizationByInitials = new Map<string, string>()
  for (const organization of organizations) {
    const letters = initials(organization)
    if (letters.length >= 2 && !organizationByInitials.has(letters)) organizationByInitials.set(letters, organization)
  }
  return {titled: [], organizationByWord: new Map(), people, organizations, peopleByWord, surnamesByLetter, organizationSet: new Set(organizations), organizationByInitials}
}

const lowerTitleWords = new Set([...titleWords].map((word) => word.toLowerCase()))
const roleWords = new Set([
  ...lowerTitleWords, 'spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'leader', 'chief', 'executive',
  'coach', 'manager', 'boss', 'captain', 'prosecutor', 'lawyer', 'attorney', 'judge', 'official', 'director',
  'chairman', 'president', 'governor', 'mayor', 'minister', 'ambassador', 'senator', 'editor', 'founder', 'owner',
  'striker', 'defender', 'councillor', 'councilwoman', 'councilman', 'curator', 'professor',
])
const kindRank: Record<EntityKind, number> = {person: 0, organization: 1, place: 2}

/**
 * The entity a phrase names through the mentions inside it.
 *
 * @example
 * ```ts
 * mentionIn([{start: 0, end: 6, kind: 'place', name: 'Turkey'}, {start: 9, end: 24, kind: 'organization', name: 'Defence Ministry'}], 0, 24)?.name
 * // 'Defence Ministry'
 * ```
 */
export function mentionIn(mentions: readonly LocalMention[], start: number, end: number): LocalMention | undefined {
  let best: LocalMention | undefined
  for (const mention of mentions) {
    if (mention.end <= start || mention.start >= end) continue
    if (!best || kindRank[mention.kind] < kindRank[best.kind] || (kindRank[mention.kind] === kindRank[best.kind] && mention.start > best.start)) best = mention
  }
  return best
}

/**
 * A speaker phrase to resolve: its words, and what form it has.
 *
 * @example
 * ```ts
 * const words: PhraseWords = {words: ['the', 'minister'], text: 'the minister', form: 'noun'}
 * ```
 */
export interface PhraseWords {
  /** Lower-case words of the phrase, determiner included. */
  words: readonly string[]
  /** The phrase as written, for a bare name. */
  text: string
  form: 'pronoun' | 'name' | 'noun'
}

/**
 * The name a speaker phrase resolves to from what was read before it, if any.
 * `inSentence` are the people named earlier in the phrase's own sentence.
 *
 * @example
 * ```ts
 * const discourse = newDiscourse(['Sophie Verbeek'], [])
 * observeTitle(discourse, 'Sophie Verbeek', ['finance', 'minister'])
 * resolveWords(discourse, {words: ['the', 'minister'], text: 'the minister', form: 'noun'}, []) // 'Sophie Verbeek'
 * ```
 */
export function resolveWords(discourse: Discourse, phrase: PhraseWords, inSentence: readonly string[]): string | undefined {
  const {words} = phrase
  if (phrase.form === 'pronoun') {
    const pronoun = words[0]
    if (pronoun === 'he' || pronoun === 'she') {
      const person = inSentence[0] ?? discourse.lastPerson
      return person === undefined ? undefined : fullestName(discourse, person)
    }
    if (pronoun === 'it') return discourse.lastOrganization
    return undefined
  }
  if (phrase.form === 'name') return resolveName(discourse, phrase.text)
  const content = words.filter((word) => !['the', 'a', 'an', 'its', 'his', 'her', 'their'].includes(word))
  const head = content[content.length - 1]
  if (!head || words[0] === 'a' || words[0] === 'an') return undefined
  if (roleWords.has(head)) {
    for (let index = discourse.titled.length - 1; index >= 0; index--) {
      const entry = discourse.titled[index] as {name: string; words: Set<string>}
      if (content.every((word) => entry.words.has(word))) return entry.name
    }
    for (let index = discourse.titled.length - 1; index >= 0; index--) {
      const entry = discourse.titled[index] as {name: string; words: Set<string>}
      if (entry.words.has(head)) return entry.name
    }
    return undefined
  }
  if (head === 'company' || head === 'firm' || head === 'group') return discourse.lastOrganization
  return discourse.organizationByWord.get(head)
}

const INITIALS = onFirstUse(() => RegExp(String.raw`^[\p{Lu}]{2,6}$`, 'u'))

/** A bare name: the person whose name ends with it, the organization it abbreviates, or itself. */
function resolveName(discourse: Discourse, text: string): string | undefined {
  const name = text.replace(/^(?:the|The) /, '').replace(/['’]s$/, '').trim()
  if (!name) return undefined
  const last = name.split(/\s+/).pop() as string
  const single = !name.includes(' ')
  const people = (discourse.peopleByWord.get(last) ?? []).filter((person) => person === name || (single && person.endsWith(` ${last}`)))
  if (people.length === 1) return people[0]
  if (INITIALS().test(name)) {
    const expanded = discourse.organizationByInitials.get(name)
    if (expanded) return expanded
  }
  if (single && people.length === 0) {
    const found = misspelledSurname(discourse, last)
    if (found) return found
  }
  return name.split(/\s+/).length <= 5 ? name : undefined
}

/**
 * The one person of several words whose surname a word misspells ("Water" for Kathryn
 * Waters, "Bauchtman" for Lydia Buchtmann), if exactly one; only the first 50 surnames
 * with its first letter are tried, so that the search stays bounded.
 */
function misspelledSurname(discourse: Discourse, word: string): string | undefined {
  if (word.length < 5) return undefined
  const bucket = discourse.surnamesByLetter.get(word.charAt(0)) ?? []
  let found: string | undefined
  for (let index = 0; index < bucket.length && index < 50; index++) {
    const [surname, person] = bucket[index] as readonly [string, string]
    if (Math.abs(surname.length - word.length) > 2 || !nearlyEqual(surname, word)) continue
    if (found !== undefined && found !== person) return undefined
    found = person
  }
  return found
}

/**
 * Whether two surnames differ by at most one edit (two for long names): a bounded
 * Levenshtein distance over short strings.
 */
function nearlyEqual(a: string, b: string): boolean {
  if (a === b) return false
  const limit = Math.min(a.length, b.length) >= 8 ? 2 : 1
  if (Math.abs(a.length - b.length) > limit || a.charAt(0) !== b.charAt(0)) return false
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost)
    }
    previous = current
  }
  return (previous[b.length] as number) <= limit
}

/**
 * The fullest person name for a one-word entity name: "Thomas" → "Thomas Sam" when one
 * other person's name begins or ends with it, or "Bauchtman" → "Lydia Buchtmann" when
 * it misspells one person's surname.
 *
 * @example
 * ```ts
 * fullestName(newDiscourse(['Thomas', 'Thomas Sam'], []), 'Thomas') // 'Thomas Sam'
 * ```
 */
export function fullestName(discourse: Discourse, name: string): string {
  if (name.includes(' ')) return name
  const longer = (discourse.peopleByWord.get(name) ?? []).filter((person) => person !== name && (person.startsWith(`${name} `) || person.endsWith(` ${name}`)))
  if (longer.length === 1) return longer[0] as string
  // A one-word name the entity finder kept apart because it is misspelled ("Ms Bauchtman").
  return longer.length === 0 ? (misspelledSurname(discourse, name) ?? name) : name
}

const initials = (name: string): string =>
  name
    .split(/[\s-]+/)
    .filter((word) => STARTS_UPPER.test(word))
    .map((word) => word.charAt(0))
    .join('')

/**
 * Remember that a person was named with these title words ("finance", "minister").
 *
 * @example
 * ```ts
 * const discourse = newDiscourse([], [])
 * observeTitle(discourse, 'Willem Smit', ['governor'])
 * discourse.titled.length // 1
 * ```
 */
export function observeTitle(discourse: Discourse, name: string, words: readonly string[]): void {
  const useful = words.filter((word) => roleWords.has(word) || /^[a-z]+$/.test(word))
  if (!useful.some((word) => roleWords.has(word))) return
  const existing = discourse.titled.findIndex((entry) => entry.name === name)
  const merged = new Set(useful)
  if (existing >= 0) {
    for (const word of (discourse.titled[existing] as {words: Set<string>}).words) merged.add(word)
    discourse.titled.splice(existing, 1)
  }
  discourse.titled.push({name, words: merged})
  if (discourse.titled.length > 50) discourse.titled.shift()
}

/**
 * Remember an organization mention (for "it", "the ministry").
 *
 * @example
 * ```ts
 * const discourse = newDiscourse([], [])
 * observeOrganization(discourse, 'Defence Ministry')
 * discourse.organizationByWord.get('ministry') // 'Defence Ministry'
 * ```
 */
export function observeOrganization(discourse: Discourse, name: string): void {
  discourse.lastOrganization = name
  for (const word of name.toLowerCase().split(/\s+/)) if (word.length > 2) discourse.organizationByWord.set(word, name)
}
