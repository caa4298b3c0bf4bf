/**
 * Rule: what a headline and a dek (standfirst) look like. A headline is a short line that
 * does not end with a full stop, is no date, label, outlet name or navigation; a dek is
 * the line right under it, a phrase or sentence of 5 to 45 words.
 *
 * @internal
 */
import {countWords, endsSentence} from '../text-shape.js'

const dateish = /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s)?(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{1,2}(?:st|nd|rd|th)?\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?,?\s\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s\d{4})\b/iu
const label = /^(?:posted|published|updated|last updated|first published|filed|filed under|source|article from|release|courtesy|by|from|tags?|topics?|section|category|photo|image|video|watch|listen|comments?|share|print|email|e-mail|font size|text size)\b\s?:?/iu
const agencies = /^(?:the )?(?:associated press|ap|afp|reuters|agence france-presse|bloomberg(?: news)?|xinhua|upi|pa|press association|canadian press|the canadian press|mcclatchy newspapers|staff and agencies|agencies|staff|nzpa|aap|ians|pti|uni|dpa|efe|ansa|tass)$/iu

/**
 * Whether `text` (one candidate, whitespace collapsed) can be a headline.
 *
 * @example
 * ```ts
 * isHeadlineText('Bridge to close for four weeks of repairs') // true
 * isHeadlineText('Thursday, December 27, 2007') // false
 * isHeadlineText('The Associated Press') // false
 * isHeadlineText('The council met on Tuesday to discuss the budget.') // false
 * ```
 */
export function isHeadlineText(text: string): boolean {
  const words = countWords(text)
  if (words < 3 || words > 25 || text.length > 200) return false
  if (endsSentence(text) && !/[?!]["'”’]?$/u.test(text)) return false
  if (/[|•»›]/u.test(text) || /https?:|www\./iu.test(text)) return false
  return !dateish.test(text) && !label.test(text) && !agencies.test(text)
}

/**
 * Whether `text` can be the dek under a headline.
 *
 * @example
 * ```ts
 * isDekText('The deal is the packaged-food group\'s largest in a decade') // true
 * isDekText('By Daniel Okafor') // false
 * ```
 */
export function isDekText(text: string): boolean {
  const words = countWords(text)
  if (words < 5 || words > 45 || text.length > 320) return false
  if (/[|•»›]/u.test(text) || /https?:|www\./iu.test(text)) return false
  // A label opens it ("From The Independent", "Source: AP"), unless the word only opens a sentence ("From the cliffs … every year.").
  const labelled = label.exec(text)
  return !dateish.test(text) && (!labelled || (!labelled[0].includes(':') && endsSentence(text)))
}
