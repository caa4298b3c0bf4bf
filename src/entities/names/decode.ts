/**
 * Constrained Viterbi decoding over per-token tag scores and tag transition scores.
 *
 * @internal
 */
import {allowedPairs, startState, tagCount} from './tags.js'

/**
 * The best tag sequence. `emissions[i * tagCount + t]` scores tag `t` at token `i`;
 * `transitions[p * tagCount + t]` scores `t` after `p` (`p = startState` at the start).
 *
 * @example
 * ```ts
 * viterbi(new Float64Array(9), 1, new Float64Array(90)) // [0]
 * ```
 */
export function viterbi(emissions: ArrayLike<number>, length: number, transitions: ArrayLike<number>): number[] {
  if (length === 0) return []
  const score = new Float64Array(length * tagCount)
  const back = new Int8Array(length * tagCount)
  for (let tag = 0; tag < tagCount; tag++) {
    score[tag] = allowedPairs[startState * tagCount + tag] === true
      ? (emissions[tag] as number) + (transitions[startState * tagCount + tag] as number)
      : -Infinity
  }
  for (let index = 1; index < length; index++) {
    const row = index * tagCount
    const previousRow = row - tagCount
    for (let tag = 0; tag < tagCount; tag++) {
      let best = -Infinity
      let bestPrevious = 0
      for (let previous = 0; previous < tagCount; previous++) {
        if (allowedPairs[previous * tagCount + tag] !== true) continue
        const candidate = (score[previousRow + previous] as number) + (transitions[previous * tagCount + tag] as number)
        if (candidate > best) {
          best = candidate
          bestPrevious = previous
        }
      }
      score[row + tag] = best + (emissions[row + tag] as number)
      back[row + tag] = bestPrevious
    }
  }
  let last = 0
  for (let tag = 1; tag < tagCount; tag++) {
    if ((score[(length - 1) * tagCount + tag] as number) > (score[(length - 1) * tagCount + last] as number)) last = tag
  }
  const path = new Array<number>(length)
  path[length - 1] = last
  for (let index = length - 1; index > 0; index--) {
    last = back[index * tagCount + last] as number
    path[index - 1] = last
  }
  return path
}
