/**
 * Constrained Viterbi decoding over per-token tag scores and tag transition scores.
 *
 * @internal
 */
import {allowedPairs, startState, tagCount} from './tags.js'

/**
 * The transitions last decoded with (the array, and a copy of its values: training
 * changes its array in place between calls), and the same with -Infinity where a pair is
 * not allowed.
 */
let maskedFor: ArrayLike<number> | undefined
const maskedValues = new Float64Array((tagCount + 1) * tagCount)
let masked = new Float64Array(0)

/** Work arrays, reused from call to call while they hold at most this many numbers. */
const keptSize = 1 << 16
let scores = new Float64Array(1024)
let backs = new Int8Array(1024)

/** Are `transitions` the array and the values last masked? (90 comparisons, no allocation.) */
function sameTransitions(transitions: ArrayLike<number>): boolean {
  if (maskedFor !== transitions) return false
  for (let index = 0; index < maskedValues.length; index++) {
    if (maskedValues[index] !== transitions[index]) return false
  }
  return true
}

/** The transitions with -Infinity where a pair is not allowed, made again (called only when they changed: kept apart from `viterbi`, which V8 then compiles smaller). */
function maskTransitions(transitions: ArrayLike<number>): Float64Array {
  masked = Float64Array.from({length: (tagCount + 1) * tagCount}, (_, index) => (allowedPairs[index] === true ? (transitions[index] as number) : -Infinity))
  for (let index = 0; index < maskedValues.length; index++) maskedValues[index] = transitions[index] as number
  maskedFor = transitions
  return masked
}

/**
 * The best tag sequence. `emissions[i * tagCount + t]` scores tag `t` at token `i`;
 * `transitions[p * tagCount + t]` scores `t` after `p` (`p = startState` at the start).
 * A pair that is not allowed scores -Infinity, so it never wins (ties go to the
 * lowest previous tag, as when such pairs are skipped).
 *
 * @example
 * ```ts
 * viterbi(new Float64Array(9), 1, new Float64Array(90)) // [0]
 * ```
 */
export function viterbi(emissions: ArrayLike<number>, length: number, transitions: ArrayLike<number>): number[] {
  if (length === 0) return []
  const allowed = maskedFor === transitions && sameTransitions(transitions) ? masked : maskTransitions(transitions)
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
  for (let tag = 0; tag < tagCount; tag++) score[tag] = (emissions[tag] as number) + (allowed[startState * tagCount + tag] as number)
  for (let index = 1; index < length; index++) {
    const row = index * tagCount
    const previousRow = row - tagCount
    for (let tag = 0; tag < tagCount; tag++) {
      let best = -Infinity
      let bestPrevious = 0
      for (let previous = 0; previous < tagCount; previous++) {
        const candidate = (score[previousRow + previous] as number) + (allowed[previous * tagCount + tag] as number)
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
