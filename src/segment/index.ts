/**
 * `segment`: lines → blocks → paragraphs. (Skeleton: every non-blank block is a body
 * paragraph; captions, credits, bylines, datelines and references land with issues 2/7.)
 *
 * @module
 */
import {assertText} from '../internal/assert-text.js'
import type {Segments, SegmentOptions, Span} from '../types.js'
import {splitLines} from './lines.js'
import {toParagraph} from './paragraph.js'

/**
 * Split raw article text into its parts: caption and credit, byline, dateline, clean
 * body paragraphs and references. Every span is an offset into `text`.
 *
 * @param text - Raw article text: scraped page text, a PDF extraction, a pasted article.
 * @param options - Segmentation options (none yet).
 * @returns The article's parts.
 * @throws TypeError when `text` is not a string.
 *
 * @example
 * ```ts
 * import {segment} from 'nutgraf'
 *
 * const {body} = segment('First line of a paragraph\nwrapped here.\n\nSecond paragraph.')
 * body.map((paragraph) => paragraph.text)
 * // ['First line of a paragraph wrapped here.', 'Second paragraph.']
 * ```
 */
export function segment(text: string, options: SegmentOptions = {}): Segments {
  assertText(text, 'segment')
  void options
  const body = []
  let block: Span[] = []
  for (const line of splitLines(text)) {
    if (line.blank) {
      if (block.length > 0) body.push(toParagraph(text, block))
      block = []
      continue
    }
    block.push({start: line.start, end: line.end})
  }
  if (block.length > 0) body.push(toParagraph(text, block))
  return {body, references: []}
}
