/**
 * Gold token sequences as text, the way eval scripts feed them to `extractEntities`: each
 * sentence a paragraph (blank lines between), spaces between tokens except before
 * closing punctuation and clitics and after opening brackets; each token's character span
 * kept, so gold entities can be compared with mentions by character span.
 */
import type {GoldDocument} from './ner-data.js'
import {spansOf} from './ner-data.js'

/** A document as text, with each gold token's character span. */
export interface Detokenized {
  text: string
  offsets: Array<Array<[number, number]>>
}

const noSpaceBefore = /^(?:[.,;:!?)\]}%]|'s|'|n't|'re|'ve|'ll|'d|'m)$/i
const noSpaceAfter = /^[([{$]$/

/** Detokenize a document. */
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

/** The gold entities of a document as `TYPE@start:end` character spans of its detokenized text. */
export function goldCharSpans(document: GoldDocument, detokenized: Detokenized, types: ReadonlySet<string>): Set<string> {
  const spans = new Set<string>()
  document.sentences.forEach((sentence, index) => {
    for (const span of spansOf(sentence.tags, types)) {
      const [type, range] = span.split('@') as [string, string]
      const [first, last] = range.split(':').map(Number) as [number, number]
      const offsets = detokenized.offsets[index] as Array<[number, number]>
      spans.add(`${type}@${(offsets[first] as [number, number])[0]}:${(offsets[last - 1] as [number, number])[1]}`)
    }
  })
  return spans
}
