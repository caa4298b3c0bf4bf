/**
 * The article's main region on a scraped page: the stretch of candidates with the most
 * prose, where navigation, link lists and other short lines between prose cost
 * something (a maximum-sum run, linear time). A heading that opens a comment section
 * ends the region.
 *
 * @internal
 */
import type {Candidate} from './candidates.js'
import {isProse} from './candidates.js'
import {endsSentence} from './text-shape.js'
import {isScoreLine} from './rules/box-score.js'
import {inNumberedSequence, sectionNumber} from './rules/numbered-sections.js'
import {onFirstUse} from '../internal/on-first-use.js'
import {regionIslands} from './region-islands.js'
import {cutAtCopyright} from './rules/closing-copyright.js'
import {isByLine} from './rules/byline.js'
import {furnitureKey} from './rules/pdf-furniture.js'

/** What a short non-prose candidate costs, in words of prose. */
const gapCost = 6

/** Prose words after which a comment heading closes the page to the body: an article has come. */
const articleWords = 150

/** Prose words before a comment heading that it does not cut off ("53 Comments" under a one-line dek). */
const dekWords = 20

/**
 * The first and last index (inclusive) of the main region, or undefined when there is
 * no prose at all.
 *
 * @example
 * ```ts
 * mainRegion(candidates, new Set()) // {first: 3, last: 27}
 * ```
 */
export function mainRegion(candidates: readonly Candidate[], claimed: ReadonlySet<number>): Region | undefined {
  const best = bestRun(candidates, claimed, candidates.length)
  if (!best) return undefined
  let region = shaped(candidates, claimed, best)
  // Comments under a comment heading that won over a short article above it (less prose than the article's once cut):
  // the run before the heading is the article.
  let heading = best.first
  while (heading > 0 && candidates[heading]?.boilerplate !== 'section-end') heading--
  const earlier = heading > 0 ? bestRun(candidates, claimed, heading) : undefined
  if (earlier && proseWords(candidates, earlier.first, earlier.last) > proseWords(candidates, region.first, region.last)) region = shaped(candidates, claimed, earlier)
  const entries = region.cut ? region : extendOverRepeatedEntries(candidates, claimed, region)
  // (Short finished lines after the last entry taken in belong to it too.)
  const whole = fromByline(candidates, entries.last > region.last ? extendOverFinishedLines(candidates, claimed, entries) : entries)
  const islands = regionIslands(candidates, claimed, whole.first, whole.last, !whole.cut || whole.atLinks === true)
  return islands.length > 0 ? {...whole, islands} : whole
}

/** The maximum-sum run of candidates before `end`; a comment heading after an article's worth of prose ends the page. */
function bestRun(candidates: readonly Candidate[], claimed: ReadonlySet<number>, end: number): {first: number; last: number; score: number} | undefined {
  let best: {first: number; last: number; score: number} | undefined
  let sum = 0
  let first = 0
  let prose = 0
  for (let index = 0; index < end; index++) {
    const candidate = candidates[index] as Candidate
    // The comment section after an article (a comment heading after some prose) holds no body.
    if (candidate.boilerplate === 'section-end' && prose >= articleWords) break
    if (isProse(candidate)) prose += candidate.words
    if (sum <= 0) {
      sum = 0
      first = index
    }
    sum += scoreOf(candidates, index, claimed.has(index))
    if (sum > 0 && (!best || sum > best.score)) best = {first, last: index, score: sum}
  }
  return best
}

/** A run cut at a comment heading, teasers or a copyright line, and extended over the short lines that end it. */
function shaped(candidates: readonly Candidate[], claimed: ReadonlySet<number>, run: {first: number; last: number}): Region {
  return withNumberedOpening(candidates, extendOverFinishedLines(candidates, claimed, withoutTailIsland(candidates, cutAtCopyright(candidates, cutAtSectionEnd(candidates, run)))))
}

