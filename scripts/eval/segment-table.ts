/**
 * The whole segmentation table of issue 12: for each input kind (scraped blocks, browser
 * text, PDF text) and split (train, dev), nutgraf's `segment` and the blind rule side by
 * side, scored by ./segment-kinds.ts.
 *
 * - blocks: each L3S page's labelled blocks joined with blank lines (train and dev);
 * - browser, pdf: the train pages rendered by scripts/generate/l3s-inputs.ts into the
 *   gitignored .cache/l3s/ (made on first use; skipped with a message when Chromium or
 *   pdftotext is absent). Dev has blocks only: the dev pages come without HTML.
 *
 * Usage: npm run eval:segment -- [--split train|dev|all] [--pages KIND]
 * (or npx tsx scripts/eval/segment-table.ts with the same options: the table alone)
 * (`--pages` lists the train pages of one kind under 0.8, with their lost sentences.)
 *
 * Headline exact: pages whose returned headline equals a gold `headline` block
 * (whitespace-collapsed, case-insensitive), over the pages that have one.
 */
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {segment} from '../../src/index.js'
import {cacheDirectory, ensureL3sInputs, readRendered, segmentationData, type L3sPage} from '../generate/l3s-inputs.js'
import {blindRule, bodyTable, leakTable, scorePage, summarize, type Extracted, type PageScore, type Row} from './segment-kinds.js'

type Split = 'train' | 'dev'

/** Pages of a split as blocks; the input is the blocks joined with blank lines. */
export function blockPages(split: Split): L3sPage[] | undefined {
  const file = join(segmentationData, `l3s-gn1-${split}.jsonl`)
  if (!existsSync(file)) return undefined
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const page = JSON.parse(line) as Omit<L3sPage, 'text'>
      return {...page, text: page.blocks.map((block) => block.text).join('\n\n')}
    })
}

interface LoosePart {
  text: string
  span?: {start: number; end: number}
  credit?: LoosePart
  dek?: LoosePart
}

/** What a method returned, with the headline it found (when it finds one). */
type WithHeadline = Extracted & {headline?: string}

/** nutgraf's output as text: the dateline counts as body when it opens the first paragraph (the gold keeps it there). */
export function nutgrafExtract(input: string): WithHeadline {
  const result = segment(input) as ReturnType<typeof segment> & {headline?: LoosePart; captions?: LoosePart[]; notes?: LoosePart[]}
  const first = result.body[0]?.spans[0]
  const dateline = result.dateline
  const opens = dateline !== undefined && first !== undefined && !/[\n\r]/u.test(input.slice(dateline.span.end, first.start))
  const captions = result.captions ?? (result.caption ? [result.caption as LoosePart] : [])
  const parts: Array<{text: string; at: number}> = []
  const add = (part: LoosePart | undefined, at = part?.span?.start ?? 0): void => {
    if (part) parts.push({text: part.text, at})
  }
  add(result.headline)
  add(result.headline?.dek)
  for (const caption of captions) {
    add(caption)
    add(caption.credit)
  }
  add(result.byline)
  add(dateline)
  for (const paragraph of result.body) add(paragraph, paragraph.spans[0]?.start ?? 0)
  for (const note of result.notes ?? []) add(note)
  for (const reference of result.references) add(reference)
  parts.sort((a, b) => a.at - b.at)
  return {
    ...(result.headline ? {headline: result.headline.text} : {}),
    body: [...(opens ? [dateline.text] : []), ...result.body.map((paragraph) => paragraph.text)],
    parts: parts.map((part) => part.text),
    references: result.references.map((reference) => ({kind: reference.kind, text: reference.text, ...(reference.title !== undefined ? {title: reference.title} : {})})),
  }
}

const methods: Array<[string, (input: string) => WithHeadline]> = [
  ['blind rule', blindRule],
  ['nutgraf', nutgrafExtract],
]

interface HeadlineTally {
  gold: number
  exact: number
  none: number
}

const collapse = (text: string): string => text.replace(/\s+/gu, ' ').trim().toLowerCase()

