/**
 * Acronyms the tagger left untagged ("FOMC", "U.N.", "OSCE") are organizations, unless
 * the gazetteer knows them as places ("UK") or they are common abbreviations ("TV");
 * they are kept only where the document spells them out (keepSpelledOutAcronyms).
 *
 * @internal
 */
import {titleWords} from '../../data/titles.js'
import {isAllCaps} from './features.js'
import {gazetteerLabels} from './gazetteer.js'
import type {WordRange} from './word-ranges.js'
import type {TaggerWord} from './tagger-words.js'
import {STARTS_LOWER, STARTS_UPPER} from '../../internal/letter-patterns.js'

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
  if (isAllCaps(texts) || !texts.some((text) => STARTS_LOWER.test(text))) return []
  // Gazetteer labels are looked up only for a sentence that has an acronym to check.
  let labels: string[][] | undefined
  const ranges: WordRange[] = []
  texts.forEach((text, index) => {
    if (covered[index] || !acronym.test(text) || notOrganizations.has(text.replace(/\./g, ''))) return
    labels ??= gazetteerLabels(texts.map((word) => word.toLowerCase()))
    if (titleWords.has(text) || (labels[index] ?? []).some((label) => label.startsWith('place'))) return
    if ((words[index] as TaggerWord).blocked) return
    ranges.push({type: 'ORG', sentence, first: index, last: index + 1, rule: 'acronym'})
  })
  return ranges
}

/** Small words a name's initials skip ("Office of Management and Budget" → OMB). */
const skipped: ReadonlySet<string> = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'de', 'du', 'des', 'la', 'le', '&', 'to', 'at'])

/** Longest run of words whose initials are read. */
const maxRun = 10

/**
 * An acronym found by the rule above is kept only when the document spells it out
 * ("Federal Open Market Committee (FOMC)", "the Islamic State of Iraq and the Levant …
 * ISIL"): its letters are the initials of consecutive capitalized words somewhere in the
 * text. Capitals nobody spells out are often no organization ("VBIED", "SSS", "KO").
 *
 * @example
 * ```ts
 * // "The Federal Open Market Committee met. The FOMC cut." → the FOMC range stays
 * ```
 */
export function keepSpelledOutAcronyms(sentences: ReadonlyArray<readonly TaggerWord[]>, ranges: readonly WordRange[]): WordRange[] {
  if (!ranges.some((range) => range.rule === 'acronym')) return [...ranges]
  const spelled = initialisms(sentences)
  return ranges.filter((range) => {
    if (range.rule !== 'acronym') return true
    const text = sentences[range.sentence]?.[range.first]?.text ?? ''
    return spelled.has(text.replace(/\./g, ''))
  })
}

/** The initials of every run of capitalized words (small words between them skipped), from each start. */
function initialisms(sentences: ReadonlyArray<readonly TaggerWord[]>): Set<string> {
  const found = new Set<string>()
  for (const words of sentences) {
    for (let start = 0; start < words.length; start++) {
      let letters = ''
      for (let index = start, taken = 0; index < words.length && taken < maxRun; index++) {
        const text = (words[index] as TaggerWord).text
        if (index > start && skipped.has(text.toLowerCase())) continue
        if (!STARTS_UPPER.test(text) || (index > start && acronym.test(text))) break
        // "Vehicle-Borne": each capitalized part counts.
        for (const part of text.split('-')) if (STARTS_UPPER.test(part)) letters += part.charAt(0)
        taken++
        if (letters.length >= 2) found.add(letters)
      }
    }
  }
  return found
}
