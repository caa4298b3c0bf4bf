/**
 * Rule: a byline near the top of an article — "By Jane Doe and John Roe",
 * "By JILL LAWLESS, The Associated Press", "Jane Doe | Reuters", "Jane Doe, Reuters",
 * "Written by: Jane Doe" — with the author names taken out of it.
 *
 * @internal
 */
import {agencyNames, agencyPattern} from '../../data/news-agencies.js'
import {countWords, endsSentence} from '../text-shape.js'
import {titleCase} from '../../internal/title-case.js'
import {onFirstUse} from '../../internal/on-first-use.js'
import {gazetteerLists, type WordList} from '../../internal/gazetteers.js'
import {isStampLine} from './stamp.js'

const outlets = new Set(
  [
    'reuters', 'ap', 'associated press', 'the associated press', 'afp', 'agence france-presse', 'agence france presse',
    'bloomberg', 'bloomberg news', 'dpa', 'efe', 'ansa', 'xinhua', 'tass', 'interfax', 'upi', 'pa', 'press association',
    'cnn', 'bbc', 'bbc news', 'staff', 'staff writer', 'staff reporter', 'staff reporters', 'our staff reporters',
    'correspondent', 'reporter', 'editor', 'contributor', 'columnist', 'contributing writer', 'guest columnist', 'the moscow times', 'the guardian', 'the new york times', 'the washington post',
  ].map((item) => item.toLowerCase()),
)

/** Jobs a byline names after the writer ("AP Technology Writer", "Brussels correspondent"). */
const roleNouns = ['Writer', 'Correspondent', 'Reporter', 'Editor', 'Columnist', 'Contributor', 'Photographer', 'Producer']
const roleWords = new Set(roleNouns.flatMap((word) => [word, `${word}s`]))
const roleModifiers = new Set([...agencyNames('byline-role'), 'Associated', 'Press', 'Senior', 'Chief', 'Political', 'Foreign', 'Technology', 'Business', 'Sport', 'Sports', 'Staff', 'Special', 'Science', 'Health', 'Opinion', 'Guest', 'Contributing', 'Freelance', 'Our'])

/** The names part of a byline without a job title after them ("… AP Technology Writer"). */
function withoutRole(body: string): string {
  const words = body.split(' ')
  const role = words.findIndex((word) => roleWords.has(word.replace(/[,;.]$/u, '')))
  if (role < 1) return body
  let start = role
  // (The job may be all there is: "By Our Staff Reporter", "By Special Correspondent" name no one.)
  while (start > 0 && roleModifiers.has(words[start - 1] as string) && role - start < 3) start--
  // After a comma, up to two words before the job are the outlet's ("Dana Whitfield, WRAL Reporter").
  for (let comma = start - 1; comma >= Math.max(1, start - 2); comma--) {
    if ((words[comma - 1] as string).endsWith(',')) return words.slice(0, comma).join(' ')
  }
  return words.slice(0, start).join(' ')
}

/** An outlet written after the names without a comma ("By JILL LAWLESS Associated Press"). */
const outletSuffix = new RegExp(String.raw`\s${agencyPattern('byline-outlet')}$`, 'u')

const name = onFirstUse(() => RegExp(String.raw`^[\p{Lu}][\p{L}'’.-]{0,30}(?:\s(?:[\p{Lu}][\p{L}'’.-]{0,30}|van|von|de|da|del|der|bin|al|la|le|of(?= \p{Lu}))){0,4}$`, 'u'))

/** A job title of a few words ending in a role noun ("Brussels correspondent", "bureau chief"). */
const ROLE_PART = new RegExp(String.raw`^(?:[\w'’.-]{1,30} ){0,3}(?:${[...roleNouns, 'Chief', 'Analyst', 'Critic'].join('|')})s?$`, 'iu')

