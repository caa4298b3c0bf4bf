/**
 * `extractEntities`: tokens → name mentions + date mentions + amounts → entities.
 * Stages, each its own module: `tokens.ts` (nlcst), `names/` (the tagger),
 * `dates/` (TIMEX3), `amounts/` (money and percentages), `cluster.ts` (mentions into entities).
 *
 * @module
 */
import type {PackedModel} from '../data/packed-model.js'
import {assertText} from '../internal/assert-text.js'
import type {DateMention, Entities, EntityOptions} from '../types.js'
import {clusterMentions} from './cluster.js'
import {findAmounts} from './amounts/index.js'
import {findDates} from './dates/index.js'
import {findNames, type NameMention} from './names/index.js'
import {type LexiconIndex, lexiconOption} from './names/lexicon.js'
import {modelOption} from './names/model-option.js'
import {normalizeReferenceDate} from '../internal/reference-date.js'
import {type TokenizedText, tokenize} from './tokens.js'

/**
 * Find the people, organizations, places, dates and amounts (money, percentages) in
 * plain text. No segmentation is done: give it body text (or use {@link parseArticle}
 * on a whole article).
 *
 * @param text - Plain text.
 * @param options - `referenceDate` to resolve relative dates against; `lexicon`: your own
 *   people, organizations and places, found with their kind before the model's guess;
 *   `model`: a name-tagger model you trained (`nutgraf train`) instead of the built-in one.
 * @returns The entities, every mention with its span in `text`.
 * @throws TypeError when `text` is not a string, `referenceDate` is not a date,
 *   `lexicon` is not lists of strings or `model` is not a model; Error when `model` is
 *   of another format version.
 *
 * @example
 * ```ts
 * import {extractEntities} from 'nutgraf'
 *
 * const {people, dates, amounts} = extractEntities(
 *   'Gen. Mark Milley spoke on Thursday. Milley asked for $10 billion.',
 *   {referenceDate: '2022-02-10'},
 * )
 * people[0]?.name // 'Mark Milley'
 * dates[0]?.value // '2022-02-10'
 * amounts[0]?.value // 10000000000 (unit 'USD')
 *
 * // Names the model does not know, given with their kind:
 * const found = extractEntities('Norilsk Nickel cut output at Talnakh, Vladimir Potanin said.', {
 *   lexicon: {organizations: ['Norilsk Nickel'], places: ['Talnakh']},
 * })
 * found.organizations[0]?.name // 'Norilsk Nickel'
 * found.places[0]?.name // 'Talnakh'
 * ```
 */
export function extractEntities(text: string, options: EntityOptions = {}): Entities {
  assertText(text, 'extractEntities')
  const referenceDate = normalizeReferenceDate(options?.referenceDate)
  const lexicon = lexiconOption(options?.lexicon, 'extractEntities')
  return findEntities(text, referenceDate, lexicon, modelOption(options?.model, 'extractEntities'))
}

/**
 * `extractEntities` once its options are checked: the reference date normalized, the
 * lexicon indexed (parseArticle checks them under its own name); a model to tag with
 * instead of the shipped one.
 *
 * @internal
 */
export function findEntities(text: string, referenceDate: string | undefined, lexicon: LexiconIndex | undefined, model?: PackedModel): Entities {
  return entitiesOfTokens(tokenize(text), referenceDate, lexicon, model)
}

/**
 * {@link findEntities} of text already tokenized (the retext plugin tokenizes from the
 * tree it is given).
 *
 * @internal
 */
export function entitiesOfTokens(tokenized: TokenizedText, referenceDate: string | undefined, lexicon: LexiconIndex | undefined, model?: PackedModel): Entities {
  const {text} = tokenized
  const dates = findDates(tokenized, referenceDate)
  const names = withoutDates(findNames(tokenized, {...(lexicon ? {lexicon} : {}), ...(model ? {model} : {})}), dates)
  const urls = tokenized.tokens.filter((token) => token.kind === 'url').map((token) => ({start: token.start, end: token.end}))
  return {...clusterMentions(text, names), dates, amounts: findAmounts(text, urls)}
}

/**
 * A date is no name: a name from the model over a date's words ("Labor" of "Labor Day",
 * "DECEMBER" in a table) is dropped. Names from the caller's lexicon stay.
 */
function withoutDates(names: NameMention[], dates: readonly DateMention[]): NameMention[] {
  if (dates.length === 0) return names
  // Both lists run in text order: one sweep.
  let next = 0
  return names.filter((name) => {
    while (next < dates.length && (dates[next] as DateMention).span.end <= name.start) next++
    const date = dates[next]
    return name.rule === 'lexicon' || !date || date.span.start >= name.end
  })
}
