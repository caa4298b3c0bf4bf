/**
 * Acronyms the tagger left untagged ("FOMC", "U.N.", "OSCE") are organizations, unless
 * the gazetteer knows them as places ("UK") or they are common abbreviations ("TV").
 *
 * @internal
 */
import {titleWords} from '../../data/titles.js'
import {isAllCaps} from './features.js'
import {gazetteerLabels} from './gazetteer.js'
import type {WordRange} from './word-ranges.js'
import type {TaggerWord} from './tagger-words.js'

/** Capitals that are not organizations. Hand-written. */
const notOrganizations: ReadonlySet<string> = new Set([
  'TV', 'AM', 'PM', 'GMT', 'UTC', 'EST', 'EDT', 'PST', 'CET', 'OK', 'ID', 'PC', 'DJ', 'MP', 'MPS', 'CD', 'DVD',
  'GDP', 'GNP', 'CPI', 'VAT', 'PR', 'HIV', 'AIDS', 'COVID', 'DNA', 'USD', 'EUR', 'GBP', 'JPY', 'II', 'III', 'IV',
  'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'AD', 'BC', 'CEO', 'CFO', 'COO', 'IPO', 'FM', 'KM', 'KG', 'MW', 'RPM',
  'URL', 'PDF', 'PS', 'NB', 'AKA', 'FAQ', 'ET', 'PT', 'CT', 'MT', 'BST', 'I', 'A',
])

const acronym = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4})$/u

/**
 * Organization ranges for untagged acronyms of a sentence.
 *
 * @example
 * ```ts
 * // "The FOMC met ." with nothing tagged → [{type: 'ORG', first: 1, last: 2, …}]
 * ```
 */
export function acronymRanges(words: readonly TaggerWord[], sentence: number, covered: Uint8Array): WordRange[] {
  const texts = words.map((word) => word.text)
  if (isAllCaps(texts) || !texts.some((text) => /^\p{Ll}/u.test(text))) return []
  // Gazetteer labels are looked up only for a sentence that has an acronym to check.
  let labels: string[][] | undefined
  const ranges: WordRange[] = []
  texts.forEach((text, index) => {
    if (covered[index] || !acronym.test(text) || notOrganizations.has(text.replace(/\./g, ''))) return
    labels ??= gazetteerLabels(texts.map((word) => word.toLowerCase()))
    if (titleWords.has(text) || (labels[index] ?? []).some((label) => label.startsWith('place'))) return
    if ((words[index] as TaggerWord).blocked) return
    ranges.push({type: 'ORG', sentence, first: index, last: index + 1})
  })
  return ranges
}
