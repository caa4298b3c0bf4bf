/**
 * The name refiners, in the order they run: each takes the sentences' words and the
 * ranges so far and returns a new list of ranges. The tagger's ranges go in at the top; what
 * comes out at the bottom becomes mentions (see ./index.ts). A refiner never changes a
 * range it is given: a range that stays as it is goes on as the same object, a changed one
 * is a new object. (A long text has a hundred thousand ranges; a copy of each at every
 * step was most of what the refiners left in memory.)
 *
 * @internal
 */
import {keepSpelledOutAcronyms, retypeAcronyms} from './acronyms.js'
import {cleanRanges} from './clean-ranges.js'
import {makeConsistent} from './consistency.js'
import {dropEventsAndProducts} from './events-and-products.js'
import {joinLongNames} from './long-names.js'
import {joinParticles} from './particles.js'
import {addRuleRanges, withTeams} from './rule-ranges.js'
import type {TaggerWord} from './tagger-words.js'
import type {WordRange} from './word-ranges.js'

/**
 * One refinement of the name ranges.
 *
 * @example
 * ```ts
 * const keepAll: Refiner = (_sentences, ranges) => [...ranges]
 * ```
 */
export type Refiner = (sentences: ReadonlyArray<readonly TaggerWord[]>, ranges: readonly WordRange[]) => WordRange[]

/**
 * The refiners, top to bottom.
 *
 * @example
 * ```ts
 * refiners.reduce((ranges, refine) => refine(sentences, ranges), tagRanges(tagged))
 * ```
 */
export const refiners: readonly Refiner[] = [
  // "Ludwig van Beethoven": a particle between two parts of a name joins them.
  joinParticles,
  // Drop MISC, demonyms and plurals; trim articles, possessives, titles; fuse place + organization.
  cleanRanges,
  // "Office of Management and Budget", "Public Utility Commission of Texas", "Boston Celtics" whole.
  joinLongNames,
  // "the U.S. Open", "S-400 Triumf": parts of an event's or a product's name are no place or organization.
  dropEventsAndProducts,
  // Datelines, results-table teams and cued organizations replace the tagger's ranges over their words.
  withTeams,
  // "The UN said": a known acronym takes its type; an unknown one alone is no person.
  retypeAcronyms,
  // A name tagged once is tagged the same wherever it repeats.
  makeConsistent,
  // People after titles, with initials, before a bracketed country; known places; acronyms.
  addRuleRanges,
  // Repeats of what the rules found ("Major General Viktor Gulevich … Gulevich") are tagged too.
  makeConsistent,
  // An acronym the rules found stays only when the document spells it out.
  keepSpelledOutAcronyms,
]

/**
 * Run every refiner over the tagger's ranges, in order.
 *
 * @example
 * ```ts
 * refineRanges(sentences, tagRanges(tagged))
 * ```
 */
export function refineRanges(sentences: ReadonlyArray<readonly TaggerWord[]>, tagged: readonly WordRange[]): WordRange[] {
  return refiners.reduce<WordRange[]>((ranges, refine) => refine(sentences, ranges), [...tagged])
}
