/**
 * Scratch view of one TRAIN page's candidates around its main region, with the gold body
 * marked: a tool for reading why the region starts or ends where it does. Never reads dev.
 *
 * Usage: npx tsx scripts/eval/segment-region.ts KIND DOC_ID_PREFIX [FROM] [TO]
 */
import {segmentText} from '../../src/segment/index.js'
import {isProse} from '../../src/segment/candidates.js'
import {blockPages} from './segment-table.js'
import {readRendered} from '../generate/l3s-inputs.js'
import {words} from '../../test/helpers/gold-text.js'

const [kind = 'pdf', prefix = '', from, to] = process.argv.slice(2)
const pages = kind === 'blocks' ? blockPages('train')! : readRendered(kind as 'pdf')
const page = pages.find((candidate) => candidate.doc_id.startsWith(prefix))
if (!page) throw new Error(`no page ${prefix}`)
const squash = (text: string): string => ` ${words(text).join(' ')} `
const gold = page.blocks.filter((block) => block.label === 'fulltext').map((block) => squash(block.text)).join('')
const seg = segmentText(page.text)
const region = seg.region
const body = seg.segments.body.map((paragraph) => squash(paragraph.text)).join('')
console.log(`${page.doc_id} ${page.url}\nregion ${region?.first}-${region?.last}${region?.cut ? ' cut' : ''}`)
seg.candidates.forEach((candidate, index) => {
  if (from !== undefined && index < Number(from)) return
  if (to !== undefined && index > Number(to)) return
  const key = squash(candidate.text)
  const inGold = key.trim() !== '' && gold.includes(key) ? 'G' : ' '
  const inBody = key.trim() !== '' && body.includes(key) ? 'B' : ' '
  const mark = region && index >= region.first && index <= region.last ? '|' : ' '
  const flags = `${isProse(candidate) ? 'P' : '.'}${candidate.afterGap ? 'g' : ' '}${candidate.list ? 'L' : ''}${candidate.row ? 'R' : ''}`
  console.log(`${mark}${String(index).padStart(3)} ${inGold}${inBody} ${flags.padEnd(3)} ${String(candidate.words).padStart(3)}w ${candidate.lower.toFixed(2)} ${(candidate.boilerplate ?? '').padEnd(8)} ${candidate.text.slice(0, 110)}`)
})
