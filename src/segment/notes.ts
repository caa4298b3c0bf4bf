/**
 * Notes: the candidates near the article that belong to it but not to its body —
 * contributor lines, author bios (also under an "About the Author" heading), corrections,
 * editor's notes, copyright lines, press contacts (see rules/note-kind.ts), and a fact box that
 * closes the article (a numbered list under a title-case heading). They are looked for from the first body paragraph
 * (an editor's note may open the article) to a few candidates past the last one.
 *
 * @internal
 */
import {isProse, type Candidate} from './candidates.js'
import {countWords, endsSentence, isTitleCase} from './text-shape.js'
import {describesWriter, isAuthorBio, isContactLabel, noteKind, type NoteKind} from './rules/note-kind.js'
import {onFirstUse} from '../internal/on-first-use.js'
import {STARTS_UPPER} from '../internal/letter-patterns.js'

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
  let pastEnd = false
  // The body's last paragraph that is no note: a bio of the writer stands there or after it.
  let lastPlain = last
  const plain = (candidate: Candidate): boolean => !candidate.boilerplate && !noteKind(candidate.text) && !isBioHeading(candidate.text)
  while (lastPlain > first && (claimed.has(lastPlain) || !plain(candidates[lastPlain] as Candidate))) lastPlain--
  for (let index = Math.max(0, first); index <= end; index++) {
    const candidate = candidates[index] as Candidate
    if (claimed.has(index)) continue
    // Past the body, a comment section ends the article's tail but for a bio of the byline's writer under it (a
    // newsletter's "Leave a comment" / "Claudia Ruiz is a former economist …"); past a link list ("Most read"), only
    // its copyright line and the story's contributors ("Reporting by …; Editing by …") are left.
    pastEnd ||= index > last && candidate.boilerplate === 'section-end'
    if (pastEnd) {
      if (authors.length > 0 && !candidate.boilerplate && isAuthorBio(candidate.text, authors)) notes.push({index, last: index, kind: 'author-bio', span: {start: candidate.start, end: candidate.end}})
      continue
    }
    pastList ||= index > last && candidate.boilerplate === 'links'
    // "About the Author" (or "Written by X") over the bio: one note.
    if (isBioHeading(candidate.text) && isBio(candidates[index + 1])) {
      notes.push({index, last: index + 1, kind: 'author-bio', span: {start: candidate.start, end: (candidates[index + 1] as Candidate).end}})
      index++
      continue
    }
    const box = factBoxEnd(candidates, index, lastPlain, claimed) ?? labelBoxEnd(candidates, index, last, claimed)
    if (box !== undefined) {
      notes.push({index, last: box, kind: 'fact-box', span: {start: candidate.start, end: (candidates[box] as Candidate).end}})
      index = box
      continue
    }
    const card = index > lastPlain ? authorCard(candidates, index, authors, claimed) : undefined
    const kind = noteKind(candidate.text) ?? (card !== undefined || (index >= lastPlain && isAuthorBio(candidate.text, authors)) ? 'author-bio' : undefined)
    if (!kind || (pastList && kind !== 'copyright' && kind !== 'contributors')) continue
    // A contact label ("CONTACT:", "… can be reached at") over the lines that give the address.
    const through = card ?? (kind === 'contact' && (/(?::|\bat)$/u.test(candidate.text) || isContactLabel(candidate.text)) ? contactLines(candidates, index, claimed) : index)
    // A disclosure's heading above it ("Disclosure statement", "Partners") is the note's too.
    const from = kind === 'disclosure' && isHeadingOver(candidates, index - 1, claimed) && notes.at(-1)?.last !== index - 1 ? index - 1 : index
    notes.push({index: from, last: through, kind, span: {start: (candidates[from] as Candidate).start, end: (candidates[through] as Candidate).end}})
    index = through
  }
  return notes
}

/** A heading over the writer's bio: "About the Author", "About the writer:", "Note from the author:", a blog's "Written by Marta Kowalski". */
const isBioHeading = (text: string): boolean => ABOUT_THE_AUTHOR.test(text) || WRITTEN_BY().test(text)
const ABOUT_THE_AUTHOR = /^(?:about the|(?:a )?note from the) (?:author|writer|columnist|reporter)s?\s?:?$/iu
const WRITTEN_BY = onFirstUse(() => RegExp(String.raw`^Written by \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}$`, 'u'))

