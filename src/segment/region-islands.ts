/**
 * The article's opening paragraphs cut off from its main region by a column of page
 * furniture: PDF text of a printed page reads a sidebar or a menu line by line between
 * the article's first paragraphs and the rest, so the maximum-sum run keeps only the rest.
 * Prose above the region that speaks of what the region speaks of (it shares its longer
 * words) is the article's, back to its dateline or its byline.
 *
 * @internal
 */
import type {Candidate} from './candidates.js'
import {isProse} from './candidates.js'
import {describesPhoto} from './rules/caption-label.js'
import {parseByline} from './rules/byline.js'
import {findDateline} from './rules/dateline.js'
import {onFirstUse} from '../internal/on-first-use.js'
import {endsSentence} from './text-shape.js'

/** Fewest words of an opening paragraph taken back across furniture. */
const islandWords = 12

/** Least share of words starting lower case (0.1 less for one that ends a sentence): a caption or a title of names is no paragraph. */
const islandLower = 0.6

/** Least share of an island's longer words that the region's prose uses too, and how many at least. */
const sharedShare = 0.1
const sharedLeast = 2

/** The same past a list of links (teasers of other stories share a word or two with the article). */
const strictShare = 0.25
const strictLeast = 3

/** A clock time ("8:48 pm", "10:15a.m.", "13:59"). */
const CLOCK_TIME = onFirstUse(() => RegExp(String.raw`\b\d{1,2}:\d\d(?:\s?[ap]\.?m\b)?`, 'iu'))

/** A section-end label of a site's footer menu, no comment heading ("About Us", "Contact us", "Terms and conditions"). */
const FOOTER_LABEL = onFirstUse(() => RegExp(String.raw`^(?:(?:about|contact) us|legal|customer service|help and|terms and)`, 'iu'))

/** Words of five letters or more: the words that carry what a text is about. */
const LONG_WORD = onFirstUse(() => RegExp(String.raw`\p{L}{5,}`, 'gu'))

function longWords(text: string): Set<string> {
  return new Set(text.toLowerCase().match(LONG_WORD()) ?? [])
}

/**
 * Indices (ascending) of prose candidates cut off from the region by page furniture that are
 * the article's. Above `first`: walking up, each paragraph that shares enough of the region's
 * longer words (one is enough for three lines or more wrapped to the region's column width, PDF text; one that does not, or one of few lower-case words — a title, a list of names —
 * is stepped over), up to a byline, a "Filed under:" line, a caption or a short paragraph, or a
 * paragraph that opens with a dateline (the article's first, taken); nothing when the region
 * itself opens with a dateline. Below `last`
 * (unless `below` is false: a comment section cut the region) the same, against the region's words and those of the
 * islands above and of those taken below it so far, up to a comment section or a signed comment, a copyright line or a paragraph that opens with a dateline
 * (another article's); a paragraph right under an island taken below needs one shared word — a footer menu's label ("About Us") is passed like a list of links; past a list of links, only paragraphs that share a quarter of their longer words with the article
 * (PDF text reads a column of links between the article's last paragraphs; teasers of other stories share fewer).
 *
 * @example
 * ```ts
 * regionIslands(candidates, new Set(), 57, 68, true) // [26, 27, 28, 30]
 * ```
 */
