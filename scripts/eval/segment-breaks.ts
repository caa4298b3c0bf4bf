/**
 * Why a lost gold sentence of a TRAIN page is not contiguous in the input (pdftotext's
 * reading order): its words are found chunk by chunk in the input, and the text between
 * the chunks is named — a page break (form feed), foreign lines (another column's lines
 * set between the sentence's lines: one line, a short run, a long run), or nothing (the
 * words differ: tokens). A tool for counting lost PDF sentences by cause. Never reads dev.
 *
 * Usage: npx tsx scripts/eval/segment-breaks.ts [KIND] [--show]
 */
import {blockPages, nutgrafExtract} from './segment-table.js'
import {scorePage} from './segment-kinds.js'
import {readRendered} from '../generate/l3s-inputs.js'
import {chunksOf} from './lib/sentence-chunks.js'

const args = process.argv.slice(2)
const kind = args.find((arg) => !arg.startsWith('--')) ?? 'pdf'
const show = args.includes('--show')
const pages = kind === 'blocks' ? blockPages('train')! : readRendered(kind as 'pdf')
const wordPattern = /[\p{L}\p{N}]+(?:[-\u2010\u2011\u00ad][\p{L}\p{N}]+)*/gu

interface Word {
  word: string
  start: number
  end: number
}

function inputWords(text: string): Word[] {
  return [...text.toLowerCase().matchAll(wordPattern)].map((match) => ({word: match[0].replace(/[-\u2010\u2011\u00ad]/gu, ''), start: match.index, end: match.index + match[0].length}))
}

const tally = new Map<string, number>()
const count = (key: string): void => void tally.set(key, (tally.get(key) ?? 0) + 1)
for (const page of pages) {
  const score = scorePage(page, nutgrafExtract(page.text))
  const words = inputWords(page.text)
  const flat = ` ${words.map((word) => word.word).join(' ')} `
  for (const sentence of score.lostSentences) {
    const own = (sentence.toLowerCase().match(wordPattern) ?? []).map((word) => word.replace(/[-\u2010\u2011\u00ad]/gu, ''))
    if (flat.includes(` ${own.join(' ')} `)) {
      count('contiguous')
      if (show) console.log(`contiguous ${page.doc_id.slice(0, 8)} ${sentence.slice(0, 100)}`)
      continue
    }
    const chunks = chunksOf(own, words.map((word) => word.word))
    if (!chunks) {
      count('absent')
      if (show) console.log(`absent  ${page.doc_id.slice(0, 8)} ${sentence.slice(0, 100)}`)
      continue
    }
    const gaps = chunks.slice(1).map(([index], at) => {
      const [before, length] = chunks[at] as [number, number]
      return page.text.slice((words[before + length - 1] as Word).end, (words[index] as Word).start)
    })
    const causes: string[] = gaps.map((gap) => {
      if (gap.includes('\f')) return 'page-break'
      const lines = gap.split('\n').length - 1
      if (lines === 0) return /[\p{L}\p{N}]/u.test(gap) ? 'same-line' : 'tokens'
      const parts = gap.split('\n')
      const inner = parts.slice(1, -1).filter((line) => line.trim() !== '')
      const beside = /[\p{L}\p{N}]/u.test((parts[0] ?? '') + (parts.at(-1) ?? ''))
      if (inner.length === 0) return beside ? 'beside' : 'blank-only'
      return inner.length === 1 ? 'foreign-1' : inner.length <= 3 ? 'foreign-2-3' : inner.length <= 10 ? 'foreign-4-10' : 'foreign-11+'
    })
    const order = ['page-break', 'foreign-11+', 'foreign-4-10', 'foreign-2-3', 'foreign-1', 'beside', 'blank-only', 'same-line', 'tokens']
    const cause = order.find((name) => causes.includes(name)) ?? 'tokens'
    count(`${cause}${gaps.length > 1 ? ' (multi)' : ''}`)
    if (show) {
      console.log(`${cause.padEnd(12)} ${page.doc_id.slice(0, 8)} ${sentence.slice(0, 100)}`)
      for (const gap of gaps) console.log(`      | ${JSON.stringify(gap.slice(0, 300))}`)
    }
  }
}
console.log([...tally].sort((a, b) => b[1] - a[1]).map(([key, value]) => `${key}: ${value}`).join('\n'))
