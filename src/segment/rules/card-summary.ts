/**
 * Rule: under a related-articles heading, a teaser card is a title over a short summary of
 * the story it links to ("Three Ways to Cut Your Heating Bill" / "Simple changes to your
 * thermostat … can save a family hundreds of dollars."). The summary goes with the card's
 * reference, neither body nor dropped, when what follows it is another card (a title over a
 * summary) or the list's end: the article's own lead set under a list is followed by more prose.
 *
 * @internal
 */
import {countWords, endsSentence} from '../text-shape.js'
import {STARTS_LOWER} from '../../internal/letter-patterns.js'

/** Longest summary of a teaser card, in words (as the teaser cards of ../main-region.ts). */
const summaryWords = 40
/** Longest title of a teaser card, in words. */
const cardTitleWords = 12

/**
 * Where the summary of a teaser card that starts at line `index` ends (its last line), or
 * undefined when the lines from `index` are no card's summary: short prose ending a sentence,
 * followed by the list's end (`endsList`, the text's end) or another card.
 *
 * @param texts - The lines' texts ('' for a blank line).
 * @param index - The line under the card's title.
 * @param isTitle - Whether a line can be a card's title.
 * @param endsList - Whether a line ends the list (a URL, boilerplate, another heading).
 *
 * @example
 * ```ts
 * const lines = ['Heat for less', 'Simple changes can save', 'hundreds of dollars.', 'Gardens to visit', 'Ten gardens open in May.']
 * cardSummaryEnd(lines, 1, (text) => !text.endsWith('.'), () => false) // 2
 * ```
 */
export function cardSummaryEnd(texts: readonly string[], index: number, isTitle: (text: string) => boolean, endsList: (text: string) => boolean): number | undefined {
  const end = endsList(texts[index] ?? '') ? undefined : summaryShape(texts, index)
  const next = end === undefined ? undefined : nextText(texts, end)
  const title = texts[next ?? -1]
  if (title === undefined || endsList(title)) return end
  const at = nextText(texts, next as number)
  const after = texts[at ?? -1]
  return countWords(title) <= cardTitleWords && isTitle(title) && (after === undefined || endsList(after) || summaryShape(texts, at as number) !== undefined) ? end : undefined
}

/** The last line of short prose from `index` that ends a sentence (four lines at most, no blank line), or undefined. */
function summaryShape(texts: readonly string[], index: number): number | undefined {
  let words = 0
  for (let at = index; at < index + 4 && texts[at] && (words += countWords(texts[at] as string)) <= summaryWords; at++) {
    // (The next line goes on with the sentence when it opens in lower case and is no URL.)
    const next = texts[at + 1] ?? ''
    if (endsSentence(texts[at] as string) && !(STARTS_LOWER.test(next) && !/^(?:https?:|www\.)/iu.test(next))) return at
  }
  return undefined
}

/**
 * The next line of text after line `at` (over four blank lines at most), or undefined at the end of the text.
 *
 * @example
 * ```ts
 * nextText(['Title', '', 'A summary.'], 0) // 2
 * ```
 */
export function nextText(texts: readonly string[], at: number): number | undefined {
  let next = at + 1
  while (texts[next] === '' && next < at + 5) next++
  return texts[next] ? next : undefined
}
