/**
 * `nutgraf --jobs`: the built CLI on the benchmark corpus with 1, 2, … worker threads, run
 * interleaved (one run of each setting a round, so that a change of machine load hits
 * every setting alike), as a folder of .txt files and as JSONL on stdin. Reports the
 * median wall time and CPU time (user + system, from /usr/bin/time) of each setting, the
 * speedup against --jobs 1, and checks that every setting prints the same bytes.
 *
 * Usage: `npm run build && npx tsx bench/cli-jobs.ts [--mb=2] [--rounds=3] [--jobs=1,2]`
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {availableParallelism, tmpdir} from 'node:os'
import {join} from 'node:path'
import {projectRoot} from '../test/helpers/fixtures.js'
import {loadCorpus} from './corpus.js'

const args = process.argv.slice(2)
const flag = (name: string): string | undefined => args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1]
const megabytes = Number(flag('mb') ?? 2)
const rounds = Number(flag('rounds') ?? 3)
const settings = (flag('jobs') ?? `1,${availableParallelism()}`).split(',').map(Number)
const cli = join(projectRoot, 'dist', 'cli.js')

const corpus = loadCorpus(megabytes * 1_000_000)
const scratch = mkdtempSync(join(tmpdir(), 'nutgraf-cli-jobs-'))
const folder = join(scratch, 'articles')
mkdirSync(folder)
corpus.documents.forEach((text, index) => writeFileSync(join(folder, `${String(index).padStart(6, '0')}.txt`), text))
const jsonl = join(scratch, 'articles.jsonl')
writeFileSync(jsonl, corpus.documents.map((text, index) => JSON.stringify({id: index, text})).join('\n') + '\n')

interface Run {
  wall: number
  cpu: number
  output: string
}

function runOnce(mode: 'folder' | 'jsonl', jobs: number): Run {
  const out = join(scratch, `out-${mode}-${jobs}`)
  const command = mode === 'folder' ? [cli, '-f', 'jsonl', '-j', String(jobs), folder] : [cli, '-f', 'jsonl', '-j', String(jobs), '-']
  const time = spawnSync('/usr/bin/time', ['-f', '%e %U %S', '-o', join(scratch, 'time'), process.execPath, ...command], {
    input: mode === 'jsonl' ? readFileSync(jsonl) : '',
    stdio: ['pipe', 'pipe', 'pipe'],
    maxBuffer: 1 << 30,
  })
  if (time.status !== 0) throw new Error(`nutgraf failed: ${time.stderr.toString()}`)
  writeFileSync(out, time.stdout)
  const [wall, user, system] = readFileSync(join(scratch, 'time'), 'utf8').trim().split(/\s+/).map(Number) as [number, number, number]
  return {wall, cpu: user + system, output: out}
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number
const rows: string[] = []
try {
  for (const mode of ['folder', 'jsonl'] as const) {
    const runs = new Map<number, Run[]>(settings.map((jobs) => [jobs, []]))
    for (let round = 0; round < rounds; round++) {
      for (const jobs of settings) {
        process.stderr.write(`\r${mode} round ${round + 1}/${rounds} --jobs ${jobs}   `)
        runs.get(jobs)?.push(runOnce(mode, jobs))
      }
    }
    process.stderr.write('\n')
    const first = readFileSync((runs.get(settings[0] as number) as Run[])[0]?.output as string)
    for (const jobs of settings) {
      const same = (runs.get(jobs) as Run[]).every((run) => readFileSync(run.output).equals(first))
      if (!same) throw new Error(`--jobs ${jobs} printed something else than --jobs ${settings[0]} (${mode})`)
    }
    const base = median((runs.get(settings[0] as number) as Run[]).map((run) => run.wall))
    for (const jobs of settings) {
      const list = runs.get(jobs) as Run[]
      const wall = median(list.map((run) => run.wall))
      const cpu = median(list.map((run) => run.cpu))
      rows.push(`| ${mode} | ${jobs} | ${wall.toFixed(2)} | ${cpu.toFixed(2)} | ${(corpus.characters / wall / 1000).toFixed(0)} K | ×${(base / wall).toFixed(2)} |`)
    }
  }
} finally {
  rmSync(scratch, {recursive: true, force: true})
}
console.log(`nutgraf CLI, ${corpus.documents.length} documents, ${(corpus.characters / 1e6).toFixed(2)} M characters (${corpus.source}); ${rounds} interleaved rounds, medians; ${availableParallelism()} cores; outputs identical across settings`)
console.log('')
console.log('| input | --jobs | wall s | CPU s (user+sys) | chars/s (wall) | speedup (wall) |')
console.log('|---|---|---|---|---|---|')
for (const row of rows) console.log(row)
