/**
 * What the first execution of each regular expression costs in a cold call (V8 compiles a
 * pattern, and builds the ICU sets of its `\p{…}` classes, when it first runs): a fresh
 * process wraps `RegExp.prototype.exec` (which `test`, `match`, `replace` and `split` go
 * through), imports a built nutgraf and makes one call. Prints the import and call CPU time,
 * the summed first executions and the costliest patterns. The wrapper slows every call, so
 * read the proportions. A probe behind docs/results-performance.md (Session 6):
 *
 *   node bench/probes/regex-first-use.mjs DIR ENTRY TEXT_FILE [TOP]
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'

const [dir, entry, file, top = '15'] = process.argv.slice(2)
if (!dir || !entry || !file) throw new Error('usage: node bench/probes/regex-first-use.mjs DIR ENTRY TEXT_FILE [TOP]')
const cpuMs = (since) => {
  const used = process.cpuUsage(since)
  return (used.user + used.system) / 1000
}
const exec = RegExp.prototype.exec
const seen = new WeakSet()
const costs = []
RegExp.prototype.exec = function (string) {
  if (seen.has(this)) return exec.call(this, string)
  seen.add(this)
  const start = process.cpuUsage()
  const result = exec.call(this, string)
  costs.push({ms: cpuMs(start), pattern: `/${this.source.slice(0, 100)}/${this.flags}`})
  return result
}
const start = process.cpuUsage()
const nutgraf = await import(pathToFileURL(join(dir, 'index.js')).href)
const importMs = cpuMs(start)
nutgraf[entry](readFileSync(file, 'utf8'))
const totalMs = cpuMs(start)
costs.sort((a, b) => b.ms - a.ms)
const firstRuns = costs.reduce((sum, cost) => sum + cost.ms, 0)
console.log(`import ${importMs.toFixed(1)} CPU ms, import + first ${entry} ${totalMs.toFixed(1)}; first runs of ${costs.length} regular expression objects ${firstRuns.toFixed(1)}`)
for (const cost of costs.slice(0, Number(top))) console.log(`${cost.ms.toFixed(2).padStart(7)}  ${cost.pattern}`)
