/**
 * Throughput on text seen once: each pass over the corpus runs in a fresh Node process
 * (bench/child.mjs `work`, one round), so no cache holds anything a pass could reuse
 * from an earlier one, as when a caller parses documents nobody parsed before. Two
 * builds take turns (A B, then B A, …) so that a change of machine load falls on both;
 * the figure is the CPU time of the pass (import and a warm-up call left out), and the
 * ratio of each pair.
 *
 * Usage: npx tsx bench/first-pass.ts [--baseline=REV] [--entry=extractEntities] [--pairs=6] [--corpus=mixed] [--mb=N]
 * (builds dist/ first: `npm run build`; the baseline as bench/baseline.ts builds it).
 */
import {execFileSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {projectRoot} from '../test/helpers/fixtures.js'
import {baselineBuild} from './baseline.js'
import {loadCorpus} from './corpus.js'
import {formatNumber, median} from './measure.js'

const args = process.argv.slice(2)
const flag = (name: string): string | undefined => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3)
const entry = flag('entry') ?? 'extractEntities'
const pairs = Number(flag('pairs') ?? 6)
const corpus = loadCorpus(Number(flag('mb') ?? Infinity) * 1_000_000, flag('corpus') === 'news' ? 'news' : 'mixed')
const docsFile = join(mkdtempSync(join(tmpdir(), 'nutgraf-first-pass-')), 'docs.json')
writeFileSync(docsFile, JSON.stringify(corpus.documents))
const before = baselineBuild(flag('baseline') ?? 'main')
const after = {label: 'dist', dir: join(projectRoot, 'dist')}

/** CPU milliseconds of one pass over the corpus in a fresh process. */
const pass = (dir: string): number =>
  (JSON.parse(execFileSync(process.execPath, [join(projectRoot, 'bench', 'child.mjs'), 'work', dir, entry, docsFile, '1'], {encoding: 'utf8'})) as {cpuMs: number}).cpuMs

console.log(`${entry}, first pass over ${formatNumber(corpus.characters)} characters (${corpus.documents.length} documents), ${before.label} against ${after.label}, ${pairs} pairs\n`)
console.log(`| pair | ${before.label} CPU ms | ${after.label} CPU ms | speed-up |\n| --- | --- | --- | --- |`)
const ratios: number[] = []
const times: [number[], number[]] = [[], []]
for (let index = 0; index < pairs; index++) {
  let a: number
  let b: number
  if (index % 2 === 0) {
    a = pass(before.dir)
    b = pass(after.dir)
  } else {
    b = pass(after.dir)
    a = pass(before.dir)
  }
  times[0].push(a)
  times[1].push(b)
  ratios.push(a / b)
  console.log(`| ${index + 1} | ${formatNumber(a)} | ${formatNumber(b)} | ×${(a / b).toFixed(3)} |`)
}
const perSecond = (ms: number): string => `${formatNumber(corpus.characters / (ms / 1000))} chars/s`
console.log(`\nmedian: ${before.label} ${perSecond(median(times[0]))}, ${after.label} ${perSecond(median(times[1]))}; speed-up ×${median(ratios).toFixed(3)} (${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)})`)