/**
 * A byline ("By Patrick Finley") inside the region, after more than a dek of prose and over more prose than stands
 * above it, opens the article: the prose above it is another story's (a sidebar story printed above the main one).
 */
function fromByline(candidates: readonly Candidate[], region: Region): Region {
  let before = 0
  let at = region.first
  for (; at <= region.last; at++) {
    const candidate = candidates[at] as Candidate
    if (isProse(candidate)) before += candidate.words
    else if (before > dekWords && candidate.words <= 8 && isByLine(candidate.text)) break
  }
  return at <= region.last && proseWords(candidates, at + 1, region.last) > before ? {...region, first: at} : region
}

/** The first two words of a short line, lower-cased, digits folded: the shape a live blog repeats ("posted by", "13:15"). */
const shapeKey = (candidate: Candidate): string => furnitureKey(candidate.text.split(' ', 2).join(' '))

/**
 * Entries after the region that repeat a line of its own (a live blog's "Posted by X" closing each
 * post, then the next post's title and text): one to three short lines, the first of the same
 * shape as a short line inside the region, then prose. The maximum-sum run leaves the last
 * post out when it is short.
 */
function extendOverRepeatedEntries(candidates: readonly Candidate[], claimed: ReadonlySet<number>, region: Region): Region {
  const shapes = new Set<string>()
  for (let index = region.first; index <= region.last; index++) {
    const candidate = candidates[index] as Candidate
    if (!isProse(candidate) && !candidate.boilerplate && candidate.words <= 8) shapes.add(shapeKey(candidate))
  }
  let last = region.last
  for (;;) {
    const first = candidates[last + 1]
    if (!first || claimed.has(last + 1) || first.boilerplate || isProse(first) || first.words > 8 || !shapes.has(shapeKey(first))) break
    let at = last + 2
    while (at <= last + 3 && candidates[at] && !isProse(candidates[at] as Candidate) && !(candidates[at] as Candidate).boilerplate && (candidates[at] as Candidate).words <= 8) at++
    if (!candidates[at] || claimed.has(at) || !isProse(candidates[at] as Candidate)) break
    last = at
  }
  return last === region.last ? region : {...region, last}
}

/**
 * A listicle's numbered section heading in sequence with prose under it ("2. Recycled content
 * becomes mandatory" / "By 2031, …"); numbered titles with no prose between them are a list of links.
 *
 * @example
 * ```ts
 * opensNumberedSection(candidatesOf('1. Title\n\nProse of many words.\n\n2. Title'), 0) // true
 * ```
 */
export function opensNumberedSection(candidates: readonly Candidate[], index: number): boolean {
  const next = candidates[index + 1]
  return next !== undefined && (isProse(next) || (next.words >= 4 && endsSentence(next.text) && sectionNumber(next.text) === undefined)) && inNumberedSequence(candidates, index)
}

/** A listicle's first numbered heading ("1. Every battery gets a passport") right above the region opens it. */
function withNumberedOpening(candidates: readonly Candidate[], region: Region): Region {
  const above = region.first - 1
  return above >= 0 && sectionNumber((candidates[above] as Candidate).text) === 1 && opensNumberedSection(candidates, above) ? {...region, first: above} : region
}

/**
 * Short finished lines right after the region (a line-up, "Subs: A, B, C.", "It passed.") and
 * the lines of a box score belong to it: they cost a little each, so the maximum-sum run
 * leaves them out.
 */
function extendOverFinishedLines(
  candidates: readonly Candidate[],
  claimed: ReadonlySet<number>,
  region: Region,
): Region {
  let last = region.last
  if (candidates[last]?.boilerplate === 'section-end' || region.cut) return region
  let scores: number | undefined
  for (let index = last + 1; index < candidates.length; index++) {
    const candidate = candidates[index] as Candidate
    if (claimed.has(index) || candidate.boilerplate) break
    // A box score under a game story ("NEVADA 72, SAN JOSE STATE 51" / "White, Natalie 11-17 0-0 22; …").
    if (isScoreLine(candidate.text)) scores ??= index
    else if (!candidate.list && !opensList(candidates, index) && !opensNumberedSection(candidates, index) && (candidate.words < 2 || !endsSentence(candidate.text)) && !introduces(candidates, index)) break
    last = index
  }
  return {first: region.first, last, ...(scores === undefined ? {} : {scores})}
}

