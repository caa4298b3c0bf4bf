/**
 * Scratch diagnosis of TRAIN pages of one kind: lost gold sentences and leaked not-content blocks.
 * Usage: npx tsx scripts/eval/segment-diag.ts KIND [lost|leak] [LABEL]
 */
import {blockPages, nutgrafExtract} from './segment-table.js'
import {scorePage} from './segment-kinds.js'
import {readRendered} from '../generate/l3s-inputs.js'
import {words} from '../../test/helpers/gold-text.js'

const kind = process.argv[2] ?? 'blocks'
const what = process.argv[3] ?? 'lost'
const label = process.argv[4] ?? 'not-content'
const pages = kind === 'blocks' ? blockPages('train')! : readRendered(kind as 'pdf')
const squash = (text: string): string => ` ${words(text).join(' ')} `
let total = 0
for (const page of pages) {
  const ex = nutgrafExtract(page.text)
  const score = scorePage(page, ex)
  if (what === 'lost') {
    if (score.lostSentences.length === 0) continue
    total += score.lostSentences.length
    console.log(`## ${page.doc_id.slice(0, 8)} ${page.url.slice(7, 70)} f1=${score.f1?.toFixed(3)} lost=${score.lostSentences.length}`)
    for (const s of score.lostSentences) console.log('   - ' + s.slice(0, 140))
  } else {
    const body = ex.body.map(squash).join('')
    const gold = page.blocks.filter((b) => b.label === 'fulltext').map((b) => squash(b.text)).join('')
    const leaked = page.blocks.filter((b) => b.label === label && words(b.text).length > 0 && !gold.includes(squash(b.text)) && body.includes(squash(b.text)))
    if (leaked.length === 0) continue
    total += leaked.length
    console.log(`## ${page.doc_id.slice(0, 8)} ${page.url.slice(7, 70)} f1=${score.f1?.toFixed(3)} leaked=${leaked.length}`)
    for (const b of leaked) console.log('   + ' + b.text.replace(/\s+/g, ' ').slice(0, 140))
  }
}
console.log('total', total)
