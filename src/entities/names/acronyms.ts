/**
 * Acronyms the tagger left untagged ("FOMC", "U.N.", "OSCE", dots or not): one the open
 * training data names ("FBI", "UN", "UK": src/data/known-acronyms.ts) is kept with the
 * type it gives; any other is an organization, unless the gazetteer knows it as a place
 * or it is a common abbreviation ("TV"), kept only where the document spells it out
 * (keepSpelledOutAcronyms).
 *
 * @internal
 */
import {organizationAcronyms, placeAcronyms} from '../../data/known-acronyms.js'
import {titleWords} from '../../data/titles.js'
import {isAllCaps} from './features.js'
import {gazetteerLabels} from './gazetteer.js'
import {isTitleWord} from './titles.js'
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

const acronym = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,6})$/u

/**
 * Known acronyms (without dots) and their type. A Map the evaluation may refill with the
 * list built from other folds (scripts/eval/ner-cv.ts --acronyms-per-fold).
 *
 * @example
 * ```ts
 * knownAcronyms.get('NATO') // 'ORG'
 * ```
 */
export const knownAcronyms: Map<string, string> = new Map([
  ...organizationAcronyms.split(' ').map((key) => [key, 'ORG'] as const),
  ...placeAcronyms.split(' ').map((key) => [key, 'LOC'] as const),
])

/** An acronym's letters, without dots ("U.N." → "UN"). */
const lettersOf = (text: string): string => text.replace(/\./g, '')

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
    if (covered[index] || !acronym.test(text) || (words[index] as TaggerWord).blocked) return
    const known = knownAcronyms.get(lettersOf(text))
    if (known) {
      ranges.push({type: known, sentence, first: index, last: index + 1, rule: 'known-acronym'})
      return
    }
    if (notOrganizations.has(lettersOf(text))) return
    labels ??= gazetteerLabels(texts.map((word) => word.toLowerCase()))
    if (titleWords.has(text) || (labels[index] ?? []).some((label) => label.startsWith('place'))) return
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
    return spelled.has(lettersOf(text))
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

/** Do the name lists know the word as a given or family name ("LIN", "SALLY" of a transcript)? */
function isPersonName(text: string): boolean {
  return (gazetteerLabels([text.toLowerCase()])[0] ?? []).some((label) => label === 'first' || label === 'last')
}

/**
 * The tagger's one-word ranges over an acronym, in a sentence with lower-case words: a
 * known one takes the type the data gives it ("UN" tagged PER → ORG); an unknown one
 * tagged PER is dropped unless a title stands before it or the name lists know it as a
 * given or family name ("SALLY:" in a transcript): capitals alone are rarely a person in
 * running text ("DJ"). Both chosen by cross-validation (docs/results-ner.md).
 *
 * @example
 * ```ts
 * // "The UN said …" with "UN" tagged PER → an ORG range
 * ```
 */
export function retypeAcronyms(sentences: ReadonlyArray<readonly TaggerWord[]>, ranges: readonly WordRange[]): WordRange[] {
  const result: WordRange[] = []
  for (const range of ranges) {
    const words = sentences[range.sentence] ?? []
    const text = words[range.first]?.text ?? ''
    if (range.last - range.first !== 1 || range.fixed || !acronym.test(text) || !words.some((word) => STARTS_LOWER.test(word.text))) {
      result.push(range)
      continue
    }
    const known = knownAcronyms.get(lettersOf(text))
    if (known) result.push({...range, type: known})
    else if (range.type !== 'PER' || isTitleWord(words[range.first - 1]) || isPersonName(text)) result.push(range)
  }
  return result
}
