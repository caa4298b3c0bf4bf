/**
 * Openly licensed CoNLL files of `../shared/eval/open-ner` as plain text, for the amounts
 * evaluation: the SEC filings (Alvarado et al. 2015, CC BY 3.0) and the re3d government
 * press releases (public domain, OGL v3, CC BY 3.0 AU, EU reuse with acknowledgement).
 * The tokens of each document are joined back the way the text was typed
 * ("$ 50 , 000" → "$50,000", "£ 1 . 1bn" → "£1.1bn", "10 %" → "10%", "( a )" → "(a)"),
 * one sentence a line. The joiner is fixed: the annotations are offsets into its output,
 * and each keeps its text so that a change here shows as a mismatch, not as a silent shift.
 */
import {existsSync, readFileSync} from 'node:fs'

/** One document: an id (`sec-train-1`, `re3d-uk-3` …) and its text. */
export interface ConllDocument {
  id: string
  text: string
}

/** Tokens that take no space before them. */
const closing = /^(?:[,.;:!?)\]%’”]|"[),.;:]|'s$|n't$|'$)/
/** Tokens that take no space after them. */
const opening = /^(?:[([$£€“‘]|\(\$|\(“|\("|\[)$/
/** Contraction tails glued to a preceding apostrophe ("Bank ' s" → "Bank's"). */
const contraction = /^(?:s|ll|re|ve|d|t)$/

/**
 * Read the documents of a CoNLL file (`-DOCSTART-` between documents, blank line between
 * sentences, the token in the first column), numbered `prefix-1`, `prefix-2` … in file
 * order. Returns undefined when the file is absent.
 */
export function readConllDocuments(file: string, prefix: string): ConllDocument[] | undefined {
  if (!existsSync(file)) return undefined
  const documents: ConllDocument[] = []
  for (const block of readFileSync(file, 'utf8').split(/^-DOCSTART-\tO$/m)) {
    const sentences = block
      .split(/\n\s*\n/)
      .map((sentence) => sentence.split('\n').filter(Boolean).map((line) => line.split('\t')[0] as string))
      .filter((tokens) => tokens.length > 0)
    if (sentences.length === 0) continue
    documents.push({id: `${prefix}-${documents.length + 1}`, text: sentences.map(detokenize).join('\n')})
  }
  return documents
}

/** Join one sentence's tokens. */
export function detokenize(tokens: readonly string[]): string {
  let text = ''
  let openQuote = false
  let glue: boolean = true
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as string
    const next = tokens[index + 1] ?? ''
    let space: boolean = !glue
    if (closing.test(token)) space = false
    if (token === '"' && openQuote) space = false
    if ((token.split('"').length - 1) % 2 === 1) openQuote = !openQuote
    if (token === '-' && /\w$/.test(text) && /^\w/.test(next)) space = false
    text += (space && text ? ' ' : '') + token
    glue =
      opening.test(token) ||
      (token === '"' && openQuote) ||
      ((token === "'" || token === '’') && contraction.test(next)) ||
      (token === '-' && !space && /^\w/.test(next)) ||
      ((token === ',' || token === '.') && /\d$/.test(text.slice(0, -1)) && (token === ',' ? /^\d{3}$/.test(next) : /^\d/.test(next)))
  }
  return text
}
