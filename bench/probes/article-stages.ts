/**
 * Memory by stage of `parseArticle` on one long text: its steps called one after another
 * as `src/article/index.ts` calls them, heap and RSS printed after each. With `--live`, a
 * full collection before each print, so "heap used" is what the stages before keep alive;
 * without, as in a real call. A probe behind docs/results-performance.md (Session 5), not
 * part of the bench:
 *
 *   node --expose-gc --import tsx bench/probes/article-stages.ts FILE [--live]
 */
import {readFileSync} from 'node:fs'
import {getHeapSpaceStatistics} from 'node:v8'
import {findArticleDate} from '../../src/article/article-date.js'
import {findEntities} from '../../src/entities/index.js'
import {joinStitched, stitch, type StitchedText} from '../../src/internal/offset-map.js'
import {findQuotes} from '../../src/quotes/index.js'
import {segmentText} from '../../src/segment/index.js'
import {pieces} from '../../src/segment/lines.js'
import {parseArticle} from '../../src/index.js'

const file = process.argv[2]
if (!file) throw new Error('usage: node --expose-gc --import tsx bench/probes/article-stages.ts FILE [--live]')
const live = process.argv.includes('--live')
const text = readFileSync(file, 'utf8')
parseArticle('Gen. Mark Milley spoke in Kyiv on Thursday.\n\n"We will win," he said.')
const gc = (globalThis as {gc?: () => void}).gc
if (!gc) throw new Error('run node with --expose-gc')
const mib = (bytes: number): string => (bytes / 2 ** 20).toFixed(1)
const print = (stage: string): void => {
  if (live) gc()
  const memory = process.memoryUsage()
  const peak = process.resourceUsage().maxRSS * 1024
  console.log(`${stage.padEnd(12)} heap used ${mib(memory.heapUsed).padStart(6)}  committed ${mib(memory.heapTotal).padStart(6)}  RSS ${mib(memory.rss).padStart(6)}  peak RSS ${mib(peak).padStart(6)} MiB`)
}
gc()
print('start')
const {segments, lines, bodyText} = segmentText(text)
print('segment')
const referenceDate = findArticleDate(text, segments, lines)
// As parseArticle's segmentAndStitch: the body, every caption and credit, the notes but copyright lines.
const parts: StitchedText[] = [...bodyText]
const piecesOf = (span: {start: number; end: number}): StitchedText => stitch(text, [pieces(text, span)], {dehyphenate: true})
for (const caption of segments.captions) {
  parts.push(piecesOf(caption.span))
  if (caption.credit) parts.push(piecesOf(caption.credit.span))
}
for (const note of segments.notes) if (note.kind !== 'copyright') parts.push(piecesOf(note.span))
parts.sort((a, b) => (a.pieces[0]?.start ?? 0) - (b.pieces[0]?.start ?? 0))
const stitched = joinStitched(parts, '\n\n', text)
print('stitch')
const found = findEntities(stitched.text, referenceDate?.value, undefined)
print('entities')
const paragraphs = segments.body.map((paragraph) => ({spans: paragraph.spans}))
const quotes = findQuotes(text, paragraphs, found)
print('quotes')
console.log(
  `lines ${lines.length}, body paragraphs ${segments.body.length}, stitched ${stitched.text.length} chars, mentions ${found.people.length + found.organizations.length + found.places.length} entities, quotes ${quotes.length}`,
)
for (const space of getHeapSpaceStatistics()) if (space.space_used_size > 2 ** 20) console.log(`  ${space.space_name.padEnd(24)} used ${mib(space.space_used_size)} MiB`)