/** A freelance writer's outlet ("Special to The Washington Post", "Special to CNN"). */
const SPECIAL_TO = /^special to (?:the )?[A-Z][\w.&'’ -]{1,60}$/iu

/** Names, then " in " and a place of one to three capitalized words. */
const FILED_FROM = onFirstUse(() => RegExp(String.raw`^([^,|]{3,80}?) in (\p{Lu}[\p{L}'’.-]{1,30}(?: \p{Lu}[\p{L}'’.-]{1,30}){0,2})(?: and agencies)?$`, 'u'))

const CAPITALIZED_WORDS_LINE = onFirstUse(() => RegExp(String.raw`^[\p{Lu}][\p{L}.&'’-]*(?:\s[\p{Lu}][\p{L}.&'’-]*){0,5}$`, 'u'))

/**
 * The second line of a two-line byline: the author's outlet or job ("Boston Globe Staff",
 * "Associated Press Writers", "The Associated Press").
 *
 * @example
 * ```ts
 * isAffiliationLine('Boston Globe Staff') // true
 * isAffiliationLine('The council met on Tuesday.') // false
 * ```
 */
export function isAffiliationLine(line: string): boolean {
  if (countWords(line) > 6 || endsSentence(line)) return false
  if (outlets.has(line.toLowerCase())) return true
  return CAPITALIZED_WORDS_LINE().test(line) && /\b(?:Staff|Writers?|Correspondents?|Reporters?|Editors?|Press|News|Newspapers|Times|Post|Globe|Herald|Journal|Tribune|Service|Agency|Bureau)\b/u.test(line)
}

/**
 * A byline: its length inside the line and the authors it names.
 *
 * @example
 * ```ts
 * parseByline('By Adrian Shaw 18/01/2008') // {end: 14, authors: ['Adrian Shaw']}
 * ```
 */
export interface BylineMatch {
  /** End of the byline inside the line (a date after it is not part of it). */
  end: number
  authors: string[]
}

/**
 * Parse a byline line, or return undefined when the line is not one.
 *
 * @example
 * ```ts
 * parseByline('By Jane Doe and John Roe')?.authors // ['Jane Doe', 'John Roe']
 * parseByline('By JILL LAWLESS, The Associated Press')?.authors // ['Jill Lawless']
 * parseByline('Jane Doe | Reuters')?.authors // ['Jane Doe']
 * parseByline('Fiona Harvey Environment editor')?.authors // ['Fiona Harvey']
 * parseByline('By the end of the day, it was over.') // undefined
 * ```
 */
export function parseByline(line: string): BylineMatch | undefined {
  if (line.length > 200 || countWords(line) > 16) return undefined
  // (A live page's "From Catarina Lopes in Lisbon and agencies" is one only with the place the writer files from.)
  const from = /^From /u.exec(line)
  const labelled = /^(?:(?:written |reported |words |text |story |interview |interviewed )?by|as told to|author|authors|words|(?:posted|published|written)\s(?:on\s[^|:]{4,40}?\s)?by)\s?:?\s/iu.exec(line) ?? from
  let body = labelled ? line.slice(labelled[0].length) : line
  // A date or time after the names ("By Adrian Shaw 18/01/2008", "by X, Friday, Dec 28") is not part of them.
  const date = /(?:,\s?|\s)(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:\d{1,2}\s)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s\d{1,4}\b|\d{1,2}:\d{2}|updated|published)/iu.exec(body)
  // (and so is the dash before it: "by Jon Brodkin - Nov 29, 2026").
  if (date) body = body.slice(0, date.index).replace(/ [-–—|]$/u, '')
  // "By Daniel Dombey in Washington": the names, then where the writer files from. (Unlabelled, the form
  // reads menus as bylines: "The Star in Education", "Sony Open in Hawaii".)
  const filed = labelled ? FILED_FROM().exec(body) : null
  const end = (labelled ? labelled[0].length : 0) + body.length
  if (filed) body = filed[1] as string
  else if (from) return undefined
  if (!labelled && !/[|,]/u.test(body)) return nameBeforeRole(line)
  if (!labelled && endsSentence(body)) return undefined
  const names = withoutRole(body)
  const parts = names
    .replace(outletSuffix, '')
    .replace(/\([^()]{0,60}\)/gu, '')
    .split(/\s?[|,;&]\s?|\s(?:and|AND|with)\s/u)
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
  const authors: string[] = []
  // An outlet or a job title ("Jane Doe, Staff Writer") after the names makes an unlabelled line a byline.
  let outletsSeen = outletSuffix.test(names) || names !== body ? 1 : 0
  for (const [at, part] of parts.entries()) {
    // (One word after the names is the outlet: "BY LUIS ORTEGA, CALMATTERS", "By Laura Clout and agencies"; not "the" of a wrapped line.)
    if (isOutletPart(part) || (labelled && at > 0 && authors.length > 0 && ONE_OUTLET_WORD().test(part))) {
      outletsSeen++
      continue
    }
    // A job after a comma ("Brussels correspondent", "Washington bureau chief") names no one; nor does the writer's
    // institution ("by Laura Hennessy, University of Bergen").
    if (ROLE_PART.test(part) || SPECIAL_TO.test(part)) {
      outletsSeen++
      continue
    }
    // (An institution makes an unlabelled line no byline: "Associate Professor of Urban Climate, University of Toronto".)
    if (INSTITUTION.test(part)) {
      if (labelled) outletsSeen++
      continue
    }
    if (!name().test(part)) return undefined
    authors.push(upperToTitleCase(part))
  }
  if (authors.length === 0 && !(labelled && outletsSeen > 0)) return undefined
  if (!labelled && outletsSeen === 0) return undefined
  if ((!labelled || from) && authors.some((author) => author.split(' ').length < 2)) return undefined
  return {end: trimEnd(line, end), authors: authors.length > 0 ? authors : parts.filter((part) => isOutletPart(part) || INSTITUTION.test(part))}
}

