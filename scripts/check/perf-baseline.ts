/**
 * Output check for performance work: runs extractEntities, parseArticle, tokenize and
 * the tagger's feature ids on fixtures, examples, adversarial inputs (cut to 30,000
 * characters) and ~3 MB of ../shared/eval text, and prints a SHA-256 of the outputs
 * of each stage. The hashes must not change when only speed changes.
 *
 * Usage: npx tsx scripts/check/perf-baseline.ts [--mb=3]
 */
import {createHash} from 'node:crypto'
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {loadCorpus} from '../../bench/corpus.js'
import {adversarialInputs} from '../../test/adversarial/inputs.js'
import {projectRoot} from '../../test/helpers/fixtures.js'
import {extractEntities, parseArticle} from '../../src/index.js'
import {tokenize} from '../../src/entities/tokens.js'
import {documentCues, sentenceFeatureIds} from '../../src/entities/names/features.js'
import {taggerWords} from '../../src/entities/names/tagger-words.js'

const mbArgument = process.argv.find((arg) => arg.startsWith('--mb='))
const limit = Number(mbArgument?.slice(5) ?? 3) * 1_000_000

function texts(): string[] {
  const found: string[] = []
  for (const dir of [join(projectRoot, 'examples'), join(projectRoot, '..', 'shared', 'fixtures'), join(projectRoot, 'test', 'fixtures', 'articles')]) {
    for (const name of readdirSync(dir).sort()) if (name.endsWith('.txt')) found.push(readFileSync(join(dir, name), 'utf8'))
  }
  for (const input of adversarialInputs) found.push(input.make().slice(0, 30_000))
  return [...found, ...loadCorpus(limit).documents]
}

const hashes = {entities: createHash('sha256'), article: createHash('sha256'), tokens: createHash('sha256'), features: createHash('sha256')}
const all = texts()
let characters = 0
const started = performance.now()
for (const text of all) {
  characters += text.length
  hashes.entities.update(JSON.stringify(extractEntities(text, {referenceDate: '2020-06-15'})))
  hashes.article.update(JSON.stringify(parseArticle(text)))
  const tokenized = tokenize(text)
  hashes.tokens.update(JSON.stringify(tokenized.tokens) + JSON.stringify(tokenized.sentences))
  const sentences = taggerWords(tokenized).map((words) => words.map((word) => word.text))
  const cues = documentCues(sentences)
  for (const sentence of sentences) for (const ids of sentenceFeatureIds(sentence, cues)) hashes.features.update(new Uint8Array(ids.buffer, ids.byteOffset, ids.byteLength))
}
console.log(`${all.length} texts, ${characters} characters, ${Math.round(performance.now() - started)} ms`)
for (const [name, hash] of Object.entries(hashes)) console.log(`${name}: ${hash.digest('hex')}`)
