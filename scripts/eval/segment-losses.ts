/**
 * The gold body sentences `segment` loses on L3S-GN1 TRAIN pages (scraped blocks), page by
 * page: a tool for writing rules from training pages. It never reads the dev split (held
 * out: its errors stay unseen).
 *
 * Usage: `npx tsx scripts/eval/segment-losses.ts [--limit=N]`
 */
import {blockPages, nutgrafExtract} from './segment-table.js'
import {scorePage} from './segment-kinds.js'

const limit = Number(process.argv.find((arg) => arg.startsWith('--limit='))?.split('=')[1] ?? 4)
const pages = blockPages('train')
if (!pages) throw new Error('segment-losses: ../shared/eval/segmentation/l3s-gn1-train.jsonl is missing')
let withLosses = 0
for (const page of pages) {
  const score = scorePage(page, nutgrafExtract(page.text))
  if (score.lostSentences.length === 0) continue
  withLosses++
  console.log(`## ${page.doc_id} ${page.url.slice(0, 70)} f1=${score.f1?.toFixed(3)} lost=${score.lostSentences.length}`)
  for (const sentence of score.lostSentences.slice(0, limit)) console.log('   - ' + sentence.slice(0, 150))
}
console.log(`train pages with losses: ${withLosses} of ${pages.length}`)
