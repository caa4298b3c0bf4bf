/**
 * Worst-case inputs: nutgraf's parseArticle on each adversarial input of
 * test/adversarial/inputs.ts, one run each, in characters per second of CPU time.
 */
import {adversarialInputs} from '../test/adversarial/inputs.js'
import type {Contender} from './libraries.js'
import {cost, cpuTime} from './measure.js'

export interface WorstCaseRow {
  name: string
  characters: number
  milliseconds: number
}

/** Time `run` on every adversarial input of at least `minimum` characters. */
export function measureWorstCases(run: Contender['run'], minimum: number): WorstCaseRow[] {
  const rows: WorstCaseRow[] = []
  for (const input of adversarialInputs) {
    const text = input.make()
    if (text.length < minimum) continue
    rows.push({name: input.name, characters: text.length, milliseconds: cpuTime(cost(() => run(text)))})
  }
  return rows.sort((a, b) => b.characters / b.milliseconds - a.characters / a.milliseconds).reverse()
}
