/**
 * The only module that imports unified and retext-english: a frozen processor that
 * turns plain text into an nlcst tree with positions.
 *
 * @internal
 */
import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'

const processor = unified().use(retextEnglish).freeze()

/**
 * Parse one block of text (a paragraph or less) into an nlcst tree. parse-english is
 * superlinear on very long inputs, so callers parse block by block; see
 * `tokenize` in `entities/tokens.ts`.
 */
export function parseNlcst(text: string): Root {
  return processor.parse(text)
}
