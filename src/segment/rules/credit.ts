/**
 * Rule: photo credits in the forms newsrooms use — "(AP Photo/Name)", "Photo: X /
 * Reuters", "Image: NASA/Bill Ingalls", "REUTERS/Name", "Name/Getty Images",
 * "AFP via Getty Images", "Photographer: Name/Bloomberg", "Name | Getty Images",
 * "Courtesy of X", "© X" — found at the end of a caption or standing alone on a line.
 *
 * @internal
 */
import {agencyPattern} from '../../data/news-agencies.js'
import {countWords, endsSentence} from '../text-shape.js'
import {onFirstUse} from '../../internal/on-first-use.js'

/**
 * Offsets inside the text given: the credit, and where the caption before it ends.
 *
 * @example
 * ```ts
 * findCredit('Crowds. (AP Photo/Jane Doe)') // {start: 9, end: 26, captionEnd: 7}
 * ```
 */
export interface CreditMatch {
  start: number
  end: number
  /** End of the caption text before the credit (trailing spaces excluded). */
  captionEnd: number
}

const agency = agencyPattern('credit')
const viaAgency = agencyPattern('credit-via')
const name = String.raw`[\p{Lu}][\p{L}'’.-]{0,30}(?: [\p{Lu}][\p{L}'’.-]{0,30}){0,3}`
/** A photographer: two or three capitalized words; an outlet after the slash: one to three. */
const person = String.raw`[\p{Lu}][\p{L}'’.-]{0,30}(?: [\p{Lu}][\p{L}'’.-]{0,30}){1,2}`
const outlet = String.raw`[\p{Lu}][\p{L}'’.-]{0,30}(?: [\p{Lu}][\p{L}'’.-]{0,30}){0,2}`

