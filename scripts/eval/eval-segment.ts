/**
 * Segmentation eval on the L3S-GN1 dev pages (../shared/eval/segmentation): each page's
 * labelled text blocks joined with blank lines are the input; the `fulltext` blocks are
 * the gold body. Prints word-level precision/recall/F1 of the body (micro over all
 * words, and the mean over pages) for the blind rule "keep every block of 12+ words that
 * ends a sentence" and for nutgraf, the leakage of `supplemental` blocks (captions,
 * credits, bylines) into the body, and exact matches on the fixture articles.
 *
 * Usage: npx tsx scripts/eval/eval-segment.ts [--pages]
 */
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {segment} from '../../src/index.js'
import {ownFixtureList, projectRoot, sharedFixtureList} from '../../test/helpers/fixtures.js'

interface Block {
  label: string
  text: string
}
interface Page {
  doc_id: string
  url: string
  blocks: Block[]
}
interface Counts {
  overlap: number
  found: number
  gold: number
  leakedBlocks: number
  leakedWords: number
}

const dataFile = join(projectRoot, '..', 'shared', 'eval', 'segmentation', 'l3s-gn1-dev.jsonl')

/** Lower-case word tokens (letters and digits). */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

function bag(list: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const word of list) counts.set(word, (counts.get(word) ?? 0) + 1)
  return counts
}

function overlapOf(found: readonly string[], gold: readonly string[]): number {
  const goldBag = bag(gold)
  let overlap = 0
  for (const [word, count] of bag(found)) overlap += Math.min(count, goldBag.get(word) ?? 0)
  return overlap
}

