/**
 * A/B of one stage of extractEntities between today's src/ and a git revision's, for a
 * speed lever too small for the throughput run's noise: both stages bundled (esbuild,
 * minified, with the builds' stand-ins for parse-latin's expressions and unified's helpers) and loaded in ONE single-threaded Node (`--single-threaded`: garbage
 * collection and compiling on the main thread, so the process CPU clock counts the
 * calls' own work and nothing of V8's helper threads), the corpus cut into chunks of a
 * dozen documents, each chunk run by A then B or B then A in turn, process CPU summed per
 * side a round; the median over rounds of A's time over B's. Outputs are compared first
 * (JSON) and the run stops if they differ. An A/A run (`--baseline=HEAD` on a clean tree)
 * shows the noise: medians within ±1 %, single rounds within ±5 % at load 5–14.
 *
 * Stages: `tokens` (`tokenize`: parse-english and the mending around it), `tagger` (the name tagger alone: emissions and Viterbi, `documentRanges` over
 * the tagger words' texts), `names` (`findNames` of tokenized text), `dates`
 * (`findDates`), `extract` (`extractEntities`).
 *
 * Usage: npx tsx bench/stage-ab.ts --baseline=REV [--stage=tagger] [--rounds=9] [--mb=N]
 */
import {execFileSync} from 'node:child_process'
import {existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {build, type Plugin} from 'esbuild'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {projectRoot} from '../test/helpers/fixtures.js'
import {loadCorpus} from './corpus.js'

const args = process.argv.slice(2)
const flag = (name: string): string | undefined => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3)
const baseline = flag('baseline') ?? 'main'
const stage = flag('stage') ?? 'tagger'
const rounds = Number(flag('rounds') ?? 9)
const work = mkdtempSync(join(tmpdir(), 'nutgraf-stage-ab-'))

const entry = `export {tokenize} from './src/entities/tokens.js'
export {findDates} from './src/entities/dates/index.js'
export {findNames} from './src/entities/names/index.js'
export {documentRanges} from './src/entities/names/tagger.js'
export {taggerWords} from './src/entities/names/tagger-words.js'
export {extractEntities} from './src/index.js'
`

/**
 * Bundle the stage entry of the source tree at `root` into `out`, with the stand-ins the
 * builds bundle (tsup.config.ts: parse-latin's expressions and unified's helpers) taken
 * from that tree when it has them.
 */
async function bundle(root: string, out: string): Promise<void> {
  const file = join(root, `stage-ab-entry-${process.pid}.ts`)
  writeFileSync(file, entry)
  const standIn = (filter: RegExp, importer: RegExp, path: string): Plugin => ({
    name: path,
    setup(build) {
      const target = join(root, path)
      if (existsSync(target)) build.onResolve({filter}, (args) => (importer.test(args.importer) ? {path: target} : undefined))
    },
  })
  try {
    await build({
      entryPoints: [file],
      bundle: true,
      format: 'esm',
      platform: 'node',
      minify: true,
      outfile: out,
      logLevel: 'error',
      plugins: [
        standIn(/expressions\.js$/, /[\\/]node_modules[\\/]parse-latin[\\/]lib[\\/]/, 'src/internal/parse-latin-expressions.ts'),
        standIn(/^(?:extend|trough|vfile)$/, /[\\/]node_modules[\\/]unified[\\/]lib[\\/]/, 'src/internal/unified-stubs.ts'),
      ],
    })
  } finally {
    rmSync(file)
  }
}

const tree = join(work, 'baseline')
execFileSync('sh', ['-c', `mkdir -p "${tree}" && git archive "${baseline}" src | tar -x -C "${tree}"`], {cwd: projectRoot})
symlinkSync(join(projectRoot, 'node_modules'), join(tree, 'node_modules'))
await bundle(tree, join(work, 'a.mjs'))
await bundle(projectRoot, join(work, 'b.mjs'))
writeFileSync(join(work, 'docs.json'), JSON.stringify(loadCorpus(Number(flag('mb') ?? Infinity) * 1_000_000, 'news').documents))

const child = `
import {readFileSync} from 'node:fs'
const cpu = () => { const used = process.cpuUsage(); return used.user + used.system }
const A = await import(${JSON.stringify(join(work, 'a.mjs'))}), B = await import(${JSON.stringify(join(work, 'b.mjs'))})
const docs = JSON.parse(readFileSync(${JSON.stringify(join(work, 'docs.json'))}, 'utf8'))
const stage = ${JSON.stringify(stage)}
const input = stage === 'tagger' ? docs.map((doc) => A.taggerWords(A.tokenize(doc)).map((words) => words.map((word) => word.text))) : stage === 'extract' || stage === 'tokens' ? docs : docs.map((doc) => A.tokenize(doc))
const call = {tokens: (M, x) => M.tokenize(x), tagger: (M, x) => M.documentRanges(x), names: (M, x) => M.findNames(x, {}), dates: (M, x) => M.findDates(x, undefined), extract: (M, x) => M.extractEntities(x)}[stage]
for (let round = 0; round < 2; round++) for (const x of input) { call(A, x); call(B, x) }
for (const x of input) if (JSON.stringify(call(A, x)) !== JSON.stringify(call(B, x))) throw new Error('stage-ab: the outputs differ')
const ratios = [], times = [[], []]
for (let round = 0; round < ${rounds}; round++) {
  const spent = [0, 0]
  for (let at = 0, chunk = 0; at < input.length; at += 12, chunk++) {
    const part = input.slice(at, at + 12)
    for (const side of (chunk + round) % 2 ? [0, 1] : [1, 0]) {
      const start = cpu()
      for (const x of part) call(side ? B : A, x)
      spent[side] += cpu() - start
    }
  }
  times[0].push(spent[0] / 1000); times[1].push(spent[1] / 1000); ratios.push(spent[0] / spent[1])
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
console.log(JSON.stringify({stage, a: median(times[0]), b: median(times[1]), speedup: median(ratios), ratios}))
`
writeFileSync(join(work, 'child.mjs'), child)
try {
  const result = JSON.parse(execFileSync(process.execPath, ['--single-threaded', join(work, 'child.mjs')], {encoding: 'utf8'})) as {a: number; b: number; speedup: number; ratios: number[]}
  console.log(`${stage}: ${baseline} ${result.a.toFixed(1)} ms, src/ ${result.b.toFixed(1)} ms a round (median of ${rounds}); src/ is x${result.speedup.toFixed(3)} as fast (rounds: ${result.ratios.map((ratio) => ratio.toFixed(3)).join(' ')})`)
} finally {
  rmSync(work, {recursive: true, force: true})
}
