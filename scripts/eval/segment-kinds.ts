/**
 * Scoring of body extraction for `eval:segment`, the same for every input kind (scraped
 * blocks, browser text, PDF text) and split (issue 12).
 *
 * Words: lower-case runs of letters and digits; a hyphenated compound is one word with its
 * hyphens dropped ("left-wing" = "leftwing"), because pdftotext itself joins a line-end
 * hyphen ("left-\nwing" → "leftwing") and that is not the segmenter's doing. Body scores are
 * bag-of-words precision/recall/F1 of the extracted body against the gold body, as the
 * article-extraction benchmarks (CleanEval, the Zyte/Scrapinghub article benchmark) score
 * them: micro over all words of all pages, plus the distribution of per-page F1.
 *
 * The other measures:
 * - **leaks**: a labelled non-body block (supplemental = captions, credits, bylines, dates;
 *   related-content; comments; headline; not-content) leaks when its whole word sequence
 *   stands in the extracted body and not in the gold body;
 * - **headline in body**: pages whose headline block leaks (share of pages with a headline);
 * - **lost**: gold body words missing from everything the segmenter returned (body,
 *   headline, captions, byline, dateline, notes, references) as a multiset, and gold body
 *   sentences of 3+ words whose word sequence is nowhere in it — and of those, how many are not in the input
 *   either (their words are not there in order, chunk by chunk: lib/sentence-chunks.ts), which no segmenter can return;
 * - **related → references**: related-content blocks (2+ words) that overlap the text of a
 *   returned reference (its title or text within the block, or the block within it).
 */
import {missingSentences, sentencesOf, wordText, words} from '../../test/helpers/gold-text.js'
import {chunksOf} from './lib/sentence-chunks.js'

/** A labelled block of the gold: the L3S labels. */
export interface GoldBlock {
  label: string
  text: string
}

/** What a method returned for one page, flattened to text. */
export interface Extracted {
  /** Body paragraphs (the dateline text first when it opens the first paragraph). */
  body: string[]
  /**
   * Everything returned, body included, in input order: headline, dek, captions, credits,
   * byline, dateline, body paragraphs, notes, references.
   */
  parts: string[]
  /** References, for the related-content score. */
  references: Array<{kind: string; text: string; title?: string}>
}

/** The non-body labels whose leaks are counted, in table order. */
export const leakLabels = ['supplemental', 'related-content', 'comments', 'headline', 'not-content'] as const
export type LeakLabel = (typeof leakLabels)[number]

interface Tally {
  blocks: number
  of: number
  words: number
  ofWords: number
}

/** The score of one page. */
export interface PageScore {
  id: string
  url: string
  goldWords: number
  foundWords: number
  overlap: number
  f1: number | undefined
  leaks: Record<LeakLabel, Tally>
  lostWords: number
  goldSentences: number
  lostSentences: string[]
  /** Of the lost sentences, those whose words are not in the input (0 when the page has no input text). */
  notInInput: number
  headline: boolean | undefined
  related: {blocks: number; asReferences: number}
}

/** The words joined with single spaces and padded, for whole-sequence containment. */
const squash = (text: string): string => ` ${words(text).join(' ')} `

function bag(list: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const word of list) counts.set(word, (counts.get(word) ?? 0) + 1)
  return counts
}

/** Multiset overlap: how many of `found` are matched by a word of `gold`. */
function overlapOf(found: readonly string[], gold: readonly string[]): number {
  const goldBag = bag(gold)
  let overlap = 0
  for (const [word, count] of bag(found)) overlap += Math.min(count, goldBag.get(word) ?? 0)
  return overlap
}

export const f1Of = (precision: number, recall: number): number => (precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall))

/**
 * Score one page.
 *
 * @param page - Its id, URL and gold blocks.
 * @param extracted - What the method returned.
 */
export function scorePage(page: {doc_id: string; url: string; blocks: readonly GoldBlock[]; text?: string}, extracted: Extracted): PageScore {
  const gold = page.blocks.filter((block) => block.label === 'fulltext').map((block) => block.text)
  const goldWords = gold.flatMap(words)
  const foundWords = extracted.body.flatMap(words)
  const bodyText = extracted.body.map(squash).join('')
  const goldText = gold.map(squash).join('')
  const leaks = Object.fromEntries(leakLabels.map((label) => [label, {blocks: 0, of: 0, words: 0, ofWords: 0}])) as Record<LeakLabel, Tally>
  let headline: boolean | undefined
  for (const block of page.blocks) {
    const tally = leaks[block.label as LeakLabel]
    if (!tally) continue
    const text = squash(block.text)
    const size = words(block.text).length
    if (size === 0 || goldText.includes(text)) continue
    const leaked = bodyText.includes(text)
    tally.of++
    tally.ofWords += size
    if (leaked) {
      tally.blocks++
      tally.words += size
    }
    if (block.label === 'headline' && size >= 2) headline = (headline ?? false) || leaked
  }
  const outputText = wordText(extracted.parts)
  const outputBag = bag(extracted.parts.flatMap(words))
  let lostWords = 0
  for (const [word, count] of bag(goldWords)) lostWords += Math.max(0, count - (outputBag.get(word) ?? 0))
  const sentences = gold.flatMap(sentencesOf)
  const lostSentences = missingSentences(gold, outputText)
  const inputWords = page.text === undefined || lostSentences.length === 0 ? [] : words(page.text)
  const notInInput = page.text === undefined ? 0 : lostSentences.filter((sentence) => !chunksOf(words(sentence), inputWords)).length
  const references = extracted.references.flatMap((reference) => [reference.title, reference.text].filter((text) => text !== undefined).map(squash)).filter((text) => text.length > 4)
  let relatedBlocks = 0
  let asReferences = 0
  for (const block of page.blocks) {
    if (block.label !== 'related-content' || words(block.text).length < 2) continue
    relatedBlocks++
    const text = squash(block.text)
    if (references.some((reference) => (reference.split(' ').length > 3 && text.includes(reference)) || reference.includes(text))) asReferences++
  }
  const overlap = overlapOf(foundWords, goldWords)
  const precision = foundWords.length ? overlap / foundWords.length : 0
  const recall = goldWords.length ? overlap / goldWords.length : 0
  return {
    id: page.doc_id,
    url: page.url,
    goldWords: goldWords.length,
    foundWords: foundWords.length,
    overlap,
    f1: goldWords.length === 0 ? undefined : f1Of(precision, recall),
    leaks,
    lostWords,
    goldSentences: sentences.length,
    lostSentences,
    notInInput,
    headline,
    related: {blocks: relatedBlocks, asReferences},
  }
}

