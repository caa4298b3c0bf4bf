/**
 * ALL-CAPS versions of detokenized eval text, to measure names in headlines, datelines and
 * tables written in capitals: some sentences (paragraphs) upper-cased, character for
 * character, so gold offsets stay valid.
 */
import type {Detokenized} from './ner-data.js'

/** Upper case without changing the length (a character whose capital is longer stays as it is). */
export function upperSameLength(text: string): string {
  let out = ''
  for (const char of text) {
    const upper = char.toUpperCase()
    out += upper.length === char.length ? upper : char
  }
  return out
}

/**
 * The text with the first sentence and every `every`-th after it in capitals (`every` 1:
 * all of it); each sentence is one paragraph of the detokenized text.
 */
export function capsSentences(detokenized: Detokenized, every: number): string {
  const {text, offsets} = detokenized
  let out = ''
  let from = 0
  offsets.forEach((spans, index) => {
    const first = spans[0]
    const last = spans[spans.length - 1]
    if (!first || !last || index % every !== 0) return
    out += text.slice(from, first[0]) + upperSameLength(text.slice(first[0], last[1]))
    from = last[1]
  })
  return out + text.slice(from)
}
