/**
 * Write GUM's open records mapped to CoNLL-style names (scripts/lib/gum-names.ts) as a
 * CoNLL file (`word<TAB>tag`, IOB2, `-DOCSTART-` between documents), for inspection or for
 * `nutgraf train --format conll`. The mapped data is not committed (GUM stays in
 * ../shared/eval); training reads it through scripts/lib/gum-names.ts directly. Prints
 * the input's SHA-256 and the counts.
 *
 * Run: `npx tsx scripts/generate/gum-names.ts [OUT.conll] [--held-out]` (default: the
 * training part only, to /tmp/gum-names.conll; `--held-out`: the held-out documents only).
 */
import {createHash} from 'node:crypto'
import {readFileSync, writeFileSync} from 'node:fs'
import {gumFile, readGumNames} from '../eval/lib/gum-names.js'
import {split} from '../eval/lib/ner-corpus.js'
import {evalPath, spansOf} from '../eval/lib/ner-data.js'

const args = process.argv.slice(2)
const heldOut = args.includes('--held-out')
const out = args.find((arg) => !arg.startsWith('--')) ?? '/tmp/gum-names.conll'
const held = new Set(split.heldOut.gum.documents)
const documents = readGumNames().filter((document) => held.has(document.id) === heldOut)
const counts: Record<string, number> = {}
let text = ''
for (const document of documents) {
  text += '-DOCSTART-\tO\n\n'
  for (const sentence of document.sentences) {
    sentence.words.forEach((word, index) => (text += `${word}\t${sentence.tags[index]}\n`))
    text += '\n'
    for (const span of spansOf(sentence.tags, new Set(['PER', 'ORG', 'LOC', 'MISC']))) {
      const type = span.slice(0, span.indexOf('@'))
      counts[type] = (counts[type] ?? 0) + 1
    }
  }
}
writeFileSync(out, text)
console.log(`${out}: ${documents.length} documents; ${Object.entries(counts).map(([type, count]) => `${type} ${count}`).join(', ')}`)
console.log(`input ../shared/eval/${gumFile} sha256 ${createHash('sha256').update(readFileSync(evalPath(gumFile))).digest('hex')}`)
