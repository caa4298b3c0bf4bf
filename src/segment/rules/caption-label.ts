/**
 * Rule: a line labelled as a caption ("Image caption, …", "Caption: …", "Photo caption:
 * …", "Video: …", a gallery's "[1/2] …") is a caption; its text starts after the label. So is a short line that ends with
 * a photo marker: "Pervez Musharraf (file photo)", "Jane Doe (pictured)". A media
 * placeholder in square brackets ("[Photo: … (Credit)]", as pasted text shows an image) is
 * read without its brackets.
 *
 * @internal
 */
import {STARTS_UPPER} from '../../internal/letter-patterns.js'
import {onFirstUse} from '../../internal/on-first-use.js'

// (Reuters numbers the photos of a gallery: "[1/2] German Chancellor Friedrich Merz speaks …".)
const label = /^(?:(?:image|photo|picture|video) caption\s?[,:]|caption\s?:|video\s?:|\[\d{1,2}\/\d{1,2}\])\s?/iu
const MEDIA_LABEL = /^(?:photo|image|picture)\s?:\s?/iu

/**
 * Length of the caption label that opens `line`, or 0.
 *
 * @example
 * ```ts
 * captionLabel('Image caption, Protesters gathered outside parliament') // 15
 * captionLabel('Caption this, he said.') // 0
 * ```
 */
export function captionLabel(line: string): number {
  return labelLength(label, line)
}

/**
 * Length of a media label ("Photo: ", "Image: ") that opens `line`, or 0. It is left out
 * of a caption's text, but makes a line a caption only inside brackets: "Photo: Reuters"
 * is a credit.
 *
 * @example
 * ```ts
 * mediaLabel('Photo: Transmission lines near Ashburn, Va.') // 7
 * mediaLabel('Photographs were taken.') // 0
 * ```
 */
export function mediaLabel(line: string): number {
  return labelLength(MEDIA_LABEL, line)
}

/** Length of the label `pattern` finds at the start of `line`, or 0 (also when nothing follows it). */
function labelLength(pattern: RegExp, line: string): number {
  const match = pattern.exec(line)
  return match && match[0].length < line.length ? match[0].length : 0
}

/**
 * Whether a short line ends with a photo marker ("(file photo)", "(pictured)", "(photo)").
 *
 * @example
 * ```ts
 * hasPhotoMarker('Pervez Musharraf (file photo)') // true
 * hasPhotoMarker('The photo (left) was taken in 2001 by a tourist.') // false
 * ```
 */
export function hasPhotoMarker(line: string): boolean {
  return /\((?:file )?(?:photo|image|picture|pictured|pic)\)$/iu.test(line)
}

const POSITION_MARKER = onFirstUse(() =>
  RegExp(String.raw`(?:\s\((?:\d(?:st|nd|rd|th)\s)?(?:L|R|C|left|right|centre|center|front|back)\)|,\s(?:left|right|centre|center|second from (?:left|right)|far (?:left|right)),)\s\p{Ll}`, 'gu'),
)
const IN_THIS_PHOTO = /\bin this\s(?:[\w.,]{1,20}\s){0,4}(?:file\s)?(?:photo|picture|image|photograph)\b/iu
/** A wire photo's first sentence, ended by a comma and the day it was taken: "… at Stamford Bridge in London, January 8.", "… on Monday, Dec. 31, 2007." */
const DATED_FIRST_SENTENCE = onFirstUse(() =>
  RegExp(String.raw`^[^.!?"“”]{20,300},\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s\d{1,2}(?:,\s\d{4})?\.(?:\s|$)`, 'iu'),
)
const REPORTS_SPEECH = /\b(?:said|says|saying|told|according to)\b|["“”]/u

/**
 * Whether `text` describes a photo as captions do: a person placed in the picture ("Chelsea's
 * Florent Malouda (R) clashes with …", "Alex Ovechkin, left, joins …"), "in this … file
 * photo", or a first sentence that ends with the day the photo was taken after a comma ("… in
 * London, January 8."), with no reported speech (captions describe; they do not quote).
 *
 * @example
 * ```ts
 * describesPhoto("Everton's Lee Carsley (R) jumps over his teammate to head the ball.") // true
 * describesPhoto('Singer Amy Winehouse arrives at the awards, in this June 3, 2007, file photo.') // true
 * describesPhoto('Chelsea manager Avram Grant watches the match in London, January 8. Chelsea won.') // true
 * describesPhoto('Smith (R-Texas) said the vote was close.') // false
 * ```
 */
export function describesPhoto(text: string): boolean {
  if (text.length > 600 || REPORTS_SPEECH.test(text)) return false
  return placesPerson(text) || IN_THIS_PHOTO.test(text) || DATED_FIRST_SENTENCE().test(text)
}

/** A position marker right after a name ("Malouda (R) clashes", "Ovechkin, left, joins"). */
function placesPerson(text: string): boolean {
  const marker = POSITION_MARKER()
  marker.lastIndex = 0
  for (let match = marker.exec(text); match; match = marker.exec(text)) {
    let start = match.index
    while (start > 0 && !/\s/u.test(text.charAt(start - 1))) start--
    if (STARTS_UPPER.test(text.slice(start, match.index))) return true
  }
  return false
}

/**
 * Whether `text` reports speech or quotes someone, as body prose does and captions do not.
 *
 * @example
 * ```ts
 * reportsSpeech('"We won," she said.') // true
 * reportsSpeech('Crowds gather in Kyiv.') // false
 * ```
 */
export function reportsSpeech(text: string): boolean {
  return REPORTS_SPEECH.test(text)
}

/**
 * Width of the square brackets around a whole line ("[Photo: …]"): 1, or 0 when the
 * line is not wrapped in them.
 *
 * @example
 * ```ts
 * bracketWidth('[Photo: Transmission lines near Ashburn, Va.]') // 1
 * bracketWidth('[1] A footnote.') // 0
 * ```
 */
export function bracketWidth(line: string): number {
  return line.length > 2 && line.startsWith('[') && line.endsWith(']') && line.indexOf(']') === line.length - 1 ? 1 : 0
}
