/**
 * Rule: a reference list at the end of an article — a heading ("References",
 * "Sources", "Notes", "Footnotes", "Bibliography", "Works cited", "On the Net:") followed
 * by entries, numbered ("1.", "[1]", "1)", "^") or bulleted — and loose footnote lines
 * ("[1] …", "¹ …") are references, not body; so is a labelled citation line under a science
 * story ("More information: J. Keller et al, …, Nature Geoscience (2026). DOI: …", "Journal
 * reference: …", "Citation: …").
 *
 * @internal
 */

/**
 * The kind of entries a heading introduces, or undefined when `line` is not such a heading.
 *
 * @example
 * ```ts
 * referenceHeading('Sources:') // 'citation'
 * referenceHeading('Our Sources') // 'citation' (a fact-check's list)
 * referenceHeading('Notes') // 'footnote'
 * ```
 */
export function referenceHeading(line: string): 'citation' | 'footnote' | undefined {
  const text = line.replace(/[:.]$/u, '').trim().toLowerCase()
  if (/^(?:references|(?:our )?sources|bibliography|works cited|further reading|citations|on the net|on the web|external links)$/u.test(text)) return 'citation'
  if (/^(?:notes|footnotes|endnotes)$/u.test(text)) return 'footnote'
  return undefined
}

/**
 * Length of the entry marker that opens `line` ("1. ", "[12] ", "3) ", "- ", "• ", "^ ",
 * "¹ "), or 0 when the line does not open an entry.
 *
 * @example
 * ```ts
 * entryMarker('[1] Smith, J. (2020).') // 4
 * entryMarker('Smith, J. (2020).') // 0
 * ```
 */
export function entryMarker(line: string): number {
  const match = /^(?:\[\d{1,3}\]|\d{1,3}[.)]|[-•*^–]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})\s?/u.exec(line)
  if (!match || match[0].length === line.length) return 0
  return match[0].length
}

/**
 * Whether `line` is a loose footnote: "[1] Text…" or "¹ Text…" (not "1. Text", which is
 * as often a numbered list inside the body).
 *
 * @example
 * ```ts
 * isFootnoteLine('[2] Ministry of Defence, press release, 10 Feb 2022.') // true
 * isFootnoteLine('2. The second point.') // false
 * ```
 */
export function isFootnoteLine(line: string): boolean {
  return /^(?:\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})\s?\S/u.test(line)
}

/**
 * Whether `line` is a labelled citation of a study or of the story itself: "More information:
 * …", "Journal information: …", "Journal reference: …", "Citation: …", "Original study: …", "DOI: …".
 *
 * @example
 * ```ts
 * isCitationLine('More information: Jana Keller et al, Old carbon, Nature Geoscience (2026).') // true
 * isCitationLine('More information was not available.') // false
 * ```
 */
export function isCitationLine(line: string): boolean {
  return /^(?:more information|journal (?:information|reference)|citation|original (?:study|paper)|doi)\s?:\s?\S/iu.test(line)
}
