/**
 * Whether a name an article gives as its author (a byline's author, an author page's
 * name) is an outlet — a news agency, a bureau, a name in capitals — rather than a
 * person. Bylines and author references decide it with this one predicate.
 *
 * @internal
 */
import {newsAgencies} from '../data/news-agencies.js'
import {organizationHeads} from '../data/org-words.js'
import {onFirstUse} from '../internal/on-first-use.js'

/** A short name in capitals ("AFP", "AP", "WTOP-TV", "IANS"). */
const NAME_IN_CAPITALS = onFirstUse(() => RegExp(String.raw`^[\p{Lu}\d&.-]{2,10}$`, 'u'))

const agencyNames: ReadonlySet<string> = new Set(newsAgencies.map((agency) => agency.name.toLowerCase()))

/**
 * The organization an author `name` stands for, or `undefined` for a person: a name in
 * capitals as the text writes it (`asWritten`, kept in capitals), a news agency
 * ("Associated Press", "Reuters") or a name ending in an organization's head word
 * ("Washington Bureau") or one with "of" in it ("University of Alaska Fairbanks").
 *
 * @example
 * ```ts
 * outletName('Ians', 'IANS') // 'IANS'
 * outletName('Reuters') // 'Reuters'
 * outletName('The Canadian Press') // 'The Canadian Press'
 * outletName('University of Alaska Fairbanks') // 'University of Alaska Fairbanks'
 * outletName('Jane Doe') // undefined
 * ```
 */
export function outletName(name: string, asWritten: string = name): string | undefined {
  if (NAME_IN_CAPITALS().test(asWritten)) return asWritten
  if (NAME_IN_CAPITALS().test(name)) return name
  const words = name.replace(/^the\s+/i, '').split(/\s+/)
  // "University of Alaska Fairbanks": a byline's name with "of" in it is an institution.
  return agencyNames.has(words.join(' ').toLowerCase()) || organizationHeads.has(words[words.length - 1] ?? '') || words.includes('of') ? name : undefined
}
