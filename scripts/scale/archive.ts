/**
 * Write a JSONL archive of the bench corpus for the scale-out runs
 * (scripts/scale/dask-jsonl.py): one `{"id", "copy", "chars", "text"}` line a document, the
 * corpus repeated `--copies` times with distinct ids. The text is research-only data read
 * from ../shared/eval: write the archive outside the project (the default is in the
 * system's temporary folder) and never commit it.
 *
 * Usage: npx tsx scripts/scale/archive.ts [--out=FILE] [--copies=N] [--corpus=news|mixed]
 */
import {writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {type CorpusName, loadCorpus} from '../../bench/corpus.js'

const flag = (name: string): string | undefined => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3)
const out = flag('out') ?? join(tmpdir(), 'nutgraf-archive.jsonl')
const copies = Number(flag('copies') ?? 1)
const corpus = loadCorpus(Infinity, (flag('corpus') ?? 'news') as CorpusName)

const lines: string[] = []
for (let copy = 0; copy < copies; copy++) {
  corpus.documents.forEach((text, index) => {
    lines.push(JSON.stringify({id: `doc-${copy}-${String(index).padStart(4, '0')}`, copy, chars: text.length, text}))
  })
}
writeFileSync(out, lines.join('\n') + '\n')
console.log(`${out}: ${lines.length} records, ${corpus.characters * copies} characters (${corpus.source})`)
