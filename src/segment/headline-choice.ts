/**
 * Headline choice: every headline-like line above the body is an option, scored on
 * signals that hold across sites rather than taking the nearest one — how many of its
 * content words the opening paragraphs repeat, whether the page repeats it elsewhere (a
 * title line, a print header), its distance to the body.
 *
 * @internal
 */
import type {Candidate} from './candidates.js'
import type {Line} from './lines.js'
import {parseByline} from './rules/byline.js'
import {findDateline, findDatelineLine} from './rules/dateline.js'
import {isHeadlineText} from './rules/headline.js'
import {isScoreLine} from './rules/box-score.js'
import {onFirstUse} from '../internal/on-first-use.js'

/**
 * One headline option: lines `from`..`to` of candidate `index`.
 *
 * @example
 * ```ts
 * const option: HeadlineOption = {index: 3, from: 0, to: 0, text: 'Bridge to close', start: 40, end: 55, distance: 1, lines: []}
 * ```
 */
export interface HeadlineOption {
  index: number
  from: number
  to: number
  text: string
  start: number
  end: number
  /** Candidates (unclaimed, not boilerplate) between it and the body. */
  distance: number
  /** Its candidate's lines. */
  lines: readonly Line[]
}

/** Most lines of one option (a headline wrapped by a narrow PDF column). */
const maximumLines = 3
/** Lines of one candidate offered, the last ones (a long run of glued navigation lines is cut). */
const maximumCandidateLines = 40

/**
 * Whether `text` can stand as a headline on its own: headline-shaped, and no date, role,
 * byline, dateline or score line ("Brentford 2 Fulham 1", the result over a match report).
 *
 * @example
 * ```ts
 * canHeadline('Ferry operator fined over fuel spill') // true
 * canHeadline('By Marta Lindqvist') // false
 * ```
 */
export function canHeadline(text: string): boolean {
  // (isHeadlineText already turns meta lines away.)
  return isHeadlineText(text) && !parseByline(text) && !findDatelineLine(text) && !findDateline(text) && !isScoreLine(text)
}

/**
 * The options of one candidate: runs of up to three of its lines that read as a headline
 * (navigation, headline and byline lines are often glued without blank lines).
 *
 * @example
 * ```ts
 * candidateOptions(candidate, 4, 0).map((option) => option.text)
 * ```
 */
export function candidateOptions(candidate: Candidate, index: number, distance: number): HeadlineOption[] {
  const {lines} = candidate
  const options: HeadlineOption[] = []
  for (let from = Math.max(0, lines.length - maximumCandidateLines); from < lines.length; from++) {
    let text = ''
    // A section label before the headline on its line ("Opinion | Why the grid can't keep up") is left out.
    const label = SECTION_LABEL().exec((lines[from] as Line).text)?.[0].length ?? 0
    for (let to = from; to < Math.min(lines.length, from + maximumLines); to++) {
      const line = lines[to] as Line
      text = to === from ? line.text.slice(label) : `${text} ${line.text}`
      if (canHeadline(text)) options.push({index, from, to, text, start: (lines[from] as Line).start + label, end: line.end, distance, lines})
    }
  }
  return options
}

/** A one-word section label and a bar before a headline: "Opinion | ", "Analysis | " (a two-word one such as "Game Stats | " heads a list). */
const SECTION_LABEL = onFirstUse(() => RegExp(String.raw`^\p{Lu}\p{L}{1,15} ?\| ?(?=\p{Lu})`, 'u'))

/**
 * Whether a line opens with a one-word section label and a bar ("Opinion | Why …"): such a
 * line may be read as a navigation bar, yet hold the headline.
 *
 * @example
 * ```ts
 * opensWithSectionLabel('Opinion | Why the grid cannot keep up') // true
 * opensWithSectionLabel('Home | World | Business') // true (its rest is no headline)
 * ```
 */
export function opensWithSectionLabel(text: string): boolean {
  return SECTION_LABEL().test(text)
}

/** Words that carry content: letters or digits, four characters or more, compared on their first five. */
function contentStems(text: string): string[] {
  const stems: string[] = []
  for (const word of text.toLowerCase().split(NON_WORD())) {
    // A plural's "s" is dropped first ("ramps" and "ramp" are one stem).
    if (word.length >= 4 || /^\d{2,}$/u.test(word)) stems.push((word.length > 4 && word.endsWith('s') ? word.slice(0, -1) : word).slice(0, 5))
  }
  return stems
}

/** A last word that leaves a line unfinished: a preposition, an article, a conjunction. */
const DANGLING = onFirstUse(() => /\s(?:a|an|the|of|in|on|at|to|for|by|with|from|into|and|or|but|as)$/iu)

