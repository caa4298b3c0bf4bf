/**
 * Per-page figures of TRAIN pages for all three input kinds, to diff a change page by page:
 * body F1 and lost sentences of each page, and where each lost sentence sits relative to the
 * main region (before it, after it, inside it but not chosen, in the body but broken, or in
 * no single candidate). Never reads the dev split.
 *
 * Usage: npx tsx scripts/eval/segment-pages.ts OUT.json   (writes the figures)
 *        npx tsx scripts/eval/segment-pages.ts --diff BEFORE.json AFTER.json
 *        npx tsx scripts/eval/segment-pages.ts --where OUT.json [KIND]   (lost sentences by place)
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {segmentText} from '../../src/segment/index.js'
import {blockPages, nutgrafExtract} from './segment-table.js'
import {scorePage} from './segment-kinds.js'
import {readRendered, type L3sPage} from '../generate/l3s-inputs.js'
import {words} from '../../test/helpers/gold-text.js'

interface Lost {
  sentence: string
  /** before | after | inside | body | split | none */
  place: string
  candidate?: string
}

interface PageFigure {
  kind: string
  id: string
  f1: number | undefined
  lost: Lost[]
}

const squash = (text: string): string => ` ${words(text).join(' ')} `

function placeOf(page: L3sPage, sentence: string): Lost {
  const seg = segmentText(page.text)
  const key = squash(sentence)
  const region = seg.region
  const index = seg.candidates.findIndex((candidate) => squash(candidate.text).includes(key))
  if (index < 0) return {sentence, place: squash(page.text).includes(key) ? 'split' : 'none'}
  const candidate = seg.candidates[index]!
  const context = `#${index} of ${seg.candidates.length}, region ${region?.first}-${region?.last}: ${candidate.text.slice(0, 80)}`
  if (!region) return {sentence, place: 'noregion', candidate: context}
  const place = index < region.first ? 'before' : index > region.last ? 'after' : seg.segments.body.some((paragraph) => squash(paragraph.text).includes(squash(candidate.text.slice(0, 40)))) ? 'body' : 'inside'
  return {sentence, place, candidate: context}
}

function figures(): PageFigure[] {
  const out: PageFigure[] = []
  const kinds: Array<[string, L3sPage[]]> = [
    ['blocks', blockPages('train')!],
    ['browser', readRendered('browser')],
    ['pdf', readRendered('pdf')],
  ]
  for (const [kind, pages] of kinds) {
    for (const page of pages) {
      const score = scorePage(page, nutgrafExtract(page.text))
      out.push({kind, id: page.doc_id.slice(0, 8), f1: score.f1, lost: score.lostSentences.map((sentence) => placeOf(page, sentence))})
    }
  }
  return out
}

const args = process.argv.slice(2)
if (args[0] === '--diff') {
  const before = JSON.parse(readFileSync(args[1]!, 'utf8')) as PageFigure[]
  const after = new Map((JSON.parse(readFileSync(args[2]!, 'utf8')) as PageFigure[]).map((page) => [`${page.kind} ${page.id}`, page]))
  const totals = new Map<string, [number, number, number, number]>()
  for (const page of before) {
    const now = after.get(`${page.kind} ${page.id}`)
    if (!now) continue
    const total = totals.get(page.kind) ?? [0, 0, 0, 0]
    total[0] += page.lost.length
    total[1] += now.lost.length
    if ((page.f1 ?? 1) < 0.8) total[2]++
    if ((now.f1 ?? 1) < 0.8) total[3]++
    totals.set(page.kind, total)
    const f1Moved = Math.abs((page.f1 ?? 0) - (now.f1 ?? 0)) > 0.0005
    if (!f1Moved && page.lost.length === now.lost.length) continue
    console.log(`${page.kind.padEnd(7)} ${page.id} f1 ${page.f1?.toFixed(3)} -> ${now.f1?.toFixed(3)}  lost ${page.lost.length} -> ${now.lost.length}`)
  }
  for (const [kind, [lostBefore, lostAfter, underBefore, underAfter]] of totals) console.log(`${kind}: lost ${lostBefore} -> ${lostAfter}, pages < 0.8 ${underBefore} -> ${underAfter}`)
} else if (args[0] === '--where') {
  const pages = JSON.parse(readFileSync(args[1]!, 'utf8')) as PageFigure[]
  const kind = args[2]
  const counts = new Map<string, number>()
  for (const page of pages) {
    if (kind && page.kind !== kind) continue
    for (const lost of page.lost) counts.set(`${page.kind} ${lost.place}`, (counts.get(`${page.kind} ${lost.place}`) ?? 0) + 1)
    if (!kind || page.lost.length === 0) continue
    console.log(`## ${page.id} f1=${page.f1?.toFixed(3)} lost=${page.lost.length}`)
    for (const lost of page.lost) console.log(`   ${lost.place.padEnd(7)} ${lost.sentence.slice(0, 90)}${lost.candidate ? `\n            [${lost.candidate}]` : ''}`)
  }
  console.log([...counts].sort().map(([key, count]) => `${key}: ${count}`).join('\n'))
} else {
  writeFileSync(args[0] ?? '/tmp/segment-pages.json', JSON.stringify(figures()))
}
