/**
 * Where a cold `extractEntities` goes, step by step: one bundle of src/ (esbuild, as
 * tsup builds dist/) whose entry imports the library and a few of its parts, run in
 * fresh processes that each import it and then make ONE step (or the steps up to one):
 * unpack the model, look the article's words up in the gazetteers and the word classes,
 * parse it with retext, tokenize it, then the whole call. A step's cost is its run less
 * the import-only run. With `--callgrind`, instruction counts (valgrind, V8 single-
 * threaded, so the optimizing compiler's work is counted too; stable on a shared
 * machine), split by the V8 entry points they pass through (TurboFan, lazy compile,
 * regexp compile, GC …); without, CPU ms (process and main thread), median of `--runs`.
 * A probe behind docs/results-performance.md ("Session 7 — cold start"):
 *
 *   npx tsx bench/probes/cold-steps.ts [--callgrind] [--runs=5] [--text=FILE] [--root=DIR] [--steps=model,gazetteers]
 *
 * `--root`: another checkout (an export of main, say) whose src/ is bundled instead.
 */
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {build} from 'esbuild'
import {exampleArticle} from '../../test/adversarial/inputs.js'
import {projectRoot} from '../../test/helpers/fixtures.js'
import {formatNumber, median} from '../measure.js'

const args = process.argv.slice(2)
const flag = (name: string): string | undefined => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3)
const callgrind = args.includes('--callgrind')
const runs = Number(flag('runs') ?? (callgrind ? 1 : 5))
const work = mkdtempSync(join(tmpdir(), 'nutgraf-cold-steps-'))
const root = flag('root') ?? projectRoot
const textFile = flag('text') ?? join(work, 'article.txt')
if (!flag('text')) writeFileSync(textFile, exampleArticle())

/** The probe's entry: the steps, each a function of the text; `process.argv[2]` names the one to run. */
const entry = `
import {extractEntities} from './src/index.ts'
import {getModel} from './src/entities/names/model.ts'
import {gazetteerLabels} from './src/entities/names/gazetteer.ts'
import {wordClass} from './src/entities/names/word-classes.ts'
import {parseNlcst} from './src/internal/parse.ts'
import {tokenize} from './src/entities/tokens.ts'
import {readFileSync} from 'node:fs'
const words = (text) => text.toLowerCase().split(/[^a-z'-]+/).filter(Boolean)
const steps = {
  import: () => {},
  model: () => getModel(),
  gazetteers: (text) => gazetteerLabels(words(text)),
  'word classes': (text) => words(text).map(wordClass),
  'retext parse': (text) => text.split(/\\n\\s*\\n/).map(parseNlcst),
  tokenize: (text) => tokenize(text),
  extractEntities: (text) => extractEntities(text),
}
const text = readFileSync(process.argv[3], 'utf8')
const main = () => Number(readFileSync('/proc/self/task/' + process.pid + '/schedstat', 'utf8').split(' ')[0]) / 1e6
const cpu = process.cpuUsage(), m = main()
steps[process.argv[2]](text)
const used = process.cpuUsage(cpu)
console.log(JSON.stringify({processMs: (used.user + used.system) / 1000, mainMs: main() - m}))
`
const bundle = join(work, 'probe.mjs')
await build({stdin: {contents: entry, resolveDir: root, loader: 'ts'}, bundle: true, format: 'esm', platform: 'node', target: 'es2022', outfile: bundle, logLevel: 'warning'})
writeFileSync(join(work, 'package.json'), '{"type": "module"}')

const steps = ['import', ...(flag('steps')?.split(',') ?? ['model', 'gazetteers', 'word classes', 'retext parse', 'tokenize', 'extractEntities'])]

/** V8 entry points whose inclusive instruction counts split a run (callgrind_annotate). */
const entryPoints: ReadonlyArray<readonly [string, string]> = [
  ['TurboFan', 'v8::internal::Runtime_CompileOptimized('],
  ['TurboFan (OSR)', 'v8::internal::Runtime_CompileOptimizedOSR('],
  ['Sparkplug', 'v8::internal::baseline::BaselineBatchCompiler::EnqueueFunction('],
  ['lazy compile', 'v8::internal::Runtime_CompileLazy('],
  ['regexp compile (first exec)', 'v8::internal::RegExpImpl::CompileIrregexp('],
  ['ICU sets of \\p{…}', 'icu_78::UnicodeSet::applyIntPropertyValue('],
  ['GC', 'v8::internal::Heap::CollectGarbage('],
]

function instructions(step: string): Map<string, number> {
  const out = join(work, 'callgrind.out')
  execFileSync('valgrind', ['--tool=callgrind', `--callgrind-out-file=${out}`, process.execPath, '--single-threaded', bundle, step, textFile], {stdio: 'ignore'})
  const total = Number(/^(?:summary|totals): (\d+)/m.exec(readFileSync(out, 'utf8'))?.[1])
  const annotated = execFileSync('callgrind_annotate', ['--inclusive=yes', '--threshold=100', out], {encoding: 'utf8', maxBuffer: 1 << 28})
  const counts = new Map<string, number>([['total', total]])
  for (const [name, symbol] of entryPoints) {
    const line = annotated.split('\n').find((row) => row.includes(symbol))
    counts.set(name, Number(line?.trim().split(' ')[0]?.replaceAll(',', '') ?? 0) || 0)
  }
  return counts
}

if (callgrind) {
  const rows = steps.map((step) => {
    const counts = Array.from({length: runs}, () => instructions(step))
    return [step, new Map([...(counts[0] ?? new Map()).keys()].map((key) => [key, median(counts.map((count) => count.get(key) ?? 0))]))] as const
  })
  const base = rows[0]?.[1] ?? new Map<string, number>()
  const columns = ['total', ...entryPoints.map(([name]) => name)]
  console.log(`| step (import + step, less import alone; the import row: against a process importing nothing) | ${columns.join(' | ')} |`)
  console.log(`|${' --- |'.repeat(columns.length + 1)}`)
  for (const [step, counts] of rows) {
    const cells = columns.map((column) => formatNumber(((counts.get(column) ?? 0) - (step === 'import' ? 0 : base.get(column) ?? 0)) / 1e6, 1))
    console.log(`| ${step} | ${cells.join(' | ')} |`)
  }
  console.log('(M instructions; the import row includes Node start-up: subtract a run of `node -e 0` under callgrind)')
} else {
  console.log('| step | process CPU ms | main thread ms |\n| --- | --- | --- |')
  for (const step of steps) {
    const figures = Array.from({length: runs}, () => JSON.parse(execFileSync(process.execPath, [bundle, step, textFile], {encoding: 'utf8'})) as {processMs: number; mainMs: number})
    console.log(`| ${step} | ${formatNumber(median(figures.map((f) => f.processMs)), 1)} | ${formatNumber(median(figures.map((f) => f.mainMs)), 1)} |`)
  }
}
