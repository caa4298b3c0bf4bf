/**
 * Notes: the candidates near the article that belong to it but not to its body —
 * contributor lines, author bios, corrections, editor's notes, copyright lines, press
 * contacts (see rules/note-kind.ts). They are looked for from the first body paragraph
 * (an editor's note may open the article) to a few candidates past the last one.
 *
 * @internal
 */
import type {Candidate} from './candidates.js'
import {noteKind, type NoteKind} from './rules/note-kind.js'

/** How many candidates past the last body paragraph are read for notes. */
const tail = 6

/**
 * A note found among the candidates: its candidate, kind and source span.
 *
 * @example
 * ```ts
 * const note: FoundNote = {index: 12, kind: 'contributors', span: {start: 900, end: 958}}
 * ```
 */
export interface FoundNote {
  index: number
  kind: NoteKind
  span: {start: number; end: number}
}

/**
 * Find the notes among `candidates`, from `first` to `tail` candidates past `last`
 * (indices of the first and last body paragraph). Claimed candidates are skipped.
 *
 * @example
 * ```ts
 * findNotes(candidates, 3, 9, new Set()) // [{index: 10, kind: 'contributors', span: …}]
 * ```
 */
export function findNotes(candidates: readonly Candidate[], first: number, last: number, claimed: ReadonlySet<number>): FoundNote[] {
  const notes: FoundNote[] = []
  const end = Math.min(candidates.length - 1, last + tail)
  let pastList = false
  for (let index = Math.max(0, first); index <= end; index++) {
    const candidate = candidates[index] as Candidate
    if (claimed.has(index)) continue
    // Past the body, a comment section ends the article's tail; past a link list ("Most read"), only its copyright line is left.
    if (index > last && candidate.boilerplate === 'section-end') break
    pastList ||= index > last && candidate.boilerplate === 'links'
    const kind = noteKind(candidate.text)
    if (kind && (!pastList || kind === 'copyright')) notes.push({index, kind, span: {start: candidate.start, end: candidate.end}})
  }
  return notes
}