/** The blind rule: every blank-line block of 12+ words that ends a sentence. */
function blindBody(input: string): string[] {
  return input
    .split(/\n\s*\n/u)
    .map((block) => block.trim())
    .filter((block) => words(block).length >= 12 && /[.!?…]["'”’)\]]*$/u.test(block))
}

/**
 * nutgraf's body: the paragraphs, and the dateline when it opens the first one (the gold
 * body keeps it there; a dateline on a line of its own is not body).
 */
function nutgrafBody(input: string): string[] {
  const result = segment(input)
  const first = result.body[0]?.spans[0]
  const dateline = result.dateline
  const opens = dateline !== undefined && first !== undefined && !/[\n\r]/u.test(input.slice(dateline.span.end, first.start))
  return [...(opens ? [dateline.text] : []), ...result.body.map((paragraph) => paragraph.text)]
}

const squash = (text: string): string => words(text).join(' ')

function score(page: Page, body: readonly string[]): Counts {
  const gold = page.blocks.filter((block) => block.label === 'fulltext').map((block) => block.text)
  const goldWords = gold.flatMap(words)
  const foundWords = body.flatMap(words)
  const bodyText = ` ${body.map(squash).join(' ')} `
  const goldText = ` ${gold.map(squash).join(' ')} `
  let leakedBlocks = 0
  let leakedWords = 0
  for (const block of page.blocks) {
    if (block.label !== 'supplemental') continue
    const text = squash(block.text)
    if (text.length === 0 || goldText.includes(` ${text} `)) continue
    if (bodyText.includes(` ${text} `)) {
      leakedBlocks++
      leakedWords += words(block.text).length
    }
  }
  return {overlap: overlapOf(foundWords, goldWords), found: foundWords.length, gold: goldWords.length, leakedBlocks, leakedWords}
}

const f1 = (precision: number, recall: number): number => (precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall))
const pct = (value: number): string => (value * 100).toFixed(1).padStart(5)
const fixed = (value: number): string => value.toFixed(3)

function evaluatePages(pages: readonly Page[], showPages: boolean): void {
  const methods: Array<[string, (input: string) => string[]]> = [
    ['blind rule (12+ words, ends a sentence)', blindBody],
    ['nutgraf segment()', nutgrafBody],
  ]
  const supplementalBlocks = pages.flatMap((page) => page.blocks.filter((block) => block.label === 'supplemental'))
  const supplementalWords = supplementalBlocks.reduce((sum, block) => sum + words(block.text).length, 0)
  console.log(`L3S-GN1 dev: ${pages.length} pages, ${supplementalBlocks.length} supplemental blocks (${supplementalWords} words)\n`)
  console.log('| method | body P | body R | body F1 (micro) | body F1 (mean of pages) | supplemental leaked: blocks | words |')
  console.log('|---|---|---|---|---|---|---|')
  const perPage: string[][] = pages.map((page) => [page.url.slice(0, 70)])
  for (const [name, method] of methods) {
    const total = {overlap: 0, found: 0, gold: 0, leakedBlocks: 0, leakedWords: 0}
    let f1Sum = 0
    pages.forEach((page, index) => {
      const input = page.blocks.map((block) => block.text).join('\n\n')
      const counts = score(page, method(input))
      for (const key of Object.keys(total) as Array<keyof Counts>) total[key] += counts[key]
      const pageF1 = f1(counts.found ? counts.overlap / counts.found : 0, counts.gold ? counts.overlap / counts.gold : 0)
      f1Sum += pageF1
      perPage[index]?.push(fixed(pageF1), String(counts.leakedBlocks))
    })
    const precision = total.overlap / total.found
    const recall = total.overlap / total.gold
    console.log(
      `| ${name} | ${fixed(precision)} | ${fixed(recall)} | ${fixed(f1(precision, recall))} | ${fixed(f1Sum / pages.length)} | ` +
        `${total.leakedBlocks}/${supplementalBlocks.length} (${pct(total.leakedBlocks / supplementalBlocks.length).trim()}%) | ` +
        `${total.leakedWords}/${supplementalWords} (${pct(total.leakedWords / supplementalWords).trim()}%) |`,
    )
  }
  reportBylines(pages)
  if (!showPages) return
  console.log('\n| page | blind F1 | blind leaks | nutgraf F1 | nutgraf leaks |\n|---|---|---|---|---|')
  for (const row of perPage) console.log(`| ${row.join(' | ')} |`)
}

/** Bylines: pages whose supplemental blocks hold a "By …" line; found when nutgraf's byline opens that block. */
function reportBylines(pages: readonly Page[]): void {
  let found = 0
  let total = 0
  for (const page of pages) {
    const gold = page.blocks.find((block) => block.label === 'supplemental' && /^(?:written )?by\b/iu.test(block.text))
    if (!gold) continue
    total++
    const byline = segment(page.blocks.map((block) => block.text).join('\n\n')).byline
    if (byline && gold.text.startsWith(byline.text)) found++
  }
  console.log(`\nBylines ("By …" supplemental blocks): ${found} of ${total} pages found (nutgraf's byline text opens the block)`)
}

function evaluateFixtures(): void {
  const fixtures = [...sharedFixtureList(), ...ownFixtureList()]
  const tally = {caption: [0, 0], credit: [0, 0], byline: [0, 0], dateline: [0, 0], body: [0, 0]}
  const mark = (field: keyof typeof tally, ok: boolean): void => {
    tally[field][0] = (tally[field][0] ?? 0) + (ok ? 1 : 0)
    tally[field][1] = (tally[field][1] ?? 0) + 1
  }
  for (const {text, expected} of fixtures) {
    const result = segment(text)
    if (expected.caption !== undefined) {
      mark('caption', (result.caption?.text ?? null) === (expected.caption?.text ?? null))
      if (expected.caption?.credit !== undefined) mark('credit', result.caption?.credit?.text === expected.caption.credit)
    }
    if (expected.byline !== undefined) mark('byline', (result.byline?.text ?? null) === (expected.byline?.text ?? result.byline?.text ?? null))
    if (expected.dateline !== undefined) mark('dateline', (result.dateline?.text ?? null) === (expected.dateline?.text ?? result.dateline?.text ?? null))
    if (expected.body) mark('body', JSON.stringify(result.body.map((paragraph) => paragraph.text)) === JSON.stringify(expected.body))
  }
  console.log(`\nFixture articles (${fixtures.length}): exact matches (L3S has no separate caption/credit labels, so they are measured here)\n`)
  console.log('| field | exact | of |\n|---|---|---|')
  for (const [field, [ok, of]] of Object.entries(tally)) console.log(`| ${field}${field === 'body' ? ' (every paragraph)' : ''} | ${ok} | ${of} |`)
}

function main(): void {
  if (!existsSync(dataFile)) {
    console.log(`eval:segment skipped: ${dataFile} is absent (the L3S-GN1 dev pages live in ../shared/eval).`)
  } else {
    const pages = readFileSync(dataFile, 'utf8')
      .split('\n')
      .filter((line) => line.trim().length > 0)
      .map((line) => JSON.parse(line) as Page)
    evaluatePages(pages, process.argv.includes('--pages'))
  }
  evaluateFixtures()
}

main()