function scoreKind(pages: readonly L3sPage[], method: (input: string) => WithHeadline): {scores: PageScore[]; headline: HeadlineTally} {
  const headline: HeadlineTally = {gold: 0, exact: 0, none: 0}
  const scores = pages.map((page) => {
    const extracted = method(page.text)
    const gold = page.blocks.filter((block) => block.label === 'headline').map((block) => collapse(block.text)).filter((text) => text !== '')
    if (gold.length > 0) {
      headline.gold++
      if (extracted.headline === undefined) headline.none++
      else if (gold.includes(collapse(extracted.headline))) headline.exact++
    }
    return scorePage(page, extracted)
  })
  return {scores, headline}
}

function headlineTable(rows: ReadonlyArray<{kind: string; split: string; tally: HeadlineTally}>): string {
  const lines = ['| kind | split | pages with a gold headline | headline exact | no headline returned |', '|---|---|---|---|---|']
  for (const {kind, split, tally} of rows) {
    lines.push(`| ${kind} | ${split} | ${tally.gold} | ${tally.exact} (${((100 * tally.exact) / Math.max(1, tally.gold)).toFixed(1)} %) | ${tally.none} |`)
  }
  return lines.join('\n')
}

function listPages(kind: string, scores: readonly PageScore[]): void {
  console.log(`\nTrain pages of kind ${kind} under 0.8 (nutgraf):`)
  for (const score of scores) {
    if (score.f1 === undefined || score.f1 >= 0.8) continue
    console.log(`- ${score.f1.toFixed(3)} ${score.id} ${score.url.slice(0, 90)} (gold ${score.goldWords} words, found ${score.foundWords})`)
    for (const sentence of score.lostSentences.slice(0, 3)) console.log(`    lost: ${sentence.slice(0, 120)}`)
  }
}

/** Print the whole table. `argv`: `--split train|dev|all`, `--pages KIND` (train pages of a kind under 0.8). */
export async function printSegmentTable(argv: readonly string[]): Promise<void> {
  const splitAt = argv.indexOf('--split')
  const wanted = splitAt >= 0 ? argv[splitAt + 1] : 'all'
  const pagesAt = argv.indexOf('--pages')
  const pagesOf = pagesAt >= 0 ? argv[pagesAt + 1] : undefined
  const kinds: Array<{kind: string; split: Split; pages: L3sPage[]}> = []
  for (const split of ['train', 'dev'] as const) {
    if (wanted !== 'all' && wanted !== split) continue
    const pages = blockPages(split)
    if (!pages) console.log(`blocks/${split} skipped: l3s-gn1-${split}.jsonl is absent from ${segmentationData}`)
    else kinds.push({kind: 'blocks', split, pages})
    if (split === 'dev') continue
    const missing = await ensureL3sInputs()
    if (missing) {
      console.log(`browser and pdf kinds skipped: ${missing}`)
      continue
    }
    kinds.push({kind: 'browser', split, pages: readRendered('browser')}, {kind: 'pdf', split, pages: readRendered('pdf')})
  }
  const rows: Row[] = []
  const headlines: Array<{kind: string; split: string; tally: HeadlineTally}> = []
  for (const {kind, split, pages} of kinds) {
    for (const [method, extract] of methods) {
      const {scores, headline} = scoreKind(pages, extract)
      rows.push({kind, split, method, summary: summarize(scores)})
      if (method === 'nutgraf') headlines.push({kind, split, tally: headline})
      if (pagesOf === kind && split === 'train' && method === 'nutgraf') listPages(kind, scores)
    }
  }
  console.log('\nBody words (bag of words, hyphenated compounds as one word), micro over pages; page F1 over pages with a gold body:\n')
  console.log(bodyTable(rows))
  console.log('\nLeaks (labelled non-body blocks whose whole text is in the body), losses and related stories:\n')
  console.log(leakTable(rows))
  console.log('\nHeadline exact (nutgraf; the returned headline equals a gold headline block, whitespace-collapsed, case-insensitive):\n')
  console.log(headlineTable(headlines))
  console.log('\nThe dev split has no HTML (l3s-gn1-dev.jsonl holds blocks only), so browser and pdf are train-only.')
  const skipped = join(cacheDirectory, 'skipped.txt')
  if (existsSync(skipped) && readFileSync(skipped, 'utf8').trim() !== '') console.log(`Train pages not rendered (left out of browser and pdf):\n${readFileSync(skipped, 'utf8').trim()}`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await printSegmentTable(process.argv)