/**
 * Whether `text` is a byline that opens with "By" ("By Patrick Finley"): the writer's line that opens a story.
 *
 * @example
 * ```ts
 * isByLine('By Patrick Finley') // true
 * isByLine('By the end of the day, it was over.') // false
 * ```
 */
export function isByLine(text: string): boolean {
  return /^by\s/iu.test(text) && parseByline(text) !== undefined
}

/** A university, institute or the like, named in a byline after the writer. */
const INSTITUTION = /\b(?:University|College|Institute|Academy|Laboratory|Observatory|Hospital|Foundation|School of)\b/u

/** One word after a byline's names that is its outlet, not a name: a capital's, or "agencies". */
const ONE_OUTLET_WORD = onFirstUse(() => RegExp(String.raw`^(?:\p{Lu}\S+|agencies)$`, 'u'))

/** A known outlet, or a part opening with "The": an outlet or a place ("By Mariam Nour | The Hague"), never a writer. */
const isOutletPart = (part: string): boolean => outlets.has(part.toLowerCase()) || part.startsWith('The ')

const NAME_THEN_JOB = onFirstUse(() => RegExp(String.raw`^(\S+ \S+) (\S.* \p{Ll}+)$`, 'u'))

/** "Fiona Harvey Environment editor": a two-word name and the writer's job in lower case on one line (The Guardian's bylines). */
function nameBeforeRole(line: string): BylineMatch | undefined {
  const split = NAME_THEN_JOB().exec(line)
  const match = split ? nameOverRole(split[1] as string, split[2] as string) : undefined
  return match && {end: line.length, authors: match.authors}
}

function trimEnd(line: string, end: number): number {
  let index = end
  while (index > 0 && /[\s,;|]/u.test(line.charAt(index - 1))) index--
  return index
}

/** "JILL LAWLESS" → "Jill Lawless"; mixed case is kept as written. */
function upperToTitleCase(name: string): string {
  return name === name.toUpperCase() ? titleCase(name) : name
}

/**
 * A byline of two lines without "By": the writer's name alone over their job
 * ("Tom Edgington" / "Transport correspondent", "Jane Doe" / "Staff Writer").
 *
 * @example
 * ```ts
 * nameOverRole('Tom Edgington', 'Transport correspondent')?.authors // ['Tom Edgington']
 * nameOverRole('Tom Edgington', 'The strike begins on Monday.') // undefined
 * ```
 */
export function nameOverRole(nameLine: string, roleLine: string): BylineMatch | undefined {
  const words = countWords(nameLine)
  if (words < 2 || words > 4 || !name().test(nameLine) || isAffiliationLine(nameLine)) return undefined
  // A job of two to five words in the singular ("Transport correspondent"; a menu's "Columnists" or
  // "Letters to the Editor" is no job).
  const jobWords = countWords(roleLine)
  if (jobWords < 2 || jobWords > 5 || !ROLE_PART.test(roleLine) || /s$|\b(?:to|the|of|and|for)\b/iu.test(roleLine)) return undefined
  return {end: nameLine.length, authors: [upperToTitleCase(nameLine)]}
}

const GIVEN_NAMES = (): WordList => gazetteerLists().firstNames
const COMPANY_WORDS = (): WordList => gazetteerLists().companyWords
const FAMILY_NAMES = (): WordList => gazetteerLists().lastNames
/** A name's word: letters, maybe an apostrophe or hyphen ("O'Neill", "MacInnes"), no full stops. */
const NAME_WORD = onFirstUse(() => RegExp(String.raw`^\p{Lu}[\p{L}'’-]*\p{Ll}$`, 'u'))

/** Whether every word is a name's word ("Mary Ann Smith", not "Storm hits coast"). */
const allNameWords = (words: readonly string[]): boolean => words.every((word) => NAME_WORD().test(word))