/** Boilerplate that interrupts an article rather than ends it: ads, inserts, share buttons. */
const interruptions = new Set(['ad', 'inserted', 'share'])

/** A press release's "About Microsoft" heading (its boilerplate paragraph under it is the release's text). */
const OPENS_ABOUT_SECTION = onFirstUse(() => RegExp(String.raw`^About \p{Lu}`, 'u'))

/**
 * A section heading of two to six title-case words ("Forward-Looking Statements", "What Comes
 * Next"): the short paragraph under it is the article's last section, not page furniture.
 */
const SECTION_HEADING = onFirstUse(() => RegExp(String.raw`^\p{Lu}[\p{L}'’-]*(?: (?:\p{Lu}[\p{L}'’-]*|of|and|the|for|to|in|on|at|a|an)){1,5}$`, 'u'))

/** Most words of short prose after a gap at the region's end that is cut off as not the article's. */
const islandWords = 30

/**
 * Short prose after a gap at the end of the region ("Email this" / "Have a view on this
 * story? Send us your feedback!", "Save over 50% … Subscribe now!") is the page's, not the
 * article's: the region ends before the gap. A short last paragraph right after the
 * article's prose (no gap), or after a table's rows, stays.
 */
function withoutTailIsland(candidates: readonly Candidate[], region: Region): Region {
  let at = region.last
  let words = 0
  // (A sign-off such as "… contributed to this report." is the article's.)
  while (at > region.first && isProse(candidates[at] as Candidate) && (candidates[at] as Candidate).words < 20 && !/\bcontributed\b/u.test((candidates[at] as Candidate).text)) {
    words += (candidates[at] as Candidate).words
    at--
  }
  if (at === region.last || words >= islandWords) return region
  const gap = candidates[at] as Candidate
  // Page furniture ("Related stories", "Search Post :") or a heading in capitals ends the article; an ad, an insert or share
  // buttons interrupt it, and a line of text may be a paragraph's first half (PDF text cut by a column).
  // A press release's "About Microsoft" heading opens its own boilerplate paragraph, which is the release's text; a
  // title-case section heading ("Forward-Looking Statements") opens the article's last section.
  // A table's last row is the article's (a table of figures between two paragraphs).
  const furniture = gap.boilerplate ? !interruptions.has(gap.boilerplate) : gap.lower < 0.2 && !gap.row && !endsSentence(gap.text, true) && !OPENS_ABOUT_SECTION().test(gap.text) && !SECTION_HEADING().test(gap.text)
  if (!furniture) return region
  let before = at - 1
  while (before > region.first && !isProse(candidates[before] as Candidate)) before--
  return before > region.first && isProse(candidates[before] as Candidate) ? {...region, last: before} : region
}

function scoreOf(candidates: readonly Candidate[], index: number, claimed: boolean): number {
  const candidate = candidates[index] as Candidate
  if (claimed || candidate.boilerplate === 'ad' || candidate.boilerplate === 'share') return 0
  if (candidate.boilerplate === 'links') return -3
  if (isProse(candidate)) return candidate.words
  // Items of a list (and the line that introduces them) and rows of a table are the article's too: they neither add nor cost much.
  if (candidate.list && candidate.words >= 4) return candidate.words / 2
  if (candidate.row || opensList(candidates, index)) return 0
  return -(gapCost + candidate.words / 2)
}

/** A line that introduces a list ("Officials urged residents to:" above its items). */
function opensList(candidates: readonly Candidate[], index: number): boolean {
  return candidates[index + 1]?.list === true && (candidates[index] as Candidate).text.endsWith(':')
}

