/**
 * Where `parseArticle`'s name mentions stand: body, caption or credit, note, headline or
 * dek, byline, dateline, reference. Counts by part and kind over the L3S-GN1 TRAIN pages
 * (scraped blocks joined with blank lines), and with `--sample N` every Nth mention of
 * the parts around the body, in context, to be read by hand (docs/results-article.md).
 * The pages have no entity labels, so precision comes from that reading.
 *
 * Usage: npx tsx scripts/eval/part-mentions.ts [--sample N]
 */
import {parseArticle} from '../../src/index.js'
import type {Article, Span} from '../../src/types.js'
import {blockPages} from './segment-table.js'

const sampleEvery = Number(process.argv[process.argv.indexOf('--sample') + 1] || 0)
const pages = blockPages('train')
if (!pages) throw new Error('part-mentions: ../shared/eval/segmentation/l3s-gn1-train.jsonl is missing')

const inside = (span: Span, part: Span | undefined): boolean => !!part && span.start >= part.start && span.end <= part.end

/** The part a mention stands in. */
function partOf(article: Article, span: Span): string {
  const headline = article.headline
  if (headline && (inside(span, headline.span) || inside(span, headline.dek?.span))) return 'headline'
  if (inside(span, article.byline?.span)) return 'byline'
  if (inside(span, article.dateline?.span)) return 'dateline'
  if (article.captions.some((caption) => inside(span, caption.span) || inside(span, caption.credit?.span))) return 'caption'
  if (article.notes.some((note) => inside(span, note.span))) return 'note'
  if (article.references.some((reference) => inside(span, reference.span))) return 'reference'
  return 'body'
}

const counts = new Map<string, number>()
const samples: string[] = []
let seen = 0
for (const page of pages) {
  const article = parseArticle(page.text)
  for (const kind of ['people', 'organizations', 'places'] as const) {
    for (const entity of article.entities[kind]) {
      for (const mention of entity.mentions) {
        const part = partOf(article, mention.span)
        const key = `${part}\t${kind}`
        counts.set(key, (counts.get(key) ?? 0) + 1)
        if (part === 'body' || !sampleEvery || seen++ % sampleEvery !== 0) continue
        const context = page.text.slice(Math.max(0, mention.span.start - 40), mention.span.end + 40).replace(/\s+/g, ' ')
        samples.push(`${part}\t${kind}\t${mention.text} → ${entity.name}\t«${context}»`)
      }
    }
  }
}
console.log(`part\tkind\tmentions (${pages.length} train pages)`)
for (const [key, count] of [...counts.entries()].sort()) console.log(`${key}\t${count}`)
if (samples.length) console.log(`\nevery ${sampleEvery}th mention outside the body:\n${samples.join('\n')}`)
