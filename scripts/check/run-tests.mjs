/**
 * `npm test`: every check of the README's list, each its own npm script, run side by side
 * where one does not need another's output — the steps that read dist/ start when `build`
 * has finished; typecheck, the unit tests and the docs check read only the sources. At most
 * `NUTGRAF_TEST_JOBS` steps run at once (default: the machine's cores, at least 2). Each
 * step's output is printed whole when it ends, then a table of the steps and their times.
 * A failed step fails the run; the steps that need it are skipped; the others still run,
 * so that one run reports every failure.
 *
 *   node scripts/check/run-tests.mjs            what `npm test` runs
 *   node scripts/check/run-tests.mjs size build  only those steps (and nothing they need)
 */
import {spawn} from 'node:child_process'
import {availableParallelism} from 'node:os'

/**
 * In the order they are started when several are ready: the longest chain first (build →
 * test:dist → test:browser), the unit tests beside it.
 */
const steps = [
  {script: 'build', needs: []},
  {script: 'test:unit', needs: []},
  {script: 'test:dist', needs: ['build']},
  {script: 'typecheck', needs: []},
  {script: 'docs:check', needs: []},
  {script: 'test:browser', needs: ['build']},
  {script: 'lint:package', needs: ['build']},
  {script: 'size', needs: ['build']},
]

const only = process.argv.slice(2)
const unknown = only.filter((name) => !steps.some((step) => step.script === name))
if (unknown.length > 0) {
  process.stderr.write(`run-tests: no step ${unknown.join(', ')}; the steps are ${steps.map((step) => step.script).join(', ')}\n`)
  process.exit(2)
}
const chosen = only.length > 0 ? steps.filter((step) => only.includes(step.script)) : steps
const jobs = Number(process.env['NUTGRAF_TEST_JOBS'] ?? Math.max(2, availableParallelism()))

/** script → 'waiting' | 'running' | 'ok' | 'failed' | 'skipped' */
const state = new Map(chosen.map((step) => [step.script, 'waiting']))
const seconds = new Map()
const children = new Set()
const started = performance.now()
const elapsed = (from) => ((performance.now() - from) / 1000).toFixed(1)

function run(step) {
  state.set(step.script, 'running')
  process.stdout.write(`▶ ${step.script} (at ${elapsed(started)} s)\n`)
  const from = performance.now()
  // Its own process group, so that an interrupt stops the step's children too.
  const child = spawn('npm', ['run', step.script], {stdio: ['ignore', 'pipe', 'pipe'], detached: true})
  children.add(child)
  const output = []
  child.stdout.on('data', (chunk) => output.push(chunk))
  child.stderr.on('data', (chunk) => output.push(chunk))
  child.on('close', (code, signal) => {
    children.delete(child)
    const ok = code === 0
    state.set(step.script, ok ? 'ok' : 'failed')
    seconds.set(step.script, elapsed(from))
    process.stdout.write(`\n── ${step.script}: ${ok ? 'ok' : `FAILED (${signal ?? `exit ${code}`})`}, ${elapsed(from)} s ──\n`)
    process.stdout.write(Buffer.concat(output))
    schedule()
  })
}

function schedule() {
  for (const step of chosen) {
    if (state.get(step.script) !== 'waiting') continue
    const needs = step.needs.filter((name) => state.has(name))
    if (needs.some((name) => ['failed', 'skipped'].includes(state.get(name)))) {
      state.set(step.script, 'skipped')
      continue
    }
    if (children.size < jobs && needs.every((name) => state.get(name) === 'ok')) run(step)
  }
  if (children.size === 0 && [...state.values()].every((value) => !['waiting', 'running'].includes(value))) finish()
}

function finish() {
  process.stdout.write(`\nnpm test, ${jobs} steps at a time, ${elapsed(started)} s:\n`)
  for (const step of chosen) process.stdout.write(`  ${step.script.padEnd(13)} ${(state.get(step.script) ?? '').padEnd(8)} ${seconds.has(step.script) ? `${seconds.get(step.script)} s` : ''}\n`)
  process.exitCode = [...state.values()].every((value) => value === 'ok') ? 0 : 1
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) {
      try {
        process.kill(-child.pid, signal)
      } catch {
        // already gone
      }
    }
    process.exit(128 + (signal === 'SIGINT' ? 2 : 15))
  })
}

schedule()
