/**
 * The gazetteer word lists, front-coded (src/internal/front-coding.ts) to be searched in
 * place: the shipped lists (src/data/gazetteer-lists.ts) write frequent substrings one
 * character each (src/internal/substitutions.ts), spelled out the first time a lookup
 * needs them.
 *
 * @internal
 */
import {companyWords, firstNames, foldedPlaceNames, lastNames, listSubstitutions, majorPlaces, placeNames} from '../data/gazetteer-lists.js'
import {onFirstUse} from './on-first-use.js'
import {expandSubstitutions} from './substitutions.js'

/**
 * The front-coded lists: given names, family names, countries / capitals / regions,
 * first-level divisions (those written in ASCII, and the others with their marks folded
 * away: src/internal/folded-list.ts) and company words.
 *
 * @example
 * ```ts
 * new FrontCodedList(gazetteers().firstNames).has('mark') // true
 * ```
 */
export const gazetteers = onFirstUse(() => {
  const expand = (packed: string): string => expandSubstitutions(packed, listSubstitutions)
  return {
    firstNames: expand(firstNames),
    lastNames: expand(lastNames),
    majorPlaces: expand(majorPlaces),
    placeNames: expand(placeNames),
    foldedPlaceNames: expand(foldedPlaceNames),
    companyWords: expand(companyWords),
  }
})
