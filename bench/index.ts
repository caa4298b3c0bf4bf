/**
 * nutgraf benchmarks: throughput against compromise (+ compromise-dates), wink-nlp and
 * chrono-node on the same real text, run interleaved per document in repeated rounds
 * (CPU and wall time); growth at 1×/10×/100×; memory (peak RSS per MB of input, and
 * across many calls); cold start (import + first call) in fresh processes; gzipped
 * browser bundle sizes; worst-case input timings. Prints Markdown tables to stdout
 * (progress to stderr).
 *
 * Usage: `npm run bench` (builds dist/ first), or `npx tsx bench/index.ts [options]`:
 *   --write          also put the tables into docs/results-performance.md
 *   --json=FILE      also write the raw figures as JSON
 *   --quick          a 200 KB corpus, one round, 500 calls, 3 cold starts (a smoke run)
 *   --corpus=NAME    news (default, ~640 K characters) or mixed (adds GUM's genres; 1.9 MB)
 *   --mb=N           cut the corpus at N MB
 *   --rounds=N       throughput rounds (default 5)
 *   --calls=N        calls of the memory-across-calls run (default 10000)
 *   --baseline=REV   also run nutgraf as built from git revision REV, side by side (REV,REV2,…: several)
 *   --nutgraf-only   leave the other libraries out (quick before/after checks with --baseline)
 *   --only=a,b       sections: throughput, growth, memory, cold, bundle, worst
 *   --render=FILE    measure nothing: print (and with --write, write) the figures saved by --json
 */
import {execFileSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {projectRoot} from '../test/helpers/fixtures.js'
import {measureWorstCases} from './adversarial.js'
import {baselineBuild} from './baseline.js'
import {measureBundles} from './bundle-size.js'
import {measureColdStart} from './cold-start.js'
import {type CorpusName, loadCorpus} from './corpus.js'
import {type Build, contenders, currentBuild, loadNutgraf} from './libraries.js'
import {measureMemory} from './memory.js'
import {currentLoad, renderReport, type Results} from './report.js'
import {measureGrowth, measureThroughput} from './throughput.js'

const args = process.argv.slice(2)
const flag = (name: string): string | undefined => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3)
const quick = args.includes('--quick')
const megabytes = flag('mb') === undefined ? (quick ? 0.2 : Infinity) : Number(flag('mb'))
const rounds = Number(flag('rounds') ?? (quick ? 1 : 5))
const calls = Number(flag('calls') ?? (quick ? 500 : 10_000))
const only = flag('only')?.split(',')
const wanted = (section: string): boolean => !only || only.includes(section)

const render = flag('render')
if (render) {
  // JSON keeps NaN (a growth step skipped) as null.
  const report = renderReport(JSON.parse(readFileSync(render, 'utf8'), (_key, value: unknown) => (value === null ? Number.NaN : value)) as Results)
  console.log(report)
  if (args.includes('--write')) writePage(report)
  process.exit(0)
}

const baseline = flag('baseline')
const builds: Build[] = [currentBuild, ...(baseline ? baseline.split(',').map((revision) => baselineBuild(revision)) : [])]
const corpus = loadCorpus(megabytes * 1_000_000, (flag('corpus') ?? 'news') as CorpusName)
const results: Results = {
  date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  command: `npm run bench${args.length ? ' -- ' + args.join(' ') : ''}`,
  revision: revision(),
  load: [currentLoad()],
  corpus: {source: corpus.source, documents: corpus.documents.length, characters: corpus.characters},
}
const all = await contenders(builds, args.includes('--nutgraf-only'))
if (wanted('throughput')) {
  console.error(`throughput on ${corpus.characters} characters, ${rounds} rounds…`)
  results.rounds = rounds
  results.throughput = measureThroughput(all, corpus, rounds)
}
if (wanted('growth')) {
  const base = quick ? 2_000 : 10_000
  console.error(`growth at ${base} × 1, 10, 100…`)
  results.growth = measureGrowth(all.filter((contender) => !contender.name.startsWith('nutgraf@')), corpus, base)
}
if (wanted('memory')) {
  console.error('memory…')
  const {segment} = await loadNutgraf()
  const prose = corpus.documents.map((doc) => segment(doc).body.map((paragraph) => paragraph.text).join('\n\n')).join('\n\n')
  results.memory = measureMemory(builds, corpus, prose, quick ? [1] : [1, 5], calls)
}
if (wanted('cold')) {
  console.error('cold start…')
  results.coldStart = measureColdStart(builds, quick ? 3 : 9)
}
if (wanted('bundle')) {
  console.error('bundle sizes…')
  results.bundles = await measureBundles()
}
if (wanted('worst')) {
  console.error('worst-case inputs…')
  const parseArticle = all.find((contender) => contender.name === 'nutgraf parseArticle')
  if (parseArticle) results.worstCases = measureWorstCases(parseArticle.run, quick ? 1_000_000 : 100_000)
}
results.load.push(currentLoad())

const report = renderReport(results)
console.log(report)
const json = flag('json')
if (json) writeFileSync(json, JSON.stringify(results, null, 1) + '\n')
if (args.includes('--write')) writePage(report)

/** Put the report between the bench markers of docs/results-performance.md. */
function writePage(report: string): void {
  const path = join(projectRoot, 'docs', 'results-performance.md')
  const page = readFileSync(path, 'utf8')
  const start = '<!-- bench:start -->'
  const end = '<!-- bench:end -->'
  const from = page.indexOf(start)
  const to = page.indexOf(end)
  if (from === -1 || to === -1) throw new Error(`bench: ${path} lacks the ${start} … ${end} markers`)
  writeFileSync(path, page.slice(0, from + start.length) + '\n' + report + page.slice(to))
  console.error(`bench: wrote ${path}`)
}

/** The commit and branch measured, with a mark when the tree has changes. */
function revision(): string {
  try {
    const git = (...gitArgs: string[]): string => execFileSync('git', gitArgs, {cwd: projectRoot, encoding: 'utf8'}).trim()
    const dirty = git('status', '--porcelain', '--', 'src').length > 0 ? ' + uncommitted changes in src/' : ''
    return `${git('rev-parse', '--short', 'HEAD')} (${git('rev-parse', '--abbrev-ref', 'HEAD')})${dirty}`
  } catch {
    return 'unknown (not a git checkout)'
  }
}
