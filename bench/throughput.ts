/**
 * Throughput: every contender on the same documents, one call a document, in this
 * process, INTERLEAVED: each document goes to every contender in turn (the order
 * rotating from one document to the next) before the next document, so a change of
 * machine load hits all contenders alike. Each call's wall-clock and CPU time is
 * summed per contender per round; ratios between contenders are taken within a round,
 * then the median over rounds is reported. A warm-up pass over the first documents
 * comes first.
 */
import type {Corpus} from './corpus.js'
import type {Contender} from './libraries.js'
import {cost, cpuTime, median} from './measure.js'

/** Milliseconds past which growth steps are skipped. */
const slowRun = 30_000

export interface ThroughputRow {
  name: string
  task: string
  /** Wall-clock, process CPU and main-thread CPU milliseconds of each round over the whole corpus. */
  wall: number[]
  cpu: number[]
  thread: number[]
  /** Documents on which the library threw (timed all the same, up to the throw), in the last round. */
  errors: number
}

/** Contender costs of `rounds` interleaved rounds over the corpus. */
export function measureThroughput(contenders: readonly Contender[], corpus: Corpus, rounds: number): ThroughputRow[] {
  for (const doc of corpus.documents.slice(0, 20)) for (const contender of contenders) attempt(contender, doc)
  const rows: ThroughputRow[] = contenders.map((contender) => ({name: contender.name, task: contender.task, wall: [], cpu: [], thread: [], errors: 0}))
  const count = contenders.length
  for (let round = 0; round < rounds; round++) {
    const wall = new Float64Array(count)
    const cpu = new Float64Array(count)
    const thread = new Float64Array(count)
    const errors = new Int32Array(count)
    corpus.documents.forEach((doc, index) => {
      for (let turn = 0; turn < count; turn++) {
        const which = (index + round + turn) % count
        const spent = cost(() => (errors[which] = (errors[which] as number) + attempt(contenders[which] as Contender, doc)))
        wall[which] = (wall[which] as number) + spent.wall
        cpu[which] = (cpu[which] as number) + spent.cpu
        thread[which] = (thread[which] as number) + spent.thread
      }
    })
    rows.forEach((row, which) => {
      row.wall.push(wall[which] as number)
      row.cpu.push(cpu[which] as number)
      row.thread.push(thread[which] as number)
      row.errors = errors[which] as number
    })
    console.error(`  round ${round + 1}/${rounds}: ${rows.map((row) => `${row.name} ${Math.round(row.thread[round] as number)} ms`).join(', ')}`)
  }
  return rows
}

/** The clocks a round is timed by. */
export type Clock = 'wall' | 'cpu' | 'thread'

/** Median over rounds of `row`'s speed divided by `reference`'s, from the same rounds. */
export function speedRatio(row: ThroughputRow, reference: ThroughputRow, clock: Clock): number {
  return median(row[clock].map((ms, round) => (reference[clock][round] as number) / ms))
}

export interface GrowthRow {
  name: string
  /** Characters at 1×, 10×, 100×. */
  sizes: number[]
  /** Main-thread CPU milliseconds (process CPU off Linux); NaN: skipped, linear growth from the step before would take over 30 s. */
  milliseconds: number[]
}

/**
 * Growth: one input made of whole documents, `base` characters long, then 10× and
 * 100× that, each given to the contender as ONE text; linear growth keeps the
 * milliseconds ×10 apart. Timed in CPU time, the median of three runs below 200 K characters.
 */
export function measureGrowth(contenders: readonly Contender[], corpus: Corpus, base: number): GrowthRow[] {
  const all = corpus.documents.join('\n\n')
  const sizes = [base, base * 10, base * 100]
  const texts = sizes.map((size) => repeatTo(all, size))
  return contenders.map((contender) => {
    attempt(contender, texts[0] as string)
    const milliseconds: number[] = []
    for (const text of texts) {
      // Skip a step that linear growth alone would take past the budget (compromise is superlinear).
      const previous = milliseconds[milliseconds.length - 1]
      if (previous !== undefined && (Number.isNaN(previous) || previous * 10 > slowRun)) {
        milliseconds.push(Number.NaN)
        continue
      }
      const rounds = text.length < 200_000 ? 3 : 1
      milliseconds.push(median(Array.from({length: rounds}, () => cpuTime(cost(() => attempt(contender, text))))))
    }
    console.error(`  ${contender.name}: ${milliseconds.map((value) => Math.round(value)).join(' / ')} ms`)
    return {name: contender.name, sizes, milliseconds}
  })
}

/** Run `contender` on `text`; 1 when it threw (its message goes to stderr once), else 0. */
function attempt(contender: Contender, text: string): number {
  try {
    contender.run(text)
    return 0
  } catch (error) {
    if (!reported.has(contender.name)) {
      reported.add(contender.name)
      console.error(`  ${contender.name} threw on a ${text.length}-character document: ${String(error).slice(0, 120)}`)
    }
    return 1
  }
}

const reported = new Set<string>()

/** `text` repeated (joined by blank lines) to about `length` characters, cut at a paragraph break. */
export function repeatTo(text: string, length: number): string {
  let result = text
  while (result.length < length) result += '\n\n' + text
  // Cut at a paragraph break at or before `length` when there is one near, so no word is cut.
  const cut = result.lastIndexOf('\n\n', length)
  return result.slice(0, cut > length * 0.9 ? cut : length)
}