export function regionIslands(candidates: readonly Candidate[], claimed: ReadonlySet<number>, first: number, last: number, below: boolean): number[] {
  let vocabulary: Set<string> | undefined
  const width = regionColumnWidth(candidates, first, last)
  // Whether a candidate is taken (true), stepped over (false), or ends the walk (undefined); past a list of links
  // (`strict`), only a paragraph that shares a quarter of its longer words with the article, three or more, is taken.
  const step = (index: number, strict = false, adjacent = false): boolean | undefined => {
    const candidate = candidates[index] as Candidate
    if (candidate.boilerplate === 'meta' || candidate.lines.slice(0, 2).some((line) => parseByline(line.text) !== undefined)) return undefined
    if (claimed.has(index) || !isProse(candidate)) return false
    // (A dateline and the title it quotes lower the share of lower-case words of an article's first paragraph.)
    if (candidate.words < islandWords || describesPhoto(candidate.text)) return undefined
    if (candidate.lower < islandLower - (endsSentence(candidate.text) ? 0.1 : 0) && !findDateline(candidate.text)) return false
    vocabulary ??= regionVocabulary(candidates, first, last)
    const own = longWords(candidate.text)
    let shared = 0
    for (const word of own) if (vocabulary.has(word)) shared++
    // A paragraph right under one taken below (nothing between) goes on with it: one shared word is enough.
    if (shared > 0 && adjacent) return true
    if (strict) return shared >= strictLeast && shared >= strictShare * own.size
    // A paragraph wrapped to the region's own column width is the article's when it shares a word with it (PDF text).
    if (shared > 0 && width !== undefined && fitsColumn(candidate, width)) return true
    return shared >= sharedLeast && shared >= sharedShare * own.size
  }
  const islands: number[] = []
  // (What an island says is the article's too: the paragraphs further out may speak of it.)
  const learn = (index: number): void => {
    for (const word of longWords((candidates[index] as Candidate).text)) vocabulary?.add(word)
  }
  // A region that opens with a dateline holds the article's first paragraph; one that opens with a byline, all of it.
  const opened = findDateline((candidates[first] as Candidate).text) !== undefined || parseByline((candidates[first] as Candidate).lines[0]?.text ?? '') !== undefined
  for (let index = first - 1; index >= 0 && !opened; index--) {
    const taken = step(index)
    if (taken === undefined) break
    if (!taken) continue
    islands.unshift(index)
    learn(index)
    if (findDateline((candidates[index] as Candidate).text)) break
  }
  let pastLinks = false
  for (let index = last + 1; below && index < candidates.length; index++) {
    const {boilerplate, text, words} = candidates[index] as Candidate
    // A short line with a clock time signs a comment or heads a post ("Comment by Dawn – January 7, 2008 @ 8:48 pm").
    // A site's footer label ("About Us") read between the article's last paragraphs (PDF text) is passed like a list of links.
    const footer = boilerplate === 'section-end' && FOOTER_LABEL().test(text)
    if ((boilerplate === 'section-end' && !footer) || boilerplate === 'copyright' || findDateline(text) || (words <= 12 && CLOCK_TIME().test(text))) break
    // (A list of links read between the article's last paragraphs, PDF text: the walk goes on, strictly.)
    pastLinks ||= boilerplate === 'links' || footer
    if (footer) continue
    const taken = step(index, pastLinks, islands.at(-1) === index - 1)
    if (taken === undefined) break
    if (!taken) continue
    islands.push(index)
    learn(index)
  }
  return islands
}

/** Fewest wrapped lines of the region's prose that give its column width. */
const widthLines = 5

/**
 * The width of the region's column, in characters: the median length of its prose's wrapped lines (each paragraph's
 * lines but its last), when it has enough of them — text whose paragraphs are wrapped lines (PDF text); undefined for
 * text of a line a paragraph.
 */
function regionColumnWidth(candidates: readonly Candidate[], first: number, last: number): number | undefined {
  const lengths: number[] = []
  for (let index = first; index <= last; index++) {
    const candidate = candidates[index] as Candidate
    if (isProse(candidate)) for (const line of candidate.lines.slice(0, -1)) lengths.push(line.text.length)
  }
  if (lengths.length < widthLines) return undefined
  lengths.sort((a, b) => a - b)
  return lengths[lengths.length >> 1]
}

/** Whether a paragraph is wrapped to the column `width`: three lines or more, each but the last 0.8 of it or more, none over 1.15. */
function fitsColumn(candidate: Candidate, width: number): boolean {
  const {lines} = candidate
  return lines.length >= 3 && lines.every((line, at) => line.text.length <= width * 1.15 && (at === lines.length - 1 || line.text.length >= width * 0.8))
}

function regionVocabulary(candidates: readonly Candidate[], first: number, last: number): Set<string> {
  const vocabulary = new Set<string>()
  for (let index = first; index <= last; index++) {
    const candidate = candidates[index] as Candidate
    if (isProse(candidate)) for (const word of longWords(candidate.text)) vocabulary.add(word)
  }
  return vocabulary
}