/** The totals of a set of page scores. */
export interface Summary {
  pages: number
  precision: number
  recall: number
  f1: number
  median: number
  p10: number
  under: number
  leaks: Record<LeakLabel, Tally>
  lostWords: number
  goldWords: number
  lostSentences: number
  notInInput: number
  goldSentences: number
  headlinePages: number
  headlineInBody: number
  related: {blocks: number; asReferences: number}
}

/** Nearest-rank percentile of ascending values. */
function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)] as number
}

/** Sum page scores into one row. Pages without gold body words count in no page statistic. */
export function summarize(scores: readonly PageScore[]): Summary {
  const overlap = scores.reduce((sum, score) => sum + score.overlap, 0)
  const found = scores.reduce((sum, score) => sum + score.foundWords, 0)
  const goldWords = scores.reduce((sum, score) => sum + score.goldWords, 0)
  const pageF1 = scores.flatMap((score) => (score.f1 === undefined ? [] : [score.f1])).sort((a, b) => a - b)
  const leaks = Object.fromEntries(leakLabels.map((label) => [label, {blocks: 0, of: 0, words: 0, ofWords: 0}])) as Record<LeakLabel, Tally>
  for (const score of scores) {
    for (const label of leakLabels) {
      for (const key of ['blocks', 'of', 'words', 'ofWords'] as const) leaks[label][key] += score.leaks[label][key]
    }
  }
  const precision = found ? overlap / found : 0
  const recall = goldWords ? overlap / goldWords : 0
  return {
    pages: pageF1.length,
    precision,
    recall,
    f1: f1Of(precision, recall),
    median: percentile(pageF1, 0.5),
    p10: percentile(pageF1, 0.1),
    under: pageF1.filter((value) => value < 0.8).length,
    leaks,
    lostWords: scores.reduce((sum, score) => sum + score.lostWords, 0),
    goldWords,
    lostSentences: scores.reduce((sum, score) => sum + score.lostSentences.length, 0),
    notInInput: scores.reduce((sum, score) => sum + score.notInInput, 0),
    goldSentences: scores.reduce((sum, score) => sum + score.goldSentences, 0),
    headlinePages: scores.filter((score) => score.headline !== undefined).length,
    headlineInBody: scores.filter((score) => score.headline === true).length,
    related: {
      blocks: scores.reduce((sum, score) => sum + score.related.blocks, 0),
      asReferences: scores.reduce((sum, score) => sum + score.related.asReferences, 0),
    },
  }
}

/** One row of the result tables. */
export interface Row {
  kind: string
  split: string
  method: string
  summary: Summary
}

const fixed = (value: number): string => (Number.isNaN(value) ? '–' : value.toFixed(3))
const percent = (part: number, whole: number): string => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`)

/** The body table: P/R/F1 and the page-F1 distribution, one row per kind × split × method. */
export function bodyTable(rows: readonly Row[]): string {
  const lines = [
    '| kind | split | pages | method | body P | body R | body F1 | median page F1 | 10th pct page F1 | pages < 0.8 |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ]
  for (const {kind, split, method, summary: s} of rows) {
    lines.push(`| ${kind} | ${split} | ${s.pages} | ${method} | ${fixed(s.precision)} | ${fixed(s.recall)} | ${fixed(s.f1)} | ${fixed(s.median)} | ${fixed(s.p10)} | ${s.under} |`)
  }
  return lines.join('\n')
}

/** The leak and loss table: blocks leaked per label, words and sentences lost, headline, related. */
export function leakTable(rows: readonly Row[]): string {
  const lines = [
    '| kind | split | method | supplemental leaked | related leaked | comments leaked | headline in body (pages) | not-content leaked | body words lost | body sentences lost | related → references |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ]
  for (const {kind, split, method, summary: s} of rows) {
    const leak = (label: LeakLabel): string => `${s.leaks[label].blocks}/${s.leaks[label].of} (${percent(s.leaks[label].blocks, s.leaks[label].of)})`
    lines.push(
      `| ${kind} | ${split} | ${method} | ${leak('supplemental')} | ${leak('related-content')} | ${leak('comments')} | ` +
        `${s.headlineInBody}/${s.headlinePages} | ${leak('not-content')} | ${percent(s.lostWords, s.goldWords)} | ` +
        `${s.lostSentences}/${s.goldSentences}${s.notInInput ? ` (${s.notInInput} not in the input)` : ''} | ${s.related.asReferences}/${s.related.blocks} |`,
    )
  }
  return lines.join('\n')
}

/** The blind rule: every blank-line block of 12+ words that ends a sentence. */
export function blindRule(input: string): Extracted {
  const body = input
    .split(/\n[ \t]*\n/u)
    .map((block) => block.trim())
    .filter((block) => (block.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 12 && /[.!?…]["'”’)\]]*$/u.test(block))
  return {body, parts: body, references: []}
}
