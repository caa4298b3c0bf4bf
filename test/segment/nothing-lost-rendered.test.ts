/**
 * Nothing is lost (DESIGN.md, issue 12) on the L3S-GN1 train pages as users have them besides scraped blocks: the text
 * a browser window shows and the text pdftotext reads from the page printed (`.cache/l3s/`, made by
 * `scripts/generate/l3s-inputs.ts`; skipped where it is absent). Every gold body sentence should be somewhere in what
 * `segment` returns; the bound is a ratchet on those still lost (of 4,312 sentences a kind): a change that loses more
 * fails, one that loses fewer should lower it. The blocks pages are in nothing-lost.test.ts.
 */
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {projectRoot} from '../helpers/fixtures.js'
import {lostOf} from '../helpers/segment-output.js'

/** Lost after session 12: browser 24, PDF 194; session 13: 21, 180; session 14: 20, 171; session 15 as below. See docs/results-segmentation.md. */
const lostAtMost: Record<string, number> = {browser: 20, pdf: 158}

const rendered = join(projectRoot, '.cache', 'l3s')

interface RenderedPage {
  doc_id: string
  text: string
  blocks: Array<{label: string; text: string}>
}

function renderedPages(kind: string): RenderedPage[] {
  // One line a page; a page rendered again is written again further down (the last one counts).
  const byId = new Map<string, RenderedPage>()
  for (const line of readFileSync(join(rendered, `train-${kind}.jsonl`), 'utf8').split('\n')) {
    if (line.trim() === '') continue
    const page = JSON.parse(line) as RenderedPage
    byId.set(page.doc_id, page)
  }
  return [...byId.values()]
}

describe.each(['browser', 'pdf'])('nothing lost: L3S-GN1 train pages as %s text', (kind) => {
  it.skipIf(!existsSync(join(rendered, `train-${kind}.jsonl`)))('fulltext sentences lost stay within the bound', () => {
    const {lost, total} = lostOf(renderedPages(kind))
    expect(total).toBeGreaterThan(0)
    expect(lost, `${kind}: ${lost} gold sentences lost`).toBeLessThanOrEqual(lostAtMost[kind] ?? 0)
    // About 1.5 s of CPU a kind; the machine is shared, so wall time may be more.
  }, 30_000)
})