const parenthesized = /\(([^()\n]{0,40}(?:Photo|photo|Images?|Pic|Getty|Shutterstock|courtesy|Courtesy|\/)[^()\n]{0,60})\)$/u
/** A name and an agency around a slash in square brackets, as Al Jazeera sets it: "… on November 28 [Diego Vara/Reuters]". */
const squareBracketed = /\[([^[\]\n/]{2,40}\/[^[\]\n/]{2,40})\]$/u
/** An agency alone in brackets after a short caption: "(Reuters)". */
const agencyInBrackets = /\((AP|AFP|Reuters|REUTERS|EPA|Xinhua|Bloomberg|Getty|UPI|dpa|AAP|PA)\)$/u
// The three forms below are anchored at both ends and tried on the text's short tails only
// (see matchTail), so that no search scans the whole text from every position.
const labelled = /^(?:(?:Photo(?:graph)?s?|PHOTO|Image|Picture|Pic|Credit|Photo credit|Illustration|Video|Photographer|File photo|Photo illustration)\s?:|(?:Image|Photo|Picture|Video) (?:source|credit),|(?:Photo(?:graph)?|Picture|Image|Photo illustration) by(?:\s?:)?|Courtesy of|©(?!\s?\d))\s?([^:\n]{2,80}(?:\n[A-Za-z][A-Za-z.&' ]{0,19})?)$/u
// Two names around a slash need no spaces ("Tim Clayton/Fairfax"); with spaces one side is an agency ("Ana Beltran / Reuters").
const slashed = onFirstUse(() => new RegExp(
  String.raw`^((?:${agency}\s?\/\s?(?:${agency}|${name})|${name}\s?\/\s?${agency}|${person}\/${outlet})(?: via ${name})?)$`,
  'u',
))
const viaGetty = onFirstUse(() => new RegExp(String.raw`^((?:${name} )?(?:via )?${viaAgency})$`, 'u'))
/** Cells apart by bars, the last an agency, as CNBC sets them: "Michael Nagle | Bloomberg | Getty Images". */
const barred = onFirstUse(() => new RegExp(String.raw`^((?:${name} \| ){1,2}${agency})$`, 'u'))

/** Longest tail of a text, in characters, that a credit form is tried on. */
const tailLength = 120

/** What the tail must hold for each form to have a chance (a cheap test before the loop). */
const hints = onFirstUse(() => new Map<RegExp, RegExp>([
  [labelled, /(?:Photo|PHOTO|Image|Picture|Pic|Credit|Illustration|Video|File photo|Courtesy|©)/u],
  [slashed(), /\//u],
  [barred(), /\|/u],
  [viaGetty(), new RegExp(`${viaAgency}$`, 'u')],
]))

/** Every match of `form` on a tail of `text` starting after whitespace, longest first. */
function* matchTails(text: string, form: RegExp): Generator<RegExpExecArray> {
  if (!hints().get(form)?.test(text.slice(-tailLength))) return
  for (let start = Math.max(0, text.length - tailLength); start < text.length; start++) {
    if (start > 0 && !/\s/u.test(text.charAt(start - 1))) continue
    const match = form.exec(text.slice(start))
    if (match) {
      match.index = start
      yield match
    }
  }
}

/**
 * A credit at the end of `text` in one of the explicit forms (never a bare phrase).
 *
 * @example
 * ```ts
 * const text = 'Crowds in Kyiv. (AP Photo/Efrem Lukatsky)'
 * const credit = findCredit(text)
 * text.slice(credit!.start, credit!.end) // 'AP Photo/Efrem Lukatsky'
 * ```
 */
export function findCredit(caption: string): CreditMatch | undefined {
  if (caption.length > 3000) return undefined
  // Reuters' licensing link after the credit, as copied ("REUTERS/Name Purchase Licensing Rights, opens new tab").
  const text = caption.replace(LICENSING_LINK, '')
  const glued = gluedCredit(text)
  if (glued) return glued
  // A full stop after the brackets ("… bulbs. (UPI Photo/Monika Graff).") is the caption's last.
  const paren = parenthesized.exec(text) ?? agencyInBrackets.exec(text) ?? squareBracketed.exec(text) ?? (text.endsWith(').') ? parenthesized.exec(text.slice(0, -1)) : null)
  const matches: Array<[RegExpExecArray, Form]> = [
    ...(paren ? [[paren, 'brackets'] as [RegExpExecArray, Form]] : []),
    ...[...matchTails(text, labelled)].map((match): [RegExpExecArray, Form] => [match, 'label']),
    ...[...matchTails(text, slashed()), ...matchTails(text, viaGetty()), ...matchTails(text, barred())].map((match): [RegExpExecArray, Form] => [match, 'bare']),
  ]
  for (const [match, form] of matches) {
    const credit = accept(text, match, form)
    if (credit) return credit
  }
  return undefined
}

const LICENSING_LINK = /\s?Purchase Licensing Rights(?:, opens new tab)?$/u

/** "Credit...Name/Outlet" as copied from The New York Times: the label glued to the caption, dots after it. */
const GLUED_CREDIT = /^Credit(?:\.{3}|…)\s?(\S.{1,79})$/u

/** A credit labelled "Credit..." glued to the caption's last word ("… its job."Credit...Kenny Holston/The New York Times"). */
function gluedCredit(text: string): CreditMatch | undefined {
  const at = text.lastIndexOf('Credit')
  const match = at >= 0 && text.length - at <= tailLength ? GLUED_CREDIT.exec(text.slice(at)) : null
  if (!match || !CREDIT_START().test(match[1] as string)) return undefined
  return {start: text.length - (match[1] as string).length, end: text.trimEnd().length, captionEnd: endBefore(text, at)}
}

/** Where the caption before a credit at `at` ends: `at`, less the whitespace and a "|" separator before it ("… the Capitol. | Name/POLITICO"). */
function endBefore(text: string, at: number): number {
  let end = at
  while (end > 0 && /\s/u.test(text.charAt(end - 1))) end--
  if (end > 0 && text.charAt(end - 1) === '|') {
    end--
    while (end > 0 && /\s/u.test(text.charAt(end - 1))) end--
  }
  return end
}

/** How a credit is marked: in brackets, after a label ("Photo:"), or bare ("REUTERS/Name"). */
type Form = 'brackets' | 'label' | 'bare'

const CREDIT_START = onFirstUse(() => RegExp(String.raw`^[\p{Lu}\d(]`, 'u'))
const HAS_LETTER = onFirstUse(() => RegExp(String.raw`\p{L}`, 'u'))

/** The credit of a match, unless it fails the checks every credit must pass. */
function accept(text: string, match: RegExpExecArray, form: Form): CreditMatch | undefined {
  const credit = match[1]
  if (credit === undefined) return undefined
  // "(Photo: Getty Images)": the credit is what the label names.
  const label = form === 'brackets' ? (/^(?:Photos?|Image|Picture|Pic|Credit|Photo credit|Image credit)\s?:\s?/u.exec(credit)?.[0].length ?? 0) : 0
  const start = match.index + match[0].length - credit.length - (form === 'brackets' ? 1 : 0) + label
  const end = start - label + credit.trimEnd().length
  const captionEnd = endBefore(text, match.index)
  // A credit names someone: "Photo: fresh snow in the Alps", "(file photo)" and "(11/1/2008)" are not credits.
  if (!CREDIT_START().test(credit.slice(label)) || /^file photo$/iu.test(credit) || !HAS_LETTER().test(credit)) return undefined
  // "© Getty Images" credits the photo of a caption before it; standing alone, "© …" is a copyright notice.
  if (form === 'label' && match[0].startsWith('©') && captionEnd === 0) return undefined
  // An agency alone in brackets ends a short caption only, never a sentence of a story ("… said. (Reuters)" is rare, but long).
  if (form === 'brackets' && !/[/\s]/u.test(credit) && (countWords(text) > 30 || !endsSentence(text.slice(0, captionEnd)))) return undefined
  // "… a poll by Reuters/Ipsos." is a sentence, not a credit: a bare credit follows a finished caption.
  if (form === 'bare' && (credit.endsWith('.') || (captionEnd > 0 && !endsSentence(text.slice(0, captionEnd))))) return undefined
  return {start, end, captionEnd}
}

const smallWords = new Set(['of', 'and', 'the', 'for', 'via', 'de', 'del', 'la', 'van', 'von', '/', '|', '&'])

const ENDS_IN_SHORT_CAPITAL_WORD = onFirstUse(() => RegExp(String.raw`(?:^|\s)\p{Lu}[\p{L}.]{0,3}$`, 'u'))
const STARTS_CAPITAL_OR_DIGIT = onFirstUse(() => RegExp(String.raw`^[\p{Lu}\d]`, 'u'))

/**
 * A credit glued after a caption's last full stop with no separator
 * ("… joint military drills. Russian Defense Ministry"): up to six capitalized words
 * without closing punctuation. Only callers that already know `text` is a caption use it.
 *
 * @example
 * ```ts
 * const text = 'Troops during drills. Russian Defense Ministry'
 * const credit = findGluedCredit(text)
 * text.slice(credit!.start, credit!.end) // 'Russian Defense Ministry'
 * ```
 */
export function findGluedCredit(text: string): CreditMatch | undefined {
  if (endsSentence(text, true) || text.length > 3000) return undefined
  let stop = -1
  for (let index = text.length - 2; index > 0; index--) {
    const char = text.charAt(index)
    if ((char === '.' || char === '!' || char === '?' || char === '”' || char === '"') && /\s/u.test(text.charAt(index + 1))) {
      stop = index
      break
    }
  }
  // An abbreviation's point is no stop: "Gen. Ivanov", "Updated 6:05 p.m. CT" (a time zone, not a credit).
  if (stop < 0 || countWords(text.slice(0, stop)) < 4 || ENDS_IN_SHORT_CAPITAL_WORD().test(text.slice(0, stop)) || /\b[ap]\.m$/iu.test(text.slice(0, stop))) return undefined
  let start = stop + 1
  while (start < text.length && /\s/u.test(text.charAt(start))) start++
  const credit = text.slice(start)
  const words = credit.split(/\s+/u).filter((word) => word.length > 0)
  if (words.length === 0 || words.length > 6) return undefined
  if (!words.every((word) => STARTS_CAPITAL_OR_DIGIT().test(word) || smallWords.has(word))) return undefined
  return {start, end: text.length, captionEnd: stop + 1}
}

/**
 * Whether a whole line is a credit on its own ("REUTERS/Kevin Lamarque",
 * "(AP Photo/Evan Vucci)", "Photo: Tim Clayton", "Getty Images").
 *
 * @example
 * ```ts
 * isCreditLine('Jamal Saidi/Reuters') // true
 * isCreditLine('The vote is on Friday.') // false
 * ```
 */
export function isCreditLine(line: string): boolean {
  if (countWords(line) > 10) return false
  return findCredit(line)?.captionEnd === 0
}