/**
 * A comment-section heading, or the first of a run of signed comments, after the first
 * prose ends the article; so does a link-list heading followed by less prose than came
 * before it (teasers of other stories, not the rest of this one).
 */
function cutAtSectionEnd(candidates: readonly Candidate[], region: {first: number; last: number}): Region {
  let prose = 0
  // Prose words of the whole region, counted once: the prose after a link list (itself
  // never prose) is this total less the prose before it, so each list costs O(1).
  let total: number | undefined
  for (let index = region.first; index <= region.last; index++) {
    const candidate = candidates[index] as Candidate
    if (prose > dekWords && candidate.boilerplate === 'section-end') return {first: region.first, last: index - 1, cut: true}
    // The cards' heading (the line before them) goes with them; a finished sentence is no heading.
    if (prose > 0 && startsTeasers(candidates, index)) {
      const heading = !endsSentence((candidates[index - 1] as Candidate).text)
      return {first: region.first, last: heading ? index - 2 : index - 1, cut: true}
    }
    // (Comments that would start at the region's first paragraph are its own sentences cut by a narrow column.)
    const comments = prose > 0 && startsComments(candidates, index) ? commentStart(candidates, index) : 0
    if (comments > region.first) return {first: region.first, last: comments - 1, cut: true}
    if (prose > 0 && candidate.boilerplate === 'links') {
      total ??= proseWords(candidates, region.first, region.last)
      if (total - prose < prose) return {first: region.first, last: index - 1, cut: true, atLinks: true}
    }
    if (isProse(candidate)) prose += candidate.words
  }
  return region
}

/** Longest summary of a teaser card, in words. */
const summaryWords = 40

/**
 * Teaser cards of other stories after a line that is not prose: three titles in a row
 * (two when no prose comes after them), each over a short summary ("B.C. Headlines" / "Hops shortage spurs …" / "A worldwide
 * shortage of hops …"). Results under score lines right after the article's prose are
 * its own ("Canucks 2 Ducks 1" / "At Vancouver, …").
 */
function startsTeasers(candidates: readonly Candidate[], index: number): boolean {
  const before = candidates[index - 1]
  // Numbered titles in sequence ("3. …" after "2. …") are the article's own sections.
  if (!before || isProse(before) || opensNumberedSection(candidates, index)) return false
  let cards = 0
  let headlines = 0
  for (let at = index; at < index + 6; at += 2) {
    const title = candidates[at]
    if (!isCard(title, candidates[at + 1])) break
    cards++
    if ((title as Candidate).words >= headlineWords) headlines++
  }
  // Cards are titled by headlines; the article's own sections by short labels ("Conference Call" / "About Acme").
  // Two cards do when both are (no menu items) and no prose follows them: the page's last text is theirs.
  const menu = (at: number): boolean => candidates[at]?.boilerplate === 'navigation'
  // Two paragraphs of prose in a row soon after them: the article goes on past a column of cards read between its paragraphs.
  if (cards === 3 && proseRunAfter(candidates, index + 6)) return false
  return (cards === 3 && headlines >= 2) || (cards === 2 && headlines === 2 && !menu(index) && !menu(index + 2) && !candidates.slice(index + 4).some(isProse))
}

/** Two paragraphs of prose in a row among the four candidates from `from`: the article goes on (a card has one). */
function proseRunAfter(candidates: readonly Candidate[], from: number): boolean {
  for (let at = from; at < from + 3; at++) if (candidates[at] && candidates[at + 1] && isProse(candidates[at] as Candidate) && isProse(candidates[at + 1] as Candidate)) return true
  return false
}

/** A teaser card: a short title (not a finished sentence) over a summary of short prose. */
function isCard(title: Candidate | undefined, summary: Candidate | undefined): boolean {
  // A title may ask a question ("Mercedes to buy Dennis into retirement?").
  const finished = title !== undefined && endsSentence(title.text) && !title.text.endsWith('?')
  return title !== undefined && summary !== undefined && !isProse(title) && title.words <= 10 && !finished && isProse(summary) && summary.words <= summaryWords
}

