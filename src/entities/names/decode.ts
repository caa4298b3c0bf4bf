/**
 * Constrained Viterbi decoding over per-token tag scores and tag transition scores.
 *
 * @internal
 */
import {startState, tagCount} from './tags.js'

/** Work arrays, reused from call to call while they hold at most this many numbers. */
const keptSize = 1 << 16
let scores = new Float64Array(1024)
let backs = new Int8Array(1024)

/**
 * An inside tag (I-X: tags 2, 4, 6 and 8, each after its B-X) follows only its B-X or
 * itself; every other tag follows any tag (`allowed` in ./tags.ts, pinned by a test).
 */
const isInside = (tag: number): boolean => tag > 0 && tag % 2 === 0

/**
 * The best tag sequence. `emissions[i * tagCount + t]` scores tag `t` at token `i`;
 * `transitions[p * tagCount + t]` scores `t` after `p` (`p = startState` at the start).
 * A pair that is not allowed is never taken: an inside tag is scored from its B-X and
 * itself only, and not at all at the start (ties go to the lowest previous tag).
 *
 * @example
 * ```ts
 * viterbi(new Float64Array(9), 1, new Float64Array(90)) // [0]
 * ```
 */
export function viterbi(emissions: ArrayLike<number>, length: number, transitions: ArrayLike<number>): number[] {
  if (length === 0) return []
  const size = length * tagCount
  let score = scores
  let back = backs
  if (score.length < size) {
    score = new Float64Array(Math.max(size, scores.length * 2))
    back = new Int8Array(score.length)
    if (score.length <= keptSize) {
      scores = score
      backs = back
    }
  }
  for (let tag = 0; tag < tagCount; tag++) score[tag] = isInside(tag) ? -Infinity : (emissions[tag] as number) + (transitions[startState * tagCount + tag] as number)
  for (let index = 1; index < length; index++) {
    const row = index * tagCount
    const previousRow = row - tagCount
    for (let tag = 0; tag < tagCount; tag++) {
      let best = -Infinity
      let bestPrevious = 0
      const inside = isInside(tag)
      for (let previous = inside ? tag - 1 : 0, end = inside ? tag + 1 : tagCount; previous < end; previous++) {
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
