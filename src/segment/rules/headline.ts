/**
 * Rule: what a headline and a dek (standfirst) look like. A headline is a short line that
 * does not end with a full stop, is no date, label, outlet name or navigation; a dek is
 * the line right under it, a phrase or sentence of 5 to 45 words.
 *
 * @internal
 */
import {countWords, endsSentence, isTitleCase} from '../text-shape.js'
import {noteKind} from './note-kind.js'
import {isStampLine} from './stamp.js'

const dateish = /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s)?(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{1,2}(?:st|nd|rd|th)?\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?,?\s\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s\d{4})\b/iu
const label = /^(?:keywords|word count|posted|published|updated|last updated|first published|filed|filed under|source|article from|release|courtesy|by|from|tags?|topics?|section|category|photo|image|video|watch|listen|comments?|share|print|email|e-mail|font size|text size)\b\s?:?/iu
// A clock time, an age ("3 days ago"), a numeric date or a month with its year or day anywhere in the line: a date line.
const timeish = /\b\d{1,2}:\d{2}\b|\b\d{1,2} ?[ap]\.?m\b|\b\d{1,3} (?:minute|hour|day|week|month)s? ago\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? (?:\d{1,2}(?:st|nd|rd|th)?,? )?\d{4}\b|\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/iu
// A staff or role line under the headline ("AP Golf Writer", "Metro Staff Reporter", "Ottawa Bureau Chief").
const role = /\b(?:writer|reporter|correspondent|columnist|bureau chief|news staff|news service)$/iu
// A navigation line of up to six words opens with a control verb ("Search all jobs", "Go to …", "Add your view").
const navigation = /^(?:search|go to|create|check|add|write to|refer|advertise|click|sign up|subscribe|rate|back to|more|get [a-z ]{0,30}feeds)\b/iu
// Widget words and symbol openings make a line navigation at any length ("Click here to …", "[ + ] Text [ - ]", "<< Back").
const widget = /\b(?:click here|rss|newsletters?|del\.icio\.us|digg|printer[- ]friendly|text size|font size)\b|^[[<>«»?…*+=#|.~-]/iu
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
  // A sentence is no headline, unless it asks or exclaims or is set in title case ("I Replaced Our Kafka Cluster With
  // Postgres. Here's What Happened.").
  if (endsSentence(text) && !/[?!]["'”’]?$/u.test(text) && !(words >= 6 && isTitleCase(text) && !/\.\.|…| \.$/u.test(text))) return false
  if (/[|•»›]| > /u.test(text) || /https?:|www\./iu.test(text)) return false
  if (text.endsWith(':') || isMetaLine(text) || widget.test(text) || (words <= 6 && navigation.test(text)) || AFFILIATION.test(text)) return false
  return !dateish.test(text) && !label.test(text) && !agencies.test(text) && !isStampLine(text)
}

/** A writer's job and institution under their name: "PhD Candidate in Geography, University of Toronto". */
const AFFILIATION = /, (?:University|College|Institute)\b[^,]{0,60}$/u

/**
 * Whether `text` is a line that stands around a headline without being one: a date or
 * time line, a staff or role line, a label or an agency name.
 *
 * @example
 * ```ts
 * isMetaLine('Tue Mar 4, 9:15 AM ET') // true
 * isMetaLine('Harbour Staff Reporter') // true
 * isMetaLine('Harbour ferry fares to rise in spring') // false
 * ```
 */
export function isMetaLine(text: string): boolean {
  const words = countWords(text)
  if (words <= 12 && timeish.test(text)) return true
  return words <= 8 && (role.test(text) || label.test(text) || agencies.test(text) || dateish.test(text))
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
  // A note under the headline ("Editor's note: This story has been updated …") is a note, not its dek.
  return !dateish.test(text) && !isStampLine(text) && (!labelled || (!labelled[0].includes(':') && endsSentence(text))) && noteKind(text) === undefined
}