/** Fewest words of a teaser card's title that reads as a headline rather than a section label. */
const headlineWords = 4

/** The main region: first and last candidate index, inclusive; `cut` when a section end cut it. */
export interface Region {
  first: number
  last: number
  cut?: boolean
  /** Cut at a list of links with less prose under it than above: the paragraphs below may still be taken back (./region-islands.ts). */
  atLinks?: boolean
  /** Where a box score after the article's prose starts: its lines are body. */
  scores?: number
  /** Paragraphs above `first` that open the article, cut off from it by page furniture (ascending). */
  islands?: readonly number[]
}

function proseWords(candidates: readonly Candidate[], from: number, to: number): number {
  let words = 0
  for (let index = from; index <= to; index++) {
    const candidate = candidates[index] as Candidate
    if (isProse(candidate)) words += candidate.words
  }
  return words
}

/** A comment signature ("Blake B, los angeles,"): a short unfinished line with a comma. */
function isSignature(candidate: Candidate | undefined): boolean {
  if (!candidate || candidate.boilerplate || candidate.words > 8 || !candidate.text.includes(',')) return false
  return !endsSentence(candidate.text)
}

/** A signature after prose, and another one after more prose within a few candidates. */
function startsComments(candidates: readonly Candidate[], index: number): boolean {
  const before = candidates[index - 1]
  if (!isSignature(candidates[index]) || !before || !isProse(before)) return false
  for (let next = index + 2; next <= index + 6; next++) {
    const previous = candidates[next - 1]
    if (isSignature(candidates[next]) && previous && isProse(previous)) return true
  }
  return false
}

/** Where the first signed comment starts: back over its prose, up to the nearest non-prose line. */
function commentStart(candidates: readonly Candidate[], signature: number): number {
  for (let index = signature - 1; index >= Math.max(0, signature - 3); index--) {
    const candidate = candidates[index] as Candidate
    if (!isProse(candidate)) return index + 1
  }
  return signature - 1
}

/** The longest line of a candidate, in characters (0 when there is none). */
function widestLine(candidate: Candidate | undefined): number {
  let widest = 0
  for (const line of candidate?.lines ?? []) widest = Math.max(widest, line.text.length)
  return widest
}

/**
 * Whether the short block at `index` is a title of another column read between the text's paragraphs (PDF): it is
 * wrapped on two lines or more, all shorter than half the widest line of the paragraph beside it. A subheading of the
 * text's own column runs as wide as its words need.
 *
 * @example
 * ```ts
 * isColumnTitle(candidatesOf('A paragraph of the story … wide lines.\n\nPalestinians Collectively\nReject Bush Proposal\n\nMore of the story …'), 1) // true
 * ```
 */
export function isColumnTitle(candidates: readonly Candidate[], index: number): boolean {
  const candidate = candidates[index] as Candidate
  return candidate.lines.length >= 2 && widestLine(candidate) * 2 < Math.max(widestLine(candidates[index - 1]), widestLine(candidates[index + 1]))
}

/** Most short lines a sentence ending with a colon introduces before the text goes on. */
const introducedLines = 16

/**
 * A sentence that introduces what follows ("Here are the crosstabs among these key groups:" over a table's cells): four
 * words or more, half of them lower case, a colon last, and under it short lines, no boilerplate, then prose.
 */
function introduces(candidates: readonly Candidate[], index: number): boolean {
  const candidate = candidates[index] as Candidate
  if (!candidate.text.endsWith(':') || candidate.words < 4 || candidate.lower < 0.5) return false
  for (let at = index + 1; at <= index + introducedLines; at++) {
    const next = candidates[at]
    if (!next || next.boilerplate) return false
    if (isProse(next)) return at > index + 1
  }
  return false
}
