/**
 * The bench's child process: each measurement that needs a fresh Node process (cold
 * start, memory) runs here, and prints one JSON line of figures on stdout.
 * Plain JavaScript, run with `node` (no TypeScript loader, so the loader's own start-up
 * and memory are not counted). Run by bench/cold-start.ts and bench/memory.ts:
 *
 *   node bench/child.mjs cold LIBRARY TEXT_FILE [NUTGRAF_DIR]
 *   node --expose-gc bench/child.mjs peak NUTGRAF_DIR ENTRY TEXT_FILE
 *   node --expose-gc bench/child.mjs calls NUTGRAF_DIR ENTRY DOCS_JSON_FILE CALLS
 *   node bench/child.mjs work NUTGRAF_DIR ENTRY DOCS_JSON_FILE ROUNDS [WARM PROFILE_FILE]   (for profilers: bench/profile.ts)
 *
 * LIBRARY: nutgraf (extractEntities), nutgraf-parseArticle, compromise, wink, chrono; none (imports nothing: Node's own start-up). ENTRY: extractEntities or parseArticle.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'

const [mode, ...rest] = process.argv.slice(2)
const nutgrafAt = (dir) => import(pathToFileURL(join(dir, 'index.js')).href)

/** Import a library and make the function the bench calls on a document. */
const libraries = {
  nutgraf: async (dir) => {
    const {extractEntities} = await nutgrafAt(dir)
    return (text) => extractEntities(text)
  },
  'nutgraf-parseArticle': async (dir) => {
    const {parseArticle} = await nutgrafAt(dir)
    return (text) => parseArticle(text)
  },
  compromise: async () => {
    const {default: nlp} = await import('compromise')
    const {default: dates} = await import('compromise-dates')
    const compromise = nlp.extend(dates)
    return (text) => {
      const doc = compromise(text)
      return [doc.people().json(), doc.places().json(), doc.organizations().json(), doc.dates().json()]
    }
  },
  wink: async () => {
    const {default: winkNLP} = await import('wink-nlp')
    const {default: model} = await import('wink-eng-lite-web-model')
    const wink = winkNLP(model)
    return (text) => wink.readDoc(text).entities().out(wink.its.detail)
  },
  none: async () => () => undefined,
  chrono: async () => {
    const chrono = await import('chrono-node')
    return (text) => chrono.parse(text)
  },
}

const cpuMs = (since) => {
  const used = process.cpuUsage(since)
  return (used.user + used.system) / 1000
}
const mib = (bytes) => bytes / 2 ** 20

/** Cold start: import (and build the pipeline), then the first call, each timed. */
async function cold(library, textFile, dir) {
  const text = readFileSync(textFile, 'utf8')
  const cpu = process.cpuUsage()
  const start = performance.now()
  const run = await libraries[library](dir)
  const imported = performance.now()
  const importCpu = cpuMs(cpu)
  run(text)
  const done = performance.now()
  return {importMs: imported - start, firstCallMs: done - imported, totalMs: done - start, importCpuMs: importCpu, totalCpuMs: cpuMs(cpu)}
}

/** Peak memory of one call on one (large) text, against the process after import and a warm-up call. */
async function peak(dir, entry, textFile) {
  const nutgraf = await nutgrafAt(dir)
  const text = readFileSync(textFile, 'utf8')
  nutgraf[entry]('Gen. Mark Milley spoke in Kyiv on Thursday.')
  globalThis.gc()
  const baseline = process.memoryUsage().rss
  const start = performance.now()
  const result = nutgraf[entry](text)
  const ms = performance.now() - start
  const peakRss = process.resourceUsage().maxRSS * 1024
  const body = result.body ? result.body.reduce((sum, paragraph) => sum + paragraph.text.length, 0) : text.length
  return {characters: text.length, baselineMiB: mib(baseline), peakMiB: mib(peakRss), ms, entitiesOver: body}
}

/** A sentence of names never seen before, different on every call (defeats any per-word cache that grows). */
function novelSentence(call) {
  let word = ''
  for (let n = call + 1; n > 0; n = Math.floor(n / 26)) word += String.fromCharCode(97 + (n % 26))
  const name = word.charAt(0).toUpperCase() + word.slice(1)
  return `\n\nKor${word} ${name}sky told the ${name}ville Herald on Monday that ${name}tech would open in ${name}burg.`
}

/** Memory across many calls: after every tenth of them, collect garbage and sample RSS and heap. */
async function calls(dir, entry, docsFile, count) {
  const nutgraf = await nutgrafAt(dir)
  const docs = JSON.parse(readFileSync(docsFile, 'utf8'))
  const samples = []
  const step = Math.max(1, Math.floor(count / 10))
  const start = performance.now()
  for (let call = 0; call < count; call++) {
    nutgraf[entry](docs[call % docs.length] + novelSentence(call))
    if ((call + 1) % step === 0) {
      globalThis.gc()
      const memory = process.memoryUsage()
      samples.push({calls: call + 1, rssMiB: mib(memory.rss), heapMiB: mib(memory.heapUsed)})
    }
  }
  return {calls: count, ms: performance.now() - start, samples}
}

/**
 * Run an entry point over the documents `rounds` times, after one warm-up call; the work a profiler looks at.
 * With `profileFile`, `warm` rounds first, then V8's sampling profiler over the `rounds` alone, written to
 * `profileFile` (a first round costs ~4× a warm one: the word types made, the code not yet optimized).
 */
async function work(dir, entry, docsFile, rounds, warm = 0, profileFile = undefined) {
  const nutgraf = await nutgrafAt(dir)
  const docs = JSON.parse(readFileSync(docsFile, 'utf8'))
  nutgraf[entry]('Gen. Mark Milley spoke in Kyiv on Thursday.')
  for (let round = 0; round < warm; round++) for (const doc of docs) nutgraf[entry](doc)
  let session
  if (profileFile) {
    const {Session} = await import('node:inspector/promises')
    session = new Session()
    session.connect()
    await session.post('Profiler.enable')
    await session.post('Profiler.setSamplingInterval', {interval: 200})
    await session.post('Profiler.start')
  }
  const cpu = process.cpuUsage()
  for (let round = 0; round < rounds; round++) for (const doc of docs) nutgraf[entry](doc)
  const spent = cpuMs(cpu)
  if (session) writeFileSync(profileFile, JSON.stringify((await session.post('Profiler.stop')).profile))
  return {rounds, warm, documents: docs.length, cpuMs: spent}
}

const result =
  mode === 'work'
    ? await work(rest[0], rest[1], rest[2], Number(rest[3]), Number(rest[4] ?? 0), rest[5])
    : mode === 'cold'
    ? await cold(rest[0], rest[1], rest[2])
    : mode === 'peak'
      ? await peak(rest[0], rest[1], rest[2])
      : mode === 'calls'
        ? await calls(rest[0], rest[1], rest[2], Number(rest[3]))
        : undefined
if (result === undefined) throw new Error(`bench/child.mjs: unknown mode ${mode}`)
console.log(JSON.stringify(result))
