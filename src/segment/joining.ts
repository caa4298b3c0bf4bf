/**
 * Paragraph joining: a candidate that ends unfinished is joined with the next
 * non-boilerplate candidate that continues it, across blank lines, reference lines,
 * page furniture and boilerplate between them (see rules/continuation.ts).
 *
 * @internal
 */
import {mergeCandidates, type Candidate} from './candidates.js'
import {continues} from './rules/continuation.js'

/** Shortest unfinished paragraph, in words, that a later block may continue. */
const minimumWords = 6

/**
 * Join the candidates that continue one another; boilerplate between them stays apart.
 *
 * @example
 * ```ts
 * joinContinuations(candidatesOf('It was the start of\n\nhttps://x.com\n\nthe end.')).length // 1
 * ```
 */
export function joinContinuations(candidates: readonly Candidate[]): Candidate[] {
  const result: Candidate[] = []
  let open = -1
  for (const candidate of candidates) {
    if (candidate.boilerplate) {
      result.push(candidate)
      continue
    }
    const previous = result[open]
    if (previous && previous.words >= minimumWords && candidate.words >= 2 && continues(previous.text, candidate.text)) {
      result[open] = mergeCandidates(previous, candidate)
      continue
    }
    open = result.length
    result.push(candidate)
  }
  return result
}
