/**
 * Names of events and products are not organizations or places:
 * - a name right before an event head word, or ending in one, is part of the event's or
 *   award's name ("the U.S. Open", "Monaco Grand Prix", "Larry Bird Trophy"): dropped;
 * - a storm's name ("Hurricane Katrina", "Tropical Storm Irene") is no person: dropped, and so are
 *   its mentions alone ("Irene");
 * - a name right after a model designation (letters and digits: "S-400", "F-16", "Su-35")
 *   names the product ("S-400 Triumf", "F-16 Fighting Falcon"): dropped;
 * - a time zone ("Eastern Time", "Pacific Daylight Time") is no place or organization: dropped.
 *
 * @internal
 */
import {eventHeads, stormHeads, timeZoneWords} from '../../data/institutions.js'
import {onFirstUse} from '../../internal/on-first-use.js'
import type {TaggerWord} from './tagger-words.js'
import type {WordRange} from './word-ranges.js'

/**
 * A model designation: up to three letters, an optional hyphen, two to four digits, an
 * optional letter. Made on first use and tried only on a word with a digit: compiling it
 * (its `\p{L}` classes, repeated) is the costliest first run of a pattern in a cold
 * `extractEntities` (docs/results-performance.md, "Session 7 — cold start").
 */
const DESIGNATION = onFirstUse(() => RegExp(String.raw`^\p{Lu}[\p{L}]{0,2}-?\d{2,4}\p{L}?$`, 'u'))
/**
 * The same of a word in ASCII, where `\p{Lu}` is `[A-Z]` and `\p{L}` is `[A-Za-z]`: compiling
 * the Unicode pattern still cost a first call on a short article ~10 ms, now spent only
 * when a word outside ASCII asks (docs/results-performance.md, "Session 11").
 */
const ASCII_DESIGNATION = /^[A-Z][A-Za-z]{0,2}-?\d{2,4}[A-Za-z]?$/
const isDesignation = (word: string): boolean => /[0-9]/.test(word) && (/^[\x00-\x7f]*$/.test(word) ? ASCII_DESIGNATION.test(word) : DESIGNATION().test(word))

/** Whether a storm's head stands before, or opens, the name at `first` ("Hurricane Katrina", "Tropical Storm Irene"). */
function isStorm(words: readonly TaggerWord[], first: number): boolean {
  const word = (at: number): string => words[at]?.text ?? ''
  const tropicalStorm = (at: number): boolean => word(at) === 'Tropical' && word(at + 1) === 'Storm'
  return stormHeads.has(word(first - 1)) || stormHeads.has(word(first)) || tropicalStorm(first) || tropicalStorm(first - 1) || tropicalStorm(first - 2)
}

/**
 * Drop the places and organizations that are part of an event's or a product's name.
 *
 * @example
 * ```ts
 * // "the U.S./LOC Open began" → []; "S-400 Triumf/ORG systems" → []; "Hurricane Katrina/PER" → []
 * ```
 */
export function dropEventsAndProducts(sentences: ReadonlyArray<readonly TaggerWord[]>, ranges: readonly WordRange[]): WordRange[] {
  // A storm's given name, wherever the document names it ("Irene" of "Tropical Storm Irene").
  const storms = new Set<string>()
  for (const range of ranges) {
    const words = sentences[range.sentence] ?? []
    if (isStorm(words, range.first)) storms.add(words[range.last - 1]?.text ?? '')
  }
  return ranges.filter((range) => {
    const words = sentences[range.sentence] ?? []
    if (storms.has(words[range.last - 1]?.text ?? '') && (range.last - range.first === 1 || isStorm(words, range.first))) return false
    // A name with an event's head inside or right after it names the event or award,
    // whatever its type ("Larry Bird Trophy", "Conn Smythe Trophy", "Nobel Prize").
    if (eventHeads.has(words[range.last]?.text ?? '') || eventHeads.has(words[range.last - 1]?.text ?? '')) return false
    if (range.type !== 'ORG' && range.type !== 'LOC') return true
    if (words[range.last - 1]?.text === 'Time' && timeZoneWords.has(words[range.first]?.text ?? '')) return false
    return !isDesignation(words[range.first - 1]?.text ?? '')
  })
}
