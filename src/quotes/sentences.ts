/**
 * The sentences of a paragraph as the reporter wrote them, with every quotation taken as
 * one unit: `"Two penalties. Two," he said.` is one sentence, whatever the quotation holds.
 * A sentence ends after a full stop, question or exclamation mark outside quotations, or
 * after a closing mark whose quotation ends with one, when a capital, a digit or an opening
 * mark follows.
 *
 * @internal
 */
import type {Token} from './tokens.js'
import {STARTS_UPPER_OR_DIGIT} from '../internal/letter-patterns.js'

/**
 * A quotation's tokens: `first`…`last` (inclusive), its marks included.
 *
 * @example
 * ```ts
 * const range: TokenRange = {first: 0, last: 3}
 * ```
 */
export interface TokenRange {
  first: number
  last: number
}

/**
 * A sentence: tokens `first`…`last` (inclusive).
 *
 * @example
 * ```ts
 * const sentence: SentenceRange = {first: 0, last: 7}
 * ```
 */
export type SentenceRange = TokenRange

const enders = new Set(['.', '?', '!', '…'])

/**
 * Split tokens into sentences, keeping each range in `atoms` whole.
 *
 * @example
 * ```ts
 * const tokens = tokenize('"A. B," he said. Then he left.')
 * splitSentences(tokens, [{first: 0, last: 5}]).length // 2
 * ```
 */
export function splitSentences(tokens: readonly Token[], atoms: readonly TokenRange[]): SentenceRange[] {
  const sentences: SentenceRange[] = []
  const atomEnd = new Map<number, number>()
  for (const atom of atoms) atomEnd.set(atom.first, atom.last)
  let first = 0
  let index = 0
  while (index < tokens.length) {
    const last = atomEnd.get(index)
    let endsHere: boolean
    if (last !== undefined && last >= index) {
      // A quotation ends a sentence when its words end with one.
      const inner = tokens[last - 1]
      const closing = tokens[last]
      index = last
      endsHere = closing?.kind === 'mark' && !!inner && enders.has(inner.text)
    } else {
      const token = tokens[index] as Token
      endsHere = token.kind === 'punct' && enders.has(token.text)
      // Closing marks and brackets that follow the full stop stay with its sentence.
      while (endsHere && tokens[index + 1] && /^[)\]'"”’»]$/.test((tokens[index + 1] as Token).text) && !atomEnd.has(index + 1)) index++
    }
    const next = tokens[index + 1]
    if (endsHere && next && (next.kind === 'mark' || STARTS_UPPER_OR_DIGIT.test(next.text))) {
      sentences.push({first, last: index})
      first = index + 1
    }
    index++
  }
  if (first < tokens.length) sentences.push({first, last: tokens.length - 1})
  return sentences
}