/** Whether the candidate at `index` is a short heading of its own (up to three words, no sentence), not yet claimed. */
function isHeadingOver(candidates: readonly Candidate[], index: number, claimed: ReadonlySet<number>): boolean {
  const candidate = candidates[index]
  return candidate !== undefined && !claimed.has(index) && !candidate.boilerplate && candidate.lines.length === 1 && candidate.words <= 3 && !endsSentence(candidate.text)
}

/** Fewest items in a fact box. */
const boxItems = 3

/**
 * The last candidate of a fact box that closes the article: a heading in title case with a colon
 * ("Top Canadian Weather Stories for 2007:") over three or more list items that are titles, not
 * sentences, running to the body's last paragraph that is no note (`last`), with the box's "Source: …" line under them.
 */
function factBoxEnd(candidates: readonly Candidate[], index: number, last: number, claimed: ReadonlySet<number>): number | undefined {
  const heading = candidates[index] as Candidate
  if (heading.boilerplate || heading.list || !heading.text.endsWith(':') || heading.words < 4 || heading.words > 12 || !isTitleCase(heading.text)) return undefined
  let end = index
  while (end + 1 <= last && !claimed.has(end + 1) && isBoxItem(candidates[end + 1] as Candidate)) end++
  if (end - index < boxItems || end < last) return undefined
  return /^source\s?:/iu.test(candidates[end + 1]?.text ?? '') && !claimed.has(end + 1) ? end + 1 : end
}

/**
 * The last candidate of a box of labelled lines after the story: a short heading ("Match facts", "Key facts") over
 * lines that each open with a label and a colon ("Barnsley: Collins, Williams, …" / "Referee: Tom Nield. Attendance:
 * 11,208."), two or more, to the page's end or its boilerplate.
 */
function labelBoxEnd(candidates: readonly Candidate[], index: number, last: number, claimed: ReadonlySet<number>): number | undefined {
  const heading = candidates[index] as Candidate
  if (index <= last || heading.boilerplate || heading.words > 3 || heading.lines.length > 1 || endsSentence(heading.text, true) || !STARTS_UPPER.test(heading.text)) return undefined
  let end = index
  let labelled = 0
  for (let at = index + 1; at < candidates.length && !claimed.has(at) && !(candidates[at] as Candidate).boilerplate; at++) {
    const {lines} = candidates[at] as Candidate
    if (!lines.every((line) => LABELLED_LINE().test(line.text))) return undefined
    labelled += lines.length
    end = at
  }
  return labelled >= 2 ? end : undefined
}

/** A line that opens with a label of one to three words and a colon: "Referee: Tom Nield.", "Barnsley: Collins, …". */
const LABELLED_LINE = onFirstUse(() => RegExp(String.raw`^\p{Lu}[\p{L}'’.-]{0,20}(?: [\p{L}'’.-]{1,20}){0,2}: \S`, 'u'))

/** A fact box's item: a short list item that is no finished sentence (a title may ask: "Great Lakes: how low will they go?"). */
function isBoxItem(candidate: Candidate): boolean {
  return candidate.list === true && candidate.words <= 15 && (candidate.text.endsWith('?') || !endsSentence(candidate.text))
}


/** Whether the candidate under such a heading reads as a bio: prose of at most 80 words. */
function isBio(candidate: Candidate | undefined): boolean {
  return candidate !== undefined && candidate.words <= 80 && isProse(candidate)
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

/** A line of a contact block: a name, a phone number, an e-mail address, "or" (up to 12 words, with a digit or an "@" past three), or another label ("To contact the editors …:"). */
function isContactLine(text: string): boolean {
  const words = countWords(text)
  return (words <= 12 && (words <= 3 || /[\d@]/u.test(text))) || (text.endsWith(':') && noteKind(text) === 'contact')
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
    if (!candidate || claimed.has(index) || candidate.boilerplate || candidate.text.endsWith(':')) break
    // (Lines glued into one candidate are read one by one, though together they may read as prose: "Mark Burton in
    // London at mburton6@bloomberg.net;" / "To contact the editors responsible for this story:" / "Lynn Thomasson at …".)
    if (!candidate.lines.every((line) => isContactLine(line.text))) break
    // A note of another kind ("SOURCE Brightline Health") ends the contact block.
    const kind = noteKind(candidate.text)
    if (kind !== undefined && kind !== 'contact') break
    last = index
  }
  return last
}
