/**
 * Training data for `nutgraf train`: CoNLL columns (a token a line, its IOB2 tag in the
 * last column, a blank line between sentences, `-DOCSTART-` between documents) or JSON
 * lines `{"text", "entities": [{"start", "end", "type"}]}`, whose text is tokenized with
 * nutgraf's own tokenizer — the words the tagger sees at run time — and whose entity
 * offsets are aligned to those words.
 *
 * @internal
 */
import {tokenize} from '../entities/tokens.js'
import {taggerWords} from '../entities/names/tagger-words.js'

/** One sentence: words and their IOB2 tags over PER / ORG / LOC / MISC. */
export interface LabeledSentence {
  words: string[]
  tags: string[]
}

/** One document: its sentences in order, and where it came from (for messages). */
export interface LabeledDocument {
  source: string
  sentences: LabeledSentence[]
}

/** What reading found besides the documents: things to tell the user, counted. */
export interface ReadNotes {
  /** Entity types not among PER / ORG / LOC / MISC (and their aliases), tagged O: type → count. */
  ignoredTypes: Map<string, number>
  /** JSONL entities whose start or end falls inside a word (the whole word is tagged). */
  inexact: number
  /** JSONL entities that overlap an earlier one of the same record (left out). */
  overlapping: number
}

/** A problem in the input that stops training: `file:line: message`. */
export class TrainDataError extends Error {}

const aliases: Record<string, string> = {
  PER: 'PER',
  PERSON: 'PER',
  ORG: 'ORG',
  ORGANIZATION: 'ORG',
  ORGANISATION: 'ORG',
  LOC: 'LOC',
  LOCATION: 'LOC',
  PLACE: 'LOC',
  GPE: 'LOC',
  MISC: 'MISC',
}

/** PER / ORG / LOC / MISC for a type name in any case ("person", "GPE"), or undefined. */
export function canonicalType(type: string): string | undefined {
  return aliases[type.toUpperCase()]
}

/** Empty notes, to be filled by the readers. */
export function emptyNotes(): ReadNotes {
  return {ignoredTypes: new Map(), inexact: 0, overlapping: 0}
}

/**
 * Documents of a CoNLL file. A file without `-DOCSTART-` lines is one document a
 * sentence (so that holding out every Nth document still spreads over the file).
 */
export function readConll(text: string, source: string, notes: ReadNotes): LabeledDocument[] {
  const documents: LabeledDocument[] = []
  const hasDocStart = /^-DOCSTART-/m.test(text)
  let document: LabeledDocument = {source, sentences: []}
  let sentence: LabeledSentence = {words: [], tags: []}
  const endSentence = () => {
    if (sentence.words.length > 0) {
      document.sentences.push(sentence)
      if (!hasDocStart) endDocument()
    }
    sentence = {words: [], tags: []}
  }
  const endDocument = () => {
    if (document.sentences.length > 0) documents.push(document)
    document = {source, sentences: []}
  }
  const lines = text.split(/\r?\n/)
  lines.forEach((line, index) => {
    const columns = line.trim().split(/\s+/)
    if (line.trim() === '') return endSentence()
    if (columns[0] === '-DOCSTART-') {
      endSentence()
      return endDocument()
    }
    if (columns.length < 2) throw new TrainDataError(`${source}:${index + 1}: a token line needs a tag in its last column, got ${JSON.stringify(line.slice(0, 60))}`)
    sentence.words.push(columns[0] as string)
    sentence.tags.push(conllTag(columns[columns.length - 1] as string, `${source}:${index + 1}`, notes))
  })
  endSentence()
  endDocument()
  return documents
}

function conllTag(raw: string, where: string, notes: ReadNotes): string {
  if (raw === 'O') return 'O'
  const match = /^([BIES])-(.+)$/.exec(raw)
  if (!match) throw new TrainDataError(`${where}: ${JSON.stringify(raw)} is not an IOB tag (O, B-TYPE, I-TYPE)`)
  const type = canonicalType(match[2] as string)
  if (!type) {
    notes.ignoredTypes.set(match[2] as string, (notes.ignoredTypes.get(match[2] as string) ?? 0) + 1)
    return 'O'
  }
  // IOBES's E and S: the tagger's tag set is BIO.
  return `${match[1] === 'B' || match[1] === 'S' ? 'B' : 'I'}-${type}`
}

/** One document of a JSONL line: its text tokenized as nutgraf does, the entities aligned to the words. */
export function readJsonlRecord(line: string, where: string, notes: ReadNotes): LabeledDocument {
  let record: unknown
  try {
    record = JSON.parse(line)
  } catch (error) {
    throw new TrainDataError(`${where}: not JSON (${(error as Error).message})`)
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) throw new TrainDataError(`${where}: not a JSON object`)
  const {text, entities} = record as {text?: unknown; entities?: unknown}
  if (typeof text !== 'string') throw new TrainDataError(`${where}: "text" must be a string`)
  if (!Array.isArray(entities)) throw new TrainDataError(`${where}: "entities" must be an array of {start, end, type}`)
  const spans: Array<{start: number; end: number; type: string}> = []
  for (const [index, entity] of entities.entries()) {
    const {start, end, type} = (entity ?? {}) as {start?: unknown; end?: unknown; type?: unknown}
    if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) > text.length || (start as number) >= (end as number)) {
      throw new TrainDataError(`${where}: entities[${index}] needs whole-number offsets with 0 <= start < end <= ${text.length} (the text's length in UTF-16 code units)`)
    }
    if (typeof type !== 'string') throw new TrainDataError(`${where}: entities[${index}].type must be a string`)
    const canonical = canonicalType(type)
    if (!canonical) {
      notes.ignoredTypes.set(type, (notes.ignoredTypes.get(type) ?? 0) + 1)
      continue
    }
    spans.push({start: start as number, end: end as number, type: canonical})
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end)
  const sentences = taggerWords(tokenize(text)).filter((words) => words.length > 0)
  const labeled: LabeledSentence[] = sentences.map((words) => ({words: words.map((word) => word.text), tags: words.map(() => 'O')}))
  // Words and spans are both in text order: one pass over each.
  const flat = sentences.flatMap((words, s) => words.map((word, w) => ({word, s, w})))
  let at = 0
  let previousEnd = -1
  for (const span of spans) {
    if (span.start < previousEnd) {
      notes.overlapping++
      continue
    }
    previousEnd = span.end
    while (at < flat.length && (flat[at]?.word.end ?? 0) <= span.start) at++
    let index = at
    for (; index < flat.length && (flat[index]?.word.start ?? 0) < span.end; index++) {
      const {s, w} = flat[index] as {s: number; w: number}
      ;(labeled[s] as LabeledSentence).tags[w] = `${index === at ? 'B' : 'I'}-${span.type}`
    }
    const firstWord = flat[at]?.word
    const lastWord = flat[index - 1]?.word
    if (index === at || firstWord?.start !== span.start || lastWord?.end !== span.end) notes.inexact++
  }
  return {source: where, sentences: labeled}
}

/** The tokens of some documents. */
export function tokenCount(documents: readonly LabeledDocument[]): number {
  return documents.reduce((sum, document) => sum + document.sentences.reduce((words, sentence) => words + sentence.words.length, 0), 0)
}
