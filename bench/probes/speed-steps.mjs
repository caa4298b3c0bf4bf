/**
 * Several built nutgrafs in one process, interleaved document by document (the order
 * rotating), CPU time a round each and the median ratio to the first: a quick check of
 * what each step of a branch costs. Noisy on a shared machine (±5 %); prefer
 * `bench/profile.ts --callgrind` for a stable figure.
 *
 *   node bench/probes/speed-steps.mjs extractEntities ROUNDS DOCS_JSON DIST_DIR...
 */
import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {pathToFileURL} from 'node:url'

const [entry, rounds, docsFile, ...dirs] = process.argv.slice(2)
if (!entry || !rounds || !docsFile || dirs.length === 0) throw new Error('usage: node bench/probes/speed-steps.mjs ENTRY ROUNDS DOCS_JSON DIST_DIR...')
const docs = JSON.parse(readFileSync(docsFile, 'utf8'))
const calls = []
for (const dir of dirs) calls.push((await import(pathToFileURL(resolve(dir, 'index.js')).href))[entry])
for (const call of calls) for (const doc of docs.slice(0, 50)) call(doc)
const totals = dirs.map(() => [])
for (let round = 0; round < Number(rounds); round++) {
  const spent = dirs.map(() => 0)
  docs.forEach((doc, index) => {
    for (let turn = 0; turn < calls.length; turn++) {
      const which = (index + turn) % calls.length
      const before = process.cpuUsage()
      calls[which](doc)
      const used = process.cpuUsage(before)
      spent[which] += used.user + used.system
    }
  })
  spent.forEach((micros, which) => totals[which].push(micros / 1000))
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
dirs.forEach((dir, which) => {
  const ratio = median(totals[which].map((ms, round) => ms / totals[0][round]))
  console.log(dir, totals[which].map((ms) => ms.toFixed(0)).join(' '), 'ms; median ratio to the first', ratio.toFixed(3))
})
