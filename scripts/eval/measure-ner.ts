/**
 * Cost of the name finder: gzipped bytes that the tagger weights and word lists add to
 * a browser bundle of the ESM entry (esbuild, platform browser, minified), and the
 * throughput of `extractEntities` on a few MB of news text (the shared fixture and the
 * L3S-GN1 page texts, repeated). Timings vary by machine; nothing here is asserted.
 *
 * Run: `npm run measure:ner`.
 */
import {existsSync, mkdtempSync, readFileSync, readdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {gzipSync} from 'node:zlib'
import {build, type Plugin} from 'esbuild'
import type {extractEntities as ExtractEntities} from '../../src/index.js'

const root = new URL('../..', import.meta.url).pathname

/** Replace the generated data modules with empty ones, to see what they weigh. */
const withoutData: Plugin = {
  name: 'without-ner-data',
  setup(context) {
    context.onLoad({filter: /src\/data\/(?:ner-model|gazetteer-lists)\.ts$/}, (args) => ({
      contents: args.path.endsWith('ner-model.ts')
        ? 'export const nerModel = {bits: 22, scale: 1, transitions: [], ids: "", rows: ""}'
        : 'export const firstNamesOnly = ""; export const lastNamesOnly = ""; export const firstAndLastNames = ""; export const majorPlaces = ""; export const placeNames = ""; export const foldedPlaceNames = ""; export const companyWords = ""; export const listSubstitutions = ""',
      loader: 'ts',
    }))
  },
}

async function bundleSize(plugins: Plugin[]): Promise<{raw: number; gzip: number}> {
  const result = await build({
    entryPoints: [`${root}src/index.ts`],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    write: false,
    plugins,
  })
  const code = result.outputFiles[0]?.contents ?? new Uint8Array()
  return {raw: code.length, gzip: gzipSync(code, {level: 9}).length}
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`
const full = await bundleSize([])
const bare = await bundleSize([withoutData])
console.log(`browser bundle (esbuild, minified): ${kb(full.raw)} raw, ${kb(full.gzip)} gzip`)
console.log(`added by weights + word lists: ${kb(full.raw - bare.raw)} raw, ${kb(full.gzip - bare.gzip)} gzip`)

// Time the bundled code (as users run it), not the TypeScript loader's module wrappers.
const bundled = join(mkdtempSync(join(tmpdir(), 'nutgraf-measure-')), 'index.mjs')
await build({entryPoints: [`${root}src/index.ts`], bundle: true, format: 'esm', platform: 'node', outfile: bundled})
const {extractEntities} = (await import(pathToFileURL(bundled).href)) as {extractEntities: typeof ExtractEntities}

const texts: string[] = []
const fixtures = `${root}../shared/fixtures/`
if (existsSync(fixtures)) {
  for (const file of readdirSync(fixtures).filter((name) => name.endsWith('.txt'))) texts.push(readFileSync(fixtures + file, 'utf8'))
}
const l3s = `${root}../shared/eval/segmentation/l3s-gn1-dev.jsonl`
if (existsSync(l3s)) {
  for (const line of readFileSync(l3s, 'utf8').split('\n').filter(Boolean)) {
    const page = JSON.parse(line) as {blocks?: Array<{text: string}>}
    texts.push((page.blocks ?? []).map((block) => block.text).join('\n\n'))
  }
}
if (texts.length === 0) {
  console.log('skipped speed: ../shared fixtures and eval data are absent')
} else {
  const target = Number(process.env.NER_MEASURE_BYTES ?? 3_000_000)
  const articles: string[] = []
  let total = 0
  while (total < target) {
    for (const text of texts) {
      articles.push(text)
      total += text.length
    }
  }
  extractEntities(texts[0] ?? '')
  let start = performance.now()
  for (const article of articles) extractEntities(article)
  let seconds = (performance.now() - start) / 1000
  console.log(`extractEntities, article by article: ${articles.length} articles, ${(total / 1e6).toFixed(2)} M chars in ${seconds.toFixed(2)} s = ${Math.round(total / seconds).toLocaleString('en')} chars/s`)
  const joined = articles.join('\n\n')
  start = performance.now()
  extractEntities(joined)
  seconds = (performance.now() - start) / 1000
  console.log(`extractEntities, one ${(joined.length / 1e6).toFixed(2)} M-char text: ${seconds.toFixed(2)} s = ${Math.round(joined.length / seconds).toLocaleString('en')} chars/s`)
}
