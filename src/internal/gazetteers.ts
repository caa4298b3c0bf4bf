/**
 * The gazetteer word lists, front-coded (src/internal/front-coding.ts) to be searched in
 * place: the shipped lists (src/data/gazetteer-lists.ts) write frequent substrings one
 * character each (src/internal/substitutions.ts), spelled out the first time a lookup
 * needs them.
 *
 * @internal
 */
import {
  companyWords,
  firstAndLastNames,
  firstNamesOnly,
  foldedPlaceNames,
  lastNamesOnly,
  listSubstitutions,
  majorPlaces,
  placeNames,
} from '../data/bundled-tables.js'
import {FrontCodedList} from './front-coding.js'
import {FoldedList} from './folded-list.js'
import {onFirstUse} from './on-first-use.js'
import {expandSubstitutions} from './substitutions.js'

/**
 * The front-coded lists as shipped, spelled out: given names that are no family names,
 * family names that are no given names, the names that are both, countries / capitals /
 * regions, first-level divisions (those written in ASCII, and the others with their marks
 * folded away: src/internal/folded-list.ts) and company words.
 *
 * @example
 * ```ts
 * new FrontCodedList(gazetteers().firstNamesOnly).has('claudia') // true (and 'mark', a family name too, is in firstAndLastNames)
 * ```
 */
export const gazetteers = onFirstUse(() => {
  const expand = (packed: string): string => expandSubstitutions(packed, listSubstitutions)
  return {
    firstNamesOnly: expand(firstNamesOnly),
    lastNamesOnly: expand(lastNamesOnly),
    firstAndLastNames: expand(firstAndLastNames),
    majorPlaces: expand(majorPlaces),
    placeNames: expand(placeNames),
    foldedPlaceNames: expand(foldedPlaceNames),
    companyWords: expand(companyWords),
  }
})

/** A list searched for an entry, or for an entry that starts with a prefix. */
export interface WordList {
  has(entry: string): boolean
  hasPrefix(prefix: string): boolean
}

/**
 * The lists to search, one object each (built once, shared by every lookup): given names
 * and family names (each its own entries and the names that are both), company words,
 * first-level divisions and countries / capitals / regions.
 *
 * @example
 * ```ts
 * gazetteerLists().firstNames.has('paris') // true (also a family name)
 * gazetteerLists().placeNames.has('brașov county') // true
 * ```
 */
export const gazetteerLists = onFirstUse(() => {
  const lists = gazetteers()
  const both = new FrontCodedList(lists.firstAndLastNames)
  const withBoth = (packed: string): WordList => {
    const own = new FrontCodedList(packed)
    return {has: (entry) => own.has(entry) || both.has(entry), hasPrefix: (prefix) => own.hasPrefix(prefix) || both.hasPrefix(prefix)}
  }
  return {
    firstNames: withBoth(lists.firstNamesOnly),
    lastNames: withBoth(lists.lastNamesOnly),
    companyWords: new FrontCodedList(lists.companyWords) as WordList,
    placeNames: new FoldedList(lists.placeNames, lists.foldedPlaceNames) as WordList,
    majorPlaces: new FrontCodedList(lists.majorPlaces) as WordList,
  }
})
