/**
 * Segmentation eval (issue 12): the table of ./segment-table.ts — body P/R/F1, page-F1
 * distribution, leaks of each non-body label, words and sentences lost, headline in body
 * and related stories as references, for every input kind (scraped blocks, browser text,
 * PDF text) and split (train, dev), nutgraf beside the blind rule "keep blocks of 12+
 * words that end a sentence" — then exact matches on the fixture articles.
 *
 * Usage: npm run eval:segment [-- --split train|dev|all] [-- --pages blocks|browser|pdf]
 * (browser and pdf text are rendered once into the gitignored .cache/l3s/ by
 * scripts/generate/l3s-inputs.ts; skipped with a message without Chromium or pdftotext).
 */
import {segment} from '../../src/index.js'
import {ownFixtureList, sharedFixtureList} from '../../test/helpers/fixtures.js'
import {printSegmentTable} from './segment-table.js'

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
    const want = expected.body?.map((item) => (typeof item === 'string' ? item : item.text))
    if (want) mark('body', JSON.stringify(result.body.map((paragraph) => paragraph.text)) === JSON.stringify(want))
  }
  console.log(`\nFixture articles (${fixtures.length}): exact matches (L3S has no separate caption/credit labels, so they are measured here)\n`)
  console.log('| field | exact | of |\n|---|---|---|')
  for (const [field, [ok, of]] of Object.entries(tally)) console.log(`| ${field}${field === 'body' ? ' (every paragraph)' : ''} | ${ok} | ${of} |`)
}

await printSegmentTable(process.argv)
evaluateFixtures()
