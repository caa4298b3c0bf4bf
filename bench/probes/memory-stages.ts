/**
 * Memory by stage: the stages of `extractEntities` called one after another on one long
 * text, heap and RSS printed after each (no collection between them, as in a real call),
 * then V8's heap spaces. A probe behind docs/results-performance.md (Session 4), not part
 * of the bench:
 *
 *   node --expose-gc --import tsx bench/probes/memory-stages.ts FILE [--live]
 *
 * With `--live`, a full collection before each print: "heap used" is then what the
 * stages before keep alive.
 */
import {readFileSync} from 'node:fs'
import {getHeapSpaceStatistics} from 'node:v8'
import {findAmounts} from '../../src/entities/amounts/index.js'
import {clusterMentions} from '../../src/entities/cluster.js'
import {findDates} from '../../src/entities/dates/index.js'
import {findNames} from '../../src/entities/names/index.js'
import {tokenize} from '../../src/entities/tokens.js'
import {extractEntities} from '../../src/index.js'

const file = process.argv[2]
if (!file) throw new Error('usage: node --expose-gc --import tsx bench/probes/memory-stages.ts FILE')
const text = readFileSync(file, 'utf8')
extractEntities('Gen. Mark Milley spoke in Kyiv on Thursday.')
const gc = (globalThis as {gc?: () => void}).gc
if (!gc) throw new Error('run node with --expose-gc')
const mib = (bytes: number): string => (bytes / 2 ** 20).toFixed(1)
const live = process.argv.includes('--live')
const print = (stage: string): void => {
  if (live) gc()
  const memory = process.memoryUsage()
  const peak = process.resourceUsage().maxRSS * 1024
  console.log(`${stage.padEnd(10)} heap used ${mib(memory.heapUsed)}  committed ${mib(memory.heapTotal)}  RSS ${mib(memory.rss)}  peak RSS ${mib(peak)} MiB`)
}
gc()
print('start')
const tokenized = tokenize(text)
print('tokenize')
findDates(tokenized, undefined)
print('dates')
const names = findNames(tokenized, {})
print('names')
clusterMentions(text, names)
print('cluster')
findAmounts(text, [])
print('amounts')
for (const space of getHeapSpaceStatistics()) {
  if (space.space_size > 0) console.log(`  ${space.space_name.padEnd(24)} ${mib(space.space_size)} MiB (used ${mib(space.space_used_size)})`)
}
