/**
 * Memory, each figure from a fresh Node process (bench/child.mjs, run with --expose-gc):
 * - peak: RSS of one call on one large input, against the RSS after import and a warm-up
 *   call, reported per MB of input. The input is one long article: the body paragraphs
 *   of every corpus document (as `segment` finds them) joined by blank lines, repeated to
 *   1 MB and 5 MB, so that parseArticle too finds entities over all of it;
 * - calls: RSS and heap (after a full collection) sampled ten times across many calls on
 *   the corpus documents, each call also given a sentence of never-seen names so that
 *   any cache that grows with distinct words shows.
 */
import {execFileSync} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {projectRoot} from '../test/helpers/fixtures.js'
import type {Corpus} from './corpus.js'
import type {Build} from './libraries.js'
import {repeatTo} from './throughput.js'

/** The two entry points measured. */
const entries = ['extractEntities', 'parseArticle'] as const

export interface PeakRow {
  name: string
  characters: number
  /** RSS after import and a warm-up call; the process's peak RSS after the call (MiB). */
  baselineMiB: number
  peakMiB: number
  ms: number
  /** Characters entities were found over (parseArticle: its body; extractEntities: all). */
  entitiesOver: number
}

export interface CallsRow {
  name: string
  calls: number
  ms: number
  samples: Array<{calls: number; rssMiB: number; heapMiB: number}>
}

export interface MemoryResults {
  peaks: PeakRow[]
  calls: CallsRow[]
}

function child(args: string[]): unknown {
  const output = execFileSync(process.execPath, ['--expose-gc', join(projectRoot, 'bench', 'child.mjs'), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  })
  return JSON.parse(output)
}

/**
 * Peak RSS on `prose` repeated to each of `megabytes`, and the memory across `calls`
 * calls on the corpus documents, for each build and entry point.
 */
export function measureMemory(builds: readonly Build[], corpus: Corpus, prose: string, megabytes: readonly number[], calls: number): MemoryResults {
  const peaks: PeakRow[] = []
  const callRows: CallsRow[] = []
  const docsFile = join(tmpdir(), `nutgraf-bench-docs-${process.pid}.json`)
  writeFileSync(docsFile, JSON.stringify(corpus.documents))
  for (const size of megabytes) {
    const textFile = join(tmpdir(), `nutgraf-bench-${size}mb-${process.pid}.txt`)
    writeFileSync(textFile, repeatTo(prose, size * 1_000_000))
    for (const build of builds) {
      for (const entry of entries) {
        const name = `${build.label} ${entry}`
        console.error(`  ${name}, ${size} MB…`)
        peaks.push({name, ...(child(['peak', build.dir, entry, textFile]) as Omit<PeakRow, 'name'>)})
      }
    }
  }
  if (calls > 0) {
    for (const build of builds) {
      for (const entry of entries) {
        const name = `${build.label} ${entry}`
        console.error(`  ${name}, ${calls} calls…`)
        callRows.push({name, ...(child(['calls', build.dir, entry, docsFile, String(calls)]) as Omit<CallsRow, 'name'>)})
      }
    }
  }
  return {peaks, calls: callRows}
}
