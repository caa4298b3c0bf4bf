/**
 * The `lists` feature family: membership of a word in lists that already ship for the
 * rules after the tagger, as tagger features — month and weekday names (`date`), heads of
 * event and award names (`event`), institutions named by their place (`inst`), news
 * agencies (`agency`), speech verbs (`speech`). A word gives its labels to itself
 * (`m=`), to the word after it (`m-1=`) and to the word before it (`m+1=`). They read the
 * word alone, so the tagger makes them once per word type (./word-scores.ts).
 *
 * @internal
 */
import {months, weekdays} from '../../data/date-words.js'
import {eventHeads, institutions} from '../../data/institutions.js'
import {newsAgencies} from '../../data/news-agencies.js'
import {speechVerbs} from '../../data/speech-cues.js'
import {hashFeature} from './features.js'

const agencies: ReadonlySet<string> = new Set(newsAgencies.map((agency) => agency.name).filter((name) => !name.includes(' ')))

/** The list labels of a word (as written, digits normalized). */
function listLabels(word: string): string[] {
  const low = word.toLowerCase()
  const labels: string[] = []
  if (months.has(low) || weekdays.has(low)) labels.push('date')
  if (eventHeads.has(word)) labels.push('event')
  if (institutions.has(word)) labels.push('inst')
  if (agencies.has(word)) labels.push('agency')
  if (speechVerbs.has(low)) labels.push('speech')
  return labels
}

const prefixes = ['m=', 'm-1=', 'm+1=']
const ids = new Map<string, number>()

/**
 * The ids of the `lists` features a word gives the token at `roleOffsets[role]` from it
 * (./features.ts): role 0 the token itself, 1 the word before it, 2 the word after it.
 *
 * @example
 * ```ts
 * const out: number[] = []
 * listRoleIds('December', 0, out)
 * out.length // 1
 * ```
 */
export function listRoleIds(word: string, role: number, out: number[]): void {
  const prefix = prefixes[role]
  if (prefix === undefined) return
  for (const label of listLabels(word)) {
    const feature = prefix + label
    let id = ids.get(feature)
    if (id === undefined) ids.set(feature, (id = hashFeature(feature)))
    out.push(id)
  }
}