const NON_WORD = onFirstUse(() => RegExp(String.raw`[^\p{L}\p{N}]+`, 'u'))
const OPENS_LOWER_WORD = onFirstUse(() => RegExp(String.raw`^\p{Ll}+(?:[\s-]|$)`, 'u'))

/**
 * Share of `text`'s content words that `bodyStems` holds (0 when it has none).
 *
 * @example
 * ```ts
 * overlap('Bridge closure delayed', new Set(['bridg', 'delay'])) // 2 / 3
 * ```
 */
export function overlap(text: string, bodyStems: ReadonlySet<string>): number {
  const stems = contentStems(text)
  if (stems.length === 0) return 0
  return stems.filter((stem) => bodyStems.has(stem)).length / stems.length
}

/**
 * The content-word stems of the opening body text (its first `limit` characters).
 *
 * @example
 * ```ts
 * bodyStemsOf(['Bridge repairs were delayed.']).has('delay') // true
 * ```
 */
export function bodyStemsOf(paragraphs: readonly string[], limit = 1200): Set<string> {
  let text = ''
  for (const paragraph of paragraphs) {
    if (text.length >= limit) break
    text += ` ${paragraph}`
  }
  return new Set(contentStems(text.slice(0, limit)))
}

/** Whether a line goes on from the line above: it opens with a word all in lower case ("of ramp repairs", "mobile-home parks", not "iTunes"). */
const continues = (text: string): boolean => OPENS_LOWER_WORD().test(text)

/**
 * Lower-cased text with each whitespace run as one space (for finding a line elsewhere on the page).
 *
 * @example
 * ```ts
 * normalized('Bridge  to\nClose') // 'bridge to close'
 * ```
 */
export function normalized(text: string): string {
  return text.toLowerCase().replace(/\s+/gu, ' ')
}

/**
 * Whether the page holds `text` a second time (a title line, a print header, a repeated
 * heading): `page` is the normalized source.
 *
 * @example
 * ```ts
 * repeated('Bridge to close', 'bridge to close - the gazette ... bridge to close') // true
 * ```
 */
export function repeated(text: string, page: string): boolean {
  const needle = normalized(text)
  const first = page.indexOf(needle)
  return first >= 0 && page.indexOf(needle, first + 1) >= 0
}

/**
 * The best option. An option's score: the share of its content words
 * in the opening body paragraphs (× 4), +1 when the page repeats it elsewhere (a title
 * line, a print header), minus a quarter for each candidate between it and the body, a
 * half for each line it adds (unless the line goes on from the one above), 2 when a line
 * next to it extends the repeated text (the option is only part of a wrapped headline),
 * and 1 for each end cut where a wrapped line goes on (the next line, or its own first
 * line, opens with a lower-case word). Ties go to the nearer, shorter option.
 *
 * @example
 * ```ts
 * bestOption(options, source, ['Bridge repairs were delayed again on Monday.'])?.text
 * ```
 */
export function bestOption(options: readonly HeadlineOption[], source: string, body: readonly string[]): HeadlineOption | undefined {
  // Without options, the page is not normalized (a copy of the whole input).
  if (options.length === 0) return undefined
  const stems = bodyStemsOf(body)
  const page = normalized(source)
  let best: HeadlineOption | undefined
  let bestScore = -Infinity
  for (const option of options) {
    const score = scoreOption(option, stems, page)
    if (score > bestScore) {
      best = option
      bestScore = score
    }
  }
  return best
}

function scoreOption(option: HeadlineOption, stems: ReadonlySet<string>, page: string): number {
  const own = option.lines
  const isRepeated = repeated(option.text, page)
  const extended = isRepeated && [own[option.from - 1], own[option.to + 1]].some((line, side) => line !== undefined && repeated(side === 0 ? `${line.text} ${option.text}` : `${option.text} ${line.text}`, page))
  // An option that opens mid-sentence ("its way to Broadway") costs more than one the next line goes on from.
  const cut = (option.from > 0 && continues((own[option.from] as Line).text) ? 2 : 0) + (continues(own[option.to + 1]?.text ?? '') ? 1 : 0)
  let joins = 0
  for (let at = option.from + 1; at <= option.to; at++) if (!continues((own[at] as Line).text)) joins++
  // A headline does not end on a preposition, article or conjunction: such a line is cut ("… fortune at" / "Real").
  const dangling = DANGLING().test(option.text) ? 1 : 0
  return 4 * overlap(option.text, stems) + (isRepeated ? 1 : 0) - 0.25 * Math.min(option.distance, 10) - 0.5 * joins - (extended ? 3 : 0) - cut - dangling
}
