/**
 * `extractEntities`: tokens → name mentions + date mentions → entities.
 * Stages, each its own module: `tokens.ts` (nlcst), `names/` (the tagger),
 * `dates/` (TIMEX3), `cluster.ts` (mentions into entities).
 *
 * @module
 */
import {assertText} from '../internal/assert-text.js'
import type {Entities, EntityOptions} from '../types.js'
import {clusterMentions} from './cluster.js'
import {findDates} from './dates/index.js'
import {findNames} from './names/index.js'
import {normalizeReferenceDate} from '../internal/reference-date.js'
import {tokenize} from './tokens.js'

/**
 * Find the people, organizations, places and dates in plain text. No segmentation is
 * done: give it body text (or use {@link parseArticle} on a whole article).
 *
 * @param text - Plain text.
 * @param options - `referenceDate` to resolve relative dates against.
 * @returns The entities, every mention with its span in `text`.
 * @throws TypeError when `text` is not a string or `referenceDate` is not a date.
 *
 * @example
 * ```ts
 * import {extractEntities} from 'nutgraf'
 *
 * const {people, dates} = extractEntities(
 *   'Gen. Mark Milley spoke on Thursday. Milley said little.',
 *   {referenceDate: '2022-02-10'},
 * )
 * people[0]?.name // 'Mark Milley'
 * dates[0]?.value // '2022-02-10'
 * ```
 */
export function extractEntities(text: string, options: EntityOptions = {}): Entities {
  assertText(text, 'extractEntities')
  const referenceDate = normalizeReferenceDate(options?.referenceDate)
  const tokenized = tokenize(text)
  const names = findNames(tokenized)
  return {...clusterMentions(text, names), dates: findDates(tokenized, referenceDate), amounts: []}
}
