/**
 * The paragraphs of plain text for the quote finder: blank lines part paragraphs, and each
 * line of a paragraph is one source piece (spaces at its ends left out), as the segmenter
 * gives a hard-wrapped body paragraph. Used where no segmentation runs (the retext plugin).
 *
 * @internal
 */
import type {Span} from '../types.js'
import type {QuoteParagraph} from './types.js'

const isSpace = (char: string): boolean => char === ' ' || char === '\t' || char === '\f' || char === '\v' || char === '\u00a0'

/**
 * Paragraphs at blank lines (`\n`, `\r\n` or `\r` line ends), one piece a line.
 *
 * @example
 * ```ts
 * textParagraphs('One line\nand two.\n\nThree.')
 * // [{spans: [{start: 0, end: 8}, {start: 9, end: 17}]}, {spans: [{start: 19, end: 25}]}]
 * ```
 */
export function textParagraphs(text: string): QuoteParagraph[] {
  const paragraphs: QuoteParagraph[] = []
  let spans: Span[] = []
  let start = 0
  for (let index = 0; index <= text.length; index++) {
    const char = text.charAt(index)
    if (index < text.length && char !== '\n' && char !== '\r') continue
    let from = start
    let to = index
    while (from < to && isSpace(text.charAt(from))) from++
    while (to > from && isSpace(text.charAt(to - 1))) to--
    if (to > from) spans.push({start: from, end: to})
    else if (spans.length > 0) {
      paragraphs.push({spans})
      spans = []
    }
    if (char === '\r' && text.charAt(index + 1) === '\n') index++
    start = index + 1
  }
  if (spans.length > 0) paragraphs.push({spans})
  return paragraphs
}
