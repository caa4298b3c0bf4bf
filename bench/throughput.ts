/**
 * Throughput: every contender on the same documents, one call a document, in this
 * process. A warm-up pass over the first documents comes first.
 */
import type {Corpus} from './corpus.js'
import type {Contender} from './libraries.js'
import {median, time} from './measure.js'

/** Milliseconds past which a contender gets one round only, and growth steps are skipped. */
const slowRun = 30_000

export interface ThroughputRow {
  name: string
  task: string
  /** Median wall-clock milliseconds for the whole corpus. */
  milliseconds: number
  charactersPerSecond: number
  /** Documents on which the library threw (timed all the same, up to the throw). */
  errors: number
}

/** Time each contender over the corpus `repeats` times; report the median. */
export function measureThroughput(contenders: readonly Contender[], corpus: Corpus, repeats: number): ThroughputRow[] {
  const warmUp = corpus.documents.slice(0, 20)
  return contenders.map((contender) => {
    for (const doc of warmUp) attempt(contender, doc)
    const runs: number[] = []
    let errors = 0
    for (let round = 0; round < repeats; round++) {
      errors = 0
      runs.push(time(() => corpus.documents.forEach((doc) => (errors += attempt(contender, doc)))))
      if ((runs[0] as number) > slowRun) break // one round of a slow contender is enough
    }
    const milliseconds = median(runs)
    console.error(`  ${contender.name}: ${Math.round(milliseconds)} ms, ${errors} documents threw`)
    return {name: contender.name, task: contender.task, milliseconds, charactersPerSecond: (corpus.characters / milliseconds) * 1000, errors}
  })
}

export interface GrowthRow {
  name: string
  /** Characters at 1×, 10×, 100×. */
  sizes: number[]
  /** NaN: skipped, linear growth from the step before would take over 30 s. */
  milliseconds: number[]
}

/**
 * Growth: one input made of whole documents, `base` characters long, then 10× and
 * 100× that, each given to the contender as ONE text; linear growth keeps the
 * milliseconds ×10 apart.
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
      milliseconds.push(median(Array.from({length: rounds}, () => time(() => attempt(contender, text)))))
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

function repeatTo(text: string, length: number): string {
  let result = text
  while (result.length < length) result += '\n\n' + text
  // Cut at a paragraph break at or before `length` when there is one near, so no word is cut.
  const cut = result.lastIndexOf('\n\n', length)
  return result.slice(0, cut > length * 0.9 ? cut : length)
}