/** A social-media handle on a line of its own ("@KIFLESWING"). */
export const SOCIAL_HANDLE = /^@\w{2,30}$/u

/**
 * A byline of two lines without "By", as newsletters and blogs print it: the writer's name alone
 * over the date ("Claudia Ruiz" / "Nov 30, 2026"; "Sam Jones in Madrid" / "Wed 29 Jul 2026 18.02 BST") or their handle ("Kif Leswing" / "@KIFLESWING"). The name's first word must be a known given
 * name of three letters or more (and so must a middle name be), and its last word no word of company
 * names that is no family name ("Smith" is both), so that a short title ("Storm Hits Coast"), a team
 * ("Adelaide United") or a menu item ("My Portfolio") over a date is none.
 *
 * @example
 * ```ts
 * nameOverStamp('Claudia Ruiz', 'Nov 30, 2026')?.authors // ['Claudia Ruiz']
 * nameOverStamp('Kif Leswing', '@KIFLESWING')?.authors // ['Kif Leswing']
 * nameOverStamp('Sam Jones in Madrid', 'Wed 30 Jul 2026 18.02 BST')?.authors // ['Sam Jones']
 * nameOverStamp('Storm Hits Coast', 'Nov 30, 2026') // undefined
 * ```
 */
export function nameOverStamp(nameLine: string, stampLine: string): BylineMatch | undefined {
  if (!(isStampLine(stampLine) || SOCIAL_HANDLE.test(stampLine))) return undefined
  // The names may say where the writers file from, as The Guardian prints them: "Sam Jones in Madrid", "Julian
  // Borger and Emma Graham-Harrison in Washington".
  const authors = (FILED_FROM().exec(nameLine)?.[1] ?? nameLine).split(' and ')
  return authors.length <= 3 && authors.every(isPersonName) ? {end: nameLine.length, authors} : undefined
}

/**
 * Whether `text` is a person's name of two or three words: its first word a known given name of three letters or
 * more (and so its middle one), its last no word of company names that is no family name ("Smith" is both).
 */
function isPersonName(text: string): boolean {
  const words = text.split(' ')
  if (words.length < 2 || words.length > 3 || !allNameWords(words) || isAffiliationLine(text)) return false
  const given = (words[0] as string).toLowerCase()
  const family = (words.at(-1) as string).toLowerCase()
  if (given.length < 3 || !GIVEN_NAMES().has(given) || (COMPANY_WORDS().has(family) && !FAMILY_NAMES().has(family))) return false
  // Of three words, the middle one is a given name too ("Mary Ann Smith"; not "Storm Hits Coast").
  return words.length === 2 || GIVEN_NAMES().has((words[1] as string).toLowerCase())
}

/** The heading of a list of writers, each name over their job: "Authors" (The Conversation), "Contributors". */
const AUTHORS_HEADING = /^(?:authors?|contributors?)$/iu

/**
 * Whether `line` is the heading of a list of writers.
 *
 * @example
 * ```ts
 * isAuthorsHeading('Authors') // true
 * ```
 */
export const isAuthorsHeading = (line: string): boolean => AUTHORS_HEADING.test(line)

/** Most words of a job line under a writer's name in such a list. */
const jobWords = 14

/**
 * The writers listed under an "Authors" heading, each name on its own line with their job on the line under it
 * ("Authors" / "Priya Raman" / "Associate Professor of Urban Climate, University of Toronto" / "Daniel Okafor" / …):
 * how many of `lines` (the heading first) the list takes, and the names.
 *
 * @example
 * ```ts
 * authorsUnderHeading(['Authors', 'Priya Raman', 'Associate Professor, University of Toronto', 'Our team placed …'])
 * // {count: 3, authors: ['Priya Raman']}
 * ```
 */
export function authorsUnderHeading(lines: readonly string[]): {count: number; authors: string[]} | undefined {
  if (!isAuthorsHeading(lines[0] ?? '')) return undefined
  const authors: string[] = []
  let at = 1
  while (at < lines.length) {
    const line = lines[at] as string
    const words = line.split(' ')
    if (words.length < 2 || words.length > 4 || !allNameWords(words) || INSTITUTION.test(line)) break
    authors.push(upperToTitleCase(line))
    at++
    const job = lines[at]
    if (job !== undefined && countWords(job) <= jobWords && !endsSentence(job) && !(name().test(job) && countWords(job) <= 4)) at++
  }
  return authors.length > 0 ? {count: at, authors} : undefined
}
