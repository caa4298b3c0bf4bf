/**
 * Readers for the NER data in ../shared/eval: CoNLL-style files (IOB1 or IOB2, any
 * column separator, tag in the last column, `-DOCSTART-` between documents).
 */
import {existsSync, readFileSync} from 'node:fs'

/** One sentence: words and their IOB2 tags. */
export interface GoldSentence {
  words: string[]
  tags: string[]
}

/** One document. */
export interface GoldDocument {
  id: string
  sentences: GoldSentence[]
}

/** Path of a file in ../shared/eval, relative to the project root. */
export const evalPath = (relative: string): string => new URL(`../../../../shared/eval/${relative}`, import.meta.url).pathname

/** Is the eval data present? */
export const hasEvalData = (relative: string): boolean => existsSync(evalPath(relative))

/**
 * Read a CoNLL file into documents. Without `-DOCSTART-` lines, every `sentencesPerDoc`
 * sentences make a document. IOB1 tags become IOB2.
 */
export function readConll(relative: string, sentencesPerDoc = 1): GoldDocument[] {
  const lines = readFileSync(evalPath(relative), 'utf8').split(/\r?\n/)
  const documents: GoldDocument[] = []
  let sentences: GoldSentence[] = []
  let words: string[] = []
  let tags: string[] = []
  let explicitDocs = false
  const endSentence = (): void => {
    if (words.length > 0) sentences.push({words, tags: toIob2(tags)})
    words = []
    tags = []
    if (!explicitDocs && sentences.length >= sentencesPerDoc) endDocument()
  }
  const endDocument = (): void => {
    if (sentences.length > 0) documents.push({id: `${relative}#${documents.length}`, sentences})
    sentences = []
  }
  for (const line of lines) {
    if (line.startsWith('-DOCSTART-')) {
      explicitDocs = true
      endSentence()
      endDocument()
      continue
    }
    if (line.trim() === '') {
      endSentence()
      continue
    }
    const columns = line.split(/\s+/)
    const tag = columns[columns.length - 1] as string
    words.push(columns[0] as string)
    tags.push(tag)
  }
  endSentence()
  endDocument()
  return documents
}

/** IOB1 (or IOB2) to IOB2: an `I-X` that does not continue an `X` becomes `B-X`. */
export function toIob2(tags: readonly string[]): string[] {
  return tags.map((tag, index) => {
    if (!tag.startsWith('I-')) return tag
    const previous = index > 0 ? (tags[index - 1] as string) : 'O'
    return previous === 'O' || previous.slice(2) !== tag.slice(2) ? 'B-' + tag.slice(2) : tag
  })
}

/** Entity spans `type@start:end` (token indices) of a sentence's IOB2 tags. */
export function spansOf(tags: readonly string[], types: ReadonlySet<string>): Set<string> {
  const spans = new Set<string>()
  let start = -1
  let type = ''
  const close = (end: number): void => {
    if (start >= 0 && types.has(type)) spans.add(`${type}@${start}:${end}`)
    start = -1
  }
  tags.forEach((tag, index) => {
    if (tag.startsWith('I-') && start >= 0 && tag.slice(2) === type) return
    close(index)
    if (tag !== 'O') {
      start = index
      type = tag.slice(2)
    }
  })
  close(tags.length)
  return spans
}



/** A document as text, with each gold token's character span. */
export interface Detokenized {
  text: string
  offsets: Array<Array<[number, number]>>
}

const noSpaceBefore = /^(?:[.,;:!?)\]}%]|'s|'|n't|'re|'ve|'ll|'d|'m)$/i
const noSpaceAfter = /^[([{$]$/

/** The document as text: tokens joined by a space except before closing punctuation and clitics and after opening brackets; sentences by a blank line. */
export function detokenize(document: GoldDocument): Detokenized {
  let text = ''
  const offsets: Array<Array<[number, number]>> = []
  for (const sentence of document.sentences) {
    if (text) text += '\n\n'
    const spans: Array<[number, number]> = []
    sentence.words.forEach((word, index) => {
      const previous = sentence.words[index - 1]
      if (index > 0 && !noSpaceBefore.test(word) && !(previous && noSpaceAfter.test(previous))) text += ' '
      spans.push([text.length, text.length + word.length])
      text += word
    })
    offsets.push(spans)
  }
  return {text, offsets}
}
