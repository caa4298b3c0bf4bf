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
/** Most lines a summary is wrapped on. */
const summaryLines = 4
/** Longest title of a teaser card, in words. */
const cardTitleWords = 12

/**
 * The line `at` of the text: its text, '' for a blank line, undefined past the end.
 *
 * @example
 * ```ts
 * const line: LineAt = (at) => ['Title', 'A summary.'][at]
 * ```
 */
export type LineAt = (at: number) => string | undefined

/**
 * Where the summary of a teaser card that starts at line `index` ends (its last line), or
 * undefined when the lines from `index` are no card's summary: short prose ending a sentence,
 * followed by the list's end (`endsList`, a blank run, the text's end) or another card.
 *
 * @param line - The lines' texts.
 * @param index - The line under the card's title.
 * @param isTitle - Whether a line can be a card's title.
 * @param endsList - Whether a line ends the list (a URL, boilerplate, another heading).
 *
 * @example
 * ```ts
 * const lines = ['Heat for less', 'Simple changes can save', 'hundreds of dollars.', 'Gardens to visit', 'Ten gardens open in May.']
 * cardSummaryEnd((at) => lines[at], 1, (text) => !text.endsWith('.'), () => false) // 2
 * ```
 */
export function cardSummaryEnd(line: LineAt, index: number, isTitle: (text: string) => boolean, endsList: (text: string) => boolean): number | undefined {
  const end = endsList(line(index) ?? '') ? undefined : summaryShape(line, index)
  if (end === undefined) return undefined
  const next = nextText(line, end)
  if (next === undefined || endsList(line(next) as string)) return end
  const title = line(next) as string
  if (countWords(title) > cardTitleWords || !isTitle(title)) return undefined
  const after = nextText(line, next)
  return after === undefined || endsList(line(after) as string) || summaryShape(line, after) !== undefined ? end : undefined
}

/** The last line of short prose from `index` that ends a sentence (no blank line in it), or undefined. */
function summaryShape(line: LineAt, index: number): number | undefined {
  let words = 0
  for (let at = index; at < index + summaryLines; at++) {
    const text = line(at)
    if (!text) return undefined
    words += countWords(text)
    if (words > summaryWords) return undefined
    if (endsSentence(text) && !goesOn(line(at + 1) ?? '')) return at
  }
  return undefined
}

/** A line that goes on with the sentence above it: it opens in lower case, and is no URL. */
const goesOn = (text: string): boolean => STARTS_LOWER.test(text) && !/^(?:https?:|www\.)/iu.test(text)

/** Most blank lines looked over for the line after a summary. */
const blankRun = 4

/** The next line of text after line `at` (over a few blank lines), or undefined at the end of the text. */
function nextText(line: LineAt, at: number): number | undefined {
  for (let next = at + 1; next <= at + 1 + blankRun; next++) {
    const text = line(next)
    if (text === undefined) return undefined
    if (text !== '') return next
  }
  return undefined
}
