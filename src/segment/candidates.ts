/**
 * Paragraph candidates: the text lines of the input grouped into paragraphs, in order,
 * each with its source lines and the facts later rules look at.
 *
 * @internal
 */
import type {Line} from './lines.js'
import type {LineRole} from './units.js'
import {splitRun} from './reflow.js'
import {boilerplateKind, type BoilerplateKind} from './rules/boilerplate.js'
import {countWords, endsSentence} from './rules/text-shape.js'

/** A paragraph candidate. */
export interface Candidate {
  lines: Line[]
  /** The lines' text joined with single spaces. */
  text: string
  words: number
  /** Source offsets of the first and last character. */
  start: number
  end: number
  boilerplate: BoilerplateKind | undefined
  /** Whether it opens a run of text lines (a blank line or a non-text line stands before it). */
  afterGap: boolean
}

/**
 * Group text lines into paragraph candidates.
 *
 * @example
 * ```ts
 * const source = 'One line.\n\nTwo\nlines.'
 * const lines = splitLines(source)
 * toCandidates(source, lines, roleLines(lines)).map((candidate) => candidate.text) // ['One line.', 'Two lines.']
 * ```
 */
export function toCandidates(source: string, lines: readonly Line[], roles: readonly LineRole[]): Candidate[] {
  const candidates: Candidate[] = []
  let run: Line[] = []
  const flush = (): void => {
    splitRun(source, run).forEach((paragraph, index) => {
      if (paragraph.length > 0) candidates.push(makeCandidate(paragraph, index === 0))
    })
    run = []
  }
  lines.forEach((line, index) => {
    if (roles[index]?.kind === 'text') {
      run.push(line)
      return
    }
    if (run.length > 0) flush()
  })
  if (run.length > 0) flush()
  return candidates
}

/**
 * Join candidates into one (a paragraph that a gap cut in two).
 *
 * @example
 * ```ts
 * mergeCandidates(first, second).text // first.text + ' ' + second.text
 * ```
 */
export function mergeCandidates(first: Candidate, second: Candidate): Candidate {
  return {...makeCandidate([...first.lines, ...second.lines], first.afterGap), boilerplate: undefined}
}

function makeCandidate(lines: Line[], afterGap: boolean): Candidate {
  const text = lines.map((line) => line.text).join(' ')
  const first = lines[0] as Line
  const last = lines[lines.length - 1] as Line
  return {lines, text, words: countWords(text), start: first.start, end: last.end, boilerplate: boilerplateKind(text), afterGap}
}

/** Whether a candidate reads as running prose: a finished sentence of some length, or long. */
export function isProse(candidate: Candidate): boolean {
  if (candidate.boilerplate) return false
  return (candidate.words >= 8 && endsSentence(candidate.text)) || candidate.words >= 40
}
