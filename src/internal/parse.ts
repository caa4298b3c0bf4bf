/**
 * The only module that imports retext-english: its parser (parse-english), which turns
 * plain text into an nlcst tree with positions.
 *
 * The parser is taken from the retext-english plugin itself, attached to a minimal host
 * (a plugin sets `this.parser`; retext-english reads only `data()`, empty here, for
 * extensions): the same parser, and the same trees, as `unified().use(retextEnglish)`
 * gives (test/tokens.test.ts compares them), without loading unified and vfile, which
 * took ~60 ms of CPU of a cold start in Node.
 *
 * @internal
 */
import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'

interface ParserHost {
  parser?: (text: string) => Root
  data: (key: string) => undefined
}

const host: ParserHost = {data: () => undefined}
;(retextEnglish as unknown as (this: ParserHost) => void).call(host)
const parser = host.parser as (text: string) => Root

/**
 * Parse one block of text (a paragraph or less) into an nlcst tree. parse-english is
 * superlinear on very long inputs, so callers parse block by block; see
 * `tokenize` in `entities/tokens.ts`.
 */
export function parseNlcst(text: string): Root {
  return parser(text)
}
