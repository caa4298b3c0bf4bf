/**
 * Profile one nutgraf entry point over the bench corpus, in a fresh process
 * (bench/child.mjs `work`), from the built dist/:
 * - `--cpu-prof` (default): V8's sampling profiler over `--rounds` rounds after `--warm`
 *   (default 2) unprofiled ones; prints self time by source file of src/ (through dist's
 *   source map) and the top functions, and keeps the .cpuprofile;
 * - `--callgrind`: valgrind's instruction count of `--rounds` rounds after a first one
 *   (a run of the first round alone is subtracted, so start-up and most compiling are
 *   left out), in a single-threaded V8 so that the count is stable on a shared machine;
 * - `--cold --callgrind`: the same count for a cold start (bench/child.mjs `cold`: import,
 *   then `--entry` (`extractEntities` or `parseArticle`) on the example article), less a child that imports nothing
 *   (Node's own start-up); `--rounds` runs, the median.
 *
 * Usage: npx tsx bench/profile.ts [--entry=extractEntities] [--mb=N] [--rounds=N] [--warm=N] [--callgrind] [--cold] [--dist=DIR]
 */
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {SourceMap} from 'node:module'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {projectRoot} from '../test/helpers/fixtures.js'
import {loadCorpus} from './corpus.js'
import {coldStartText} from './cold-start.js'
import {formatNumber, median} from './measure.js'

const args = process.argv.slice(2)
const flag = (name: string): string | undefined => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3)
const entry = flag('entry') ?? 'extractEntities'
const dist = flag('dist') ?? join(projectRoot, 'dist')
const callgrind = args.includes('--callgrind')
const corpus = loadCorpus(Number(flag('mb') ?? (callgrind ? 0.1 : Infinity)) * 1_000_000, flag('corpus') === 'mixed' ? 'mixed' : 'news')
const rounds = Number(flag('rounds') ?? (callgrind ? 2 : 3))
/** Rounds before the sampling profiler starts (`--cpu-prof` mode). */
const warm = Number(flag('warm') ?? 2)
const work = mkdtempSync(join(tmpdir(), 'nutgraf-profile-'))
const docsFile = join(work, 'docs.json')
writeFileSync(docsFile, JSON.stringify(corpus.documents))
const child = join(projectRoot, 'bench', 'child.mjs')
console.log(`${entry} over ${formatNumber(corpus.characters)} characters (${corpus.documents.length} documents) × ${rounds}, from ${relative(projectRoot, dist) || dist}`)

/** valgrind's instruction count of a child.mjs run in a single-threaded V8. */
function instructionsOf(childArgs: readonly string[]): number {
  const out = join(work, 'callgrind.out')
  execFileSync('valgrind', ['--tool=callgrind', `--callgrind-out-file=${out}`, process.execPath, '--single-threaded', child, ...childArgs], {
    stdio: ['ignore', 'ignore', 'ignore'],
  })
  const totals = /^(?:summary|totals): (\d+)/m.exec(readFileSync(out, 'utf8'))
  return Number(totals?.[1] ?? Number.NaN)
}

if (callgrind && args.includes('--cold')) {
  const textFile = join(work, 'article.txt')
  writeFileSync(textFile, coldStartText())
  const runs = Array.from({length: rounds}, () => instructionsOf(['cold', entry === 'parseArticle' ? 'nutgraf-parseArticle' : 'nutgraf', textFile, dist]) - instructionsOf(['cold', 'none', textFile]))
  console.log(`cold start (import + first ${entry} call on the example article): ${formatNumber(median(runs))} instructions (median of ${runs.length}: ${runs.map((run) => formatNumber(run)).join(', ')})`)
} else if (callgrind) {
  const instructions = (workRounds: number): number => instructionsOf(['work', dist, entry, docsFile, String(workRounds)])
  const first = instructions(1)
  const total = instructions(1 + rounds)
  const perRound = (total - first) / rounds
  console.log(`instructions: ${formatNumber(perRound)} a round after the first (${formatNumber(perRound / corpus.characters, 1)} a character); start-up and first round ${formatNumber(first)}`)
} else {
  // Warm rounds first, unprofiled: a first round costs ~4× a warm one (word types made, code not yet optimized).
  const file = join(work, 'warm.cpuprofile')
  execFileSync(process.execPath, [child, 'work', dist, entry, docsFile, String(rounds), String(warm), file], {stdio: 'inherit'})
  summarize(JSON.parse(readFileSync(file, 'utf8')) as Profile)
  console.log(`profile: ${file} (open it in Chrome DevTools or speedscope)`)
}

interface ProfileNode {
  id: number
  callFrame: {functionName: string; url: string; lineNumber: number; columnNumber: number}
}
interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

/** Self time by src/ file (mapped through the dist source maps) and by function. */
function summarize(profile: Profile): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const self = new Map<number, number>()
  profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)))
  const maps = new Map<string, SourceMap | null>()
  const where = (frame: ProfileNode['callFrame']): {file: string; name: string} => {
    if (!frame.url) return {file: frame.functionName ? `(${frame.functionName})` : '(program)', name: frame.functionName || '(anonymous)'}
    let map = maps.get(frame.url)
    if (map === undefined) {
      try {
        const path = fileURLToPath(frame.url)
        map = new SourceMap(JSON.parse(readFileSync(path + '.map', 'utf8')))
      } catch {
        map = null
      }
      maps.set(frame.url, map)
    }
    const found = map?.findEntry(frame.lineNumber, frame.columnNumber) as {originalSource?: string; originalLine?: number; name?: string} | undefined
    const source = found?.originalSource ? found.originalSource.replace(/^.*?\/src\//, 'src/') : frame.url.replace(/^.*node_modules\//, '')
    const line = found?.originalLine === undefined ? '' : `:${found.originalLine + 1}`
    return {file: source, name: `${found?.name ?? (frame.functionName || '(anonymous)')} ${source.split('/').pop() ?? ''}${line}`}
  }
  const files = new Map<string, number>()
  const functions = new Map<string, number>()
  let total = 0
  for (const [id, time] of self) {
    const node = byId.get(id)
    if (!node) continue
    const {file, name} = where(node.callFrame)
    if (file === '(idle)' || file === '(program)') continue
    total += time
    const area = file.startsWith('src/') ? file : file.split('/')[0] ?? file
    files.set(area, (files.get(area) ?? 0) + time)
    functions.set(name, (functions.get(name) ?? 0) + time)
  }
  const top = (map: Map<string, number>, count: number): string =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, time]) => `| ${name} | ${formatNumber(time / 1000)} | ${formatNumber((100 * time) / total, 1)} % |`)
      .join('\n')
  console.log(`\nSelf time by file (${formatNumber(total / 1000)} ms sampled, idle left out)\n\n| file | ms | share |\n| --- | --- | --- |\n${top(files, 30)}`)
  console.log(`\nTop functions by self time\n\n| function | ms | share |\n| --- | --- | --- |\n${top(functions, 30)}\n`)
}
