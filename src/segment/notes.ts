/**
 * Notes: the candidates near the article that belong to it but not to its body —
 * contributor lines, author bios, corrections, editor's notes, copyright lines, press
 * contacts (see rules/note-kind.ts). They are looked for from the first body paragraph
 * (an editor's note may open the article) to a few candidates past the last one.
 *
 * @internal
 */
import {isProse, type Candidate} from './candidates.js'
import {describesWriter, isAuthorBio, isContactLabel, noteKind, type NoteKind} from './rules/note-kind.js'

/** How many candidates past the last body paragraph are read for notes. */
const tail = 6

/**
 * A note found among the candidates: its candidate, kind and source span.
 *
 * @example
 * ```ts
 * const note: FoundNote = {index: 12, last: 12, kind: 'contributors', span: {start: 900, end: 958}}
 * ```
 */
export interface FoundNote {
  index: number
  /** The last candidate of a note that spans several (a contact label and the lines under it). */
  last: number
  kind: NoteKind
  span: {start: number; end: number}
}

/**
 * Find the notes among `candidates`, from `first` to `tail` candidates past `last`
 * (indices of the first and last body paragraph). Claimed candidates are skipped. From the
 * last body paragraph on, a sentence about one of the byline's `authors` ("Maria Esteban is a
 * hydrologist at …") is their bio.
 *
 * @example
 * ```ts
 * findNotes(candidates, 3, 9, new Set()) // [{index: 10, last: 10, kind: 'contributors', span: …}]
 * ```
 */
export function findNotes(candidates: readonly Candidate[], first: number, last: number, claimed: ReadonlySet<number>, authors: readonly string[] = []): FoundNote[] {
  const notes: FoundNote[] = []
  const end = Math.min(candidates.length - 1, last + tail)
  let pastList = false
  // The body's last paragraph that is no note: a bio of the writer stands there or after it.
  let lastPlain = last
  while (lastPlain > first && (claimed.has(lastPlain) || noteKind((candidates[lastPlain] as Candidate).text))) lastPlain--
  for (let index = Math.max(0, first); index <= end; index++) {
    const candidate = candidates[index] as Candidate
    if (claimed.has(index)) continue
    // Past the body, a comment section ends the article's tail; past a link list ("Most read"), only its copyright line is left.
    if (index > last && candidate.boilerplate === 'section-end') break
    pastList ||= index > last && candidate.boilerplate === 'links'
    const card = index > lastPlain ? authorCard(candidates, index, authors, claimed) : undefined
    const kind = noteKind(candidate.text) ?? (card !== undefined || (index >= lastPlain && isAuthorBio(candidate.text, authors)) ? 'author-bio' : undefined)
    if (!kind || (pastList && kind !== 'copyright')) continue
    // A contact label ("CONTACT:", "… can be reached at") over the lines that give the address.
    const through = card ?? (kind === 'contact' && (/(?::|\bat)$/u.test(candidate.text) || isContactLabel(candidate.text)) ? contactLines(candidates, index, claimed) : index)
    notes.push({index, last: through, kind, span: {start: candidate.start, end: (candidates[through] as Candidate).end}})
    index = through
  }
  return notes
}

/**
 * The last candidate of an author card after the article: a byline writer's name alone,
 * then within two short candidates a line saying what they do ("Fabian Cambero" / "Thomson
 * Reuters" / "Covers mining and energy in Chile.").
 */
function authorCard(candidates: readonly Candidate[], index: number, authors: readonly string[], claimed: ReadonlySet<number>): number | undefined {
  if (!authors.includes((candidates[index] as Candidate).text)) return undefined
  for (let at = index + 1; at <= index + 2; at++) {
    const candidate = candidates[at]
    if (!candidate || claimed.has(at) || candidate.boilerplate) return undefined
    if (describesWriter(candidate.text)) return at
  }
  return undefined
}

/** Most lines under a contact label ("CONTACT:" / name, phone / e-mail / "or" / …). */
const contactLineCount = 8

/**
 * The last candidate of a contact block under a bare label ("CONTACT:", "X can be reached at"): short lines that are not
 * prose or boilerplate, each with a digit or an "@" or of up to three words (a name, a
 * phone number, an e-mail address, "or").
 */
function contactLines(candidates: readonly Candidate[], label: number, claimed: ReadonlySet<number>): number {
  let last = label
  for (let index = label + 1; index <= label + contactLineCount; index++) {
    const candidate = candidates[index]
    if (!candidate || claimed.has(index) || candidate.boilerplate || candidate.words > 12 || isProse(candidate) || candidate.text.endsWith(':')) break
    if (candidate.words > 3 && !/[\d@]/u.test(candidate.text)) break
    // A note of another kind ("SOURCE Brightline Health") ends the contact block.
    const kind = noteKind(candidate.text)
    if (kind !== undefined && kind !== 'contact') break
    last = index
  }
  return last
}
