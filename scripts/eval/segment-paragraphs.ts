/**
 * Paragraph breaks of TRAIN pages: how many breaks between two gold body paragraphs the
 * output keeps (the two are in different body paragraphs) or loses (one body paragraph
 * runs across the break), and how many gold paragraphs the output cuts in two. Only
 * paragraphs whose words all reach the body count. Never reads the dev split.
 *
 * Usage: npx tsx scripts/eval/segment-paragraphs.ts [KIND] [--show]
 */
import {segment} from '../../src/index.js'
import {blockPages} from './segment-table.js'
import {readRendered} from '../generate/l3s-inputs.js'
import {words} from '../../test/helpers/gold-text.js'

const args = process.argv.slice(2)
const kinds = args.filter((arg) => !arg.startsWith('--'))
const show = args.includes('--show')
const squash = (text: string): string => ` ${words(text).join(' ')} `

for (const kind of kinds.length > 0 ? kinds : ['blocks', 'browser', 'pdf']) {
  const pages = kind === 'blocks' ? blockPages('train')! : readRendered(kind as 'pdf')
  let kept = 0
  let lost = 0
  let whole = 0
  let cut = 0
  for (const page of pages) {
    const paragraphs = segment(page.text).body.map((paragraph) => paragraph.text)
    const body = paragraphs.map(squash)
    const all = squash(paragraphs.join(' '))
    const gold = page.blocks.filter((block) => block.label === 'fulltext').map((block) => squash(block.text)).filter((text) => text.split(' ').length > 6)
    gold.forEach((text, index) => {
      if (!all.includes(text.trim())) return
      if (body.some((paragraph) => paragraph.includes(text))) whole++
      else {
        cut++
        if (show) console.log(`cut   ${kind} ${page.doc_id.slice(0, 8)} ${text.slice(0, 120)}`)
      }
      const next = gold[index + 1]
      if (next === undefined || !all.includes(next.trim())) return
      // The last words of one and the first of the next in one body paragraph: the break is lost.
      const junction = ` ${text.trim().split(' ').slice(-4).join(' ')} ${next.trim().split(' ').slice(0, 4).join(' ')} `
      if (body.some((paragraph) => paragraph.includes(junction))) {
        lost++
        if (show) console.log(`join  ${kind} ${page.doc_id.slice(0, 8)} …${text.slice(-60)} | ${next.slice(0, 60)}`)
      } else kept++
    })
  }
  console.log(`${kind}: breaks kept ${kept}, lost ${lost} (${((100 * lost) / (kept + lost)).toFixed(1)} %); gold paragraphs whole ${whole}, cut ${cut} (${((100 * cut) / (whole + cut)).toFixed(1)} %)`)
}
