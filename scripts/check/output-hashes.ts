/**
 * The "no behaviour change" check: runs `parseArticle`, `segment` and `extractEntities`
 * (and the retext plugin) over every text we have and prints one SHA-256 per set of
 * texts plus a total. Two runs that print the same hashes gave byte-identical outputs.
 *
 * Sets: the fixture articles (`test/fixtures/articles/*.txt`, `../shared/fixtures/*.txt`);
 * CoNLL-2003 dev and WikiGold detokenized the way `npm run eval:ner` builds them; GUM;
 * TimeBank and AQUAINT with each document's DCT as `referenceDate`; the L3S-GN1 dev and
 * train pages with their blocks joined by blank lines as `npm run eval:segment` joins
 * them; the bench corpus (`bench/corpus.ts`, 2 MB as `npm run bench` loads it); and
 * `retext:<set>`: the retext plugin (`unified().use(retextEnglish).use(retextNutgraf)`)
 * over every set but the bench corpus (whose texts the other sets hold). A set whose data is absent is
 * reported as skipped.
 *
 * Usage: `npx tsx scripts/check/output-hashes.ts [--out DIR] [--only set,set]`
 *   --out DIR   also write each set's outputs, one JSON line per text, to DIR/<set>.jsonl (for diffing)
 *   --only      run only the named sets
 */
import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {loadCorpus} from '../../bench/corpus.js'
import {extractEntities, parseArticle, segment} from '../../src/index.js'
import {retextNutgraf} from '../../src/retext.js'
import {ownFixtures, projectRoot, sharedFixtures} from '../../test/helpers/fixtures.js'
import {detokenize, readConll} from '../eval/lib/ner-data.js'

interface Item {
  id: string
  text: string
  referenceDate?: string
}
interface TextSet {
  name: string
  /** Undefined when the data is absent. */
  load: () => Item[] | undefined
  retext?: boolean
}

const evalRoot = join(projectRoot, '..', 'shared', 'eval')
const evalFile = (relative: string): string => join(evalRoot, relative)

function jsonLines<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T)
}

function textFiles(directory: string, prefix: string): Item[] {
  if (!existsSync(directory)) return []
  return readdirSync(directory)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({id: `${prefix}/${file}`, text: readFileSync(join(directory, file), 'utf8')}))
}

function conll(relative: string): Item[] | undefined {
  if (!existsSync(evalFile(relative))) return undefined
  return readConll(relative).map((document) => ({id: document.id, text: detokenize(document).text}))
}

function timex(): Item[] | undefined {
  const files = ['tbaq_timebank_train.jsonl', 'tbaq_aquaint_train.jsonl'].map((file) => evalFile(join('timex', file)))
  if (!files.every((file) => existsSync(file))) return undefined
  return files.flatMap((file) =>
    jsonLines<{doc_id: string; dct: string; text: string}>(file).map((doc) => ({id: doc.doc_id, text: doc.text, referenceDate: doc.dct})),
  )
}

function l3s(file: string): Item[] | undefined {
  const path = evalFile(join('segmentation', file))
  if (!existsSync(path)) return undefined
  return jsonLines<{doc_id: string; blocks: Array<{text: string}>}>(path).map((page) => ({
    id: page.doc_id,
    text: page.blocks.map((block) => block.text).join('\n\n'),
  }))
}

const sets: TextSet[] = [
  {name: 'fixtures', load: () => [...textFiles(ownFixtures, 'own'), ...textFiles(sharedFixtures, 'shared')], retext: true},
  {name: 'conll-dev', load: () => conll('conll2003/dev.txt'), retext: true},
  {name: 'wikigold', load: () => conll('wikigold/wikigold.conll.txt'), retext: true},
  {
    name: 'gum',
    load: () =>
      existsSync(evalFile('gum/gum_entities.jsonl'))
        ? jsonLines<{doc_id: string; text: string}>(evalFile('gum/gum_entities.jsonl')).map((doc) => ({id: doc.doc_id, text: doc.text}))
        : undefined,
    retext: true,
  },
  {name: 'timebank-aquaint', load: timex, retext: true},
  {name: 'l3s-dev', load: () => l3s('l3s-gn1-dev.jsonl'), retext: true},
  {name: 'l3s-train', load: () => l3s('l3s-gn1-train.jsonl'), retext: true},
  {
    name: 'bench-corpus',
    load: () => loadCorpus(2_000_000).documents.map((text, index) => ({id: String(index), text})),
  },
]

const args = process.argv.slice(2)
const option = (flag: string): string | undefined => {
  const index = args.indexOf(flag)
  return index === -1 ? undefined : args[index + 1]
}
const out = option('--out')
const only = option('--only')?.split(',')
if (out) mkdirSync(out, {recursive: true})

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

/** The three public functions on one text, as one JSON line. */
function outputs(item: Item): string {
  const options = item.referenceDate ? {referenceDate: item.referenceDate} : {}
  return JSON.stringify({
    id: item.id,
    parseArticle: parseArticle(item.text, options),
    segment: segment(item.text),
    extractEntities: extractEntities(item.text, options),
  })
}

const processors = new Map<string, ReturnType<typeof makeProcessor>>()
function makeProcessor(referenceDate: string | undefined) {
  return unified()
    .use(retextEnglish)
    .use(retextNutgraf, referenceDate ? {referenceDate} : {})
}

/** The retext plugin on one text: what it stores in `file.data.nutgraf`. */
function retextOutput(item: Item): string {
  const key = item.referenceDate ?? ''
  const processor = processors.get(key) ?? makeProcessor(item.referenceDate)
  processors.set(key, processor)
  const file = new VFile(item.text)
  processor.runSync(processor.parse(file), file)
  return JSON.stringify({id: item.id, nutgraf: file.data.nutgraf})
}

const total = createHash('sha256')
function report(name: string, items: readonly Item[], run: (item: Item) => string): void {
  const started = performance.now()
  const lines = items.map(run)
  const body = lines.join('\n') + '\n'
  const hash = sha256(body)
  total.update(`${name} ${hash}\n`)
  if (out) writeFileSync(join(out, `${name}.jsonl`), body)
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`${hash}  ${name} (${items.length} texts)`)
  console.error(`  ${name}: ${seconds} s`)
}

for (const set of sets) {
  const wanted = (name: string): boolean => !only || only.includes(name)
  if (!wanted(set.name) && !wanted(`retext:${set.name}`)) continue
  const items = set.load()
  if (!items) {
    console.log(`skipped  ${set.name} (its data in ../shared/eval is absent)`)
    continue
  }
  if (wanted(set.name)) report(set.name, items, outputs)
  if (set.retext && wanted(`retext:${set.name}`)) report(`retext:${set.name}`, items, retextOutput)
}
console.log(`${total.digest('hex')}  total`)
