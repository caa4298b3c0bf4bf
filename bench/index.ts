/**
 * nutgraf benchmarks: throughput against compromise (+ compromise-dates) and wink-nlp
 * on the same real text, growth at 1×/10×/100×, cold-start import time, gzipped
 * browser bundle sizes and worst-case input timings. Prints Markdown tables to stdout
 * (progress to stderr).
 *
 * Usage: `npm run bench` (builds dist/ first), or `npx tsx bench/index.ts [options]`:
 *   --write        also put the tables into docs/results-performance.md
 *   --quick        a 200 KB corpus, one round, small growth base (a smoke run)
 *   --mb=N         corpus size in MB (default 2)
 *   --only=a,b     sections: throughput, growth, cold, bundle, worst
 */
import {execFileSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {projectRoot} from '../test/helpers/fixtures.js'
import {measureWorstCases} from './adversarial.js'
import {measureBundles} from './bundle-size.js'
import {measureColdStart} from './cold-start.js'
import {loadCorpus} from './corpus.js'
import {contenders} from './libraries.js'
import {renderReport, type Results} from './report.js'
import {measureGrowth, measureThroughput} from './throughput.js'

const args = process.argv.slice(2)
const flag = (name: string): string | undefined => args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1]
const quick = args.includes('--quick')
const megabytes = Number(flag('mb') ?? (quick ? 0.2 : 2))
const only = flag('only')?.split(',')
const wanted = (section: string): boolean => !only || only.includes(section)

const corpus = loadCorpus(megabytes * 1_000_000)
const results: Results = {
  date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  command: `npm run bench${args.length ? ' -- ' + args.join(' ') : ''}`,
  revision: revision(),
  corpus: {source: corpus.source, documents: corpus.documents.length, characters: corpus.characters},
}
const all = await contenders()
if (wanted('throughput')) {
  console.error(`throughput on ${corpus.characters} characters…`)
  results.throughput = measureThroughput(all, corpus, quick ? 1 : 3)
}
if (wanted('growth')) {
  const base = quick ? 2_000 : 10_000
  console.error(`growth at ${base} × 1, 10, 100…`)
  results.growth = measureGrowth(all, corpus, base)
}
if (wanted('cold')) {
  console.error('cold start…')
  results.coldStart = measureColdStart(5)
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

const report = renderReport(results)
console.log(report)
if (args.includes('--write')) {
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
