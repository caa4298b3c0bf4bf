/**
 * Per-page figures of TRAIN pages for the three input kinds, to name the pages a change made
 * better or worse: body F1, lost sentences, related blocks found as references, headline exact,
 * and leaked blocks of each non-body label. Never reads the dev split.
 *
 * Usage: npx tsx scripts/eval/leak-pages.ts snap OUT.json
 *        npx tsx scripts/eval/leak-pages.ts diff BEFORE.json AFTER.json   (changed pages, then totals)
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {blockPages, nutgrafExtract} from './segment-table.js'
import {scorePage, leakLabels} from './segment-kinds.js'
import {readRendered} from '../generate/l3s-inputs.js'
const collapse = (t: string): string => t.replace(/\s+/gu, ' ').trim().toLowerCase()
const [mode, a, b] = process.argv.slice(2)
if (mode === 'snap') {
  const out: Record<string, unknown> = {}
  for (const kind of ['blocks', 'browser', 'pdf']) {
    const pages = kind === 'blocks' ? blockPages('train')! : readRendered(kind as 'pdf')
    for (const page of pages) {
      const ex = nutgrafExtract(page.text)
      const s = scorePage(page, ex)
      const gold = page.blocks.filter((x) => x.label === 'headline').map((x) => collapse(x.text)).filter((x) => x !== '')
      const row: Record<string, unknown> = {f1: s.f1 === undefined ? null : Number(s.f1.toFixed(4)), lost: s.lostSentences.length, rel: s.related.asReferences, hl: gold.length === 0 ? null : ex.headline !== undefined && gold.includes(collapse(ex.headline))}
      for (const l of leakLabels) row[l] = s.leaks[l].blocks
      out[`${kind} ${page.doc_id.slice(0, 8)}`] = row
    }
  }
  writeFileSync(a!, JSON.stringify(out))
} else {
  const A = JSON.parse(readFileSync(a!, 'utf8')) as Record<string, Record<string, number | boolean | null>>
  const B = JSON.parse(readFileSync(b!, 'utf8')) as Record<string, Record<string, number | boolean | null>>
  const tot: Record<string, number> = {}
  for (const key of Object.keys(B)) {
    const x = A[key]!, y = B[key]!
    const diffs: string[] = []
    for (const f of Object.keys(y)) {
      if (x[f] === y[f]) continue
      diffs.push(`${f} ${x[f]}->${y[f]}`)
      const kind = key.split(' ')[0]
      if (typeof y[f] === 'number' && typeof x[f] === 'number' && f !== 'f1') tot[`${kind} ${f}`] = (tot[`${kind} ${f}`] ?? 0) + (y[f] as number) - (x[f] as number)
      if (f === 'hl') tot[`${kind} hl`] = (tot[`${kind} hl`] ?? 0) + (y[f] ? 1 : -1)
    }
    if (diffs.length) console.log(key, diffs.join(', '))
  }
  console.log(tot)
}
