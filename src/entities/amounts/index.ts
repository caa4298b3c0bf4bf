/**
 * Amounts finder: money ("$10 billion", "€3.2bn", "10 billion yuan", "Fifty Thousand
 * Dollars") and percentages ("3.5%", "3.5 per cent", "10 percentage points", "25 basis
 * points"), each with its exact span, a numeric value and a unit (ISO 4217 for money;
 * `%`, `percentage-point` or `basis-point` for percentages).
 *
 * The text is cut into lexemes (`lexer.ts`), and the grammar (`grammar.ts`) is tried
 * left to right at each lexeme that can start an amount; a match moves the scan past
 * it, so amounts never overlap. Ranges give both ends ("$5-7 million" → $5 million and
 * $7 million). Nothing inside the `skip` spans (URLs, e-mail addresses) is read.
 *
 * @internal
 */
import {currencyCodes, currencySymbols, currencyWords, dollarPrefixes, letterCurrencies} from '../../data/currencies.js'
import {cardinals} from '../../data/number-words.js'
import type {Amount, Span} from '../../types.js'
import {type AmountType, type Piece, readAmounts} from './grammar.js'
import {type Lexeme, lex} from './lexer.js'

/** Words that may start a spelled-out number or a fraction. */
const spelledStarts: ReadonlySet<string> = new Set([...cardinals.keys(), 'a', 'an', 'half'])

/** Whether an amount can start at this lexeme: the grammar runs only there. */
function canStart(lexeme: Lexeme): boolean {
  if (lexeme.kind === 'number') return true
  if (lexeme.kind === 'symbol') return currencySymbols.has(lexeme.text)
  const text = lexeme.text
  if (dollarPrefixes.has(text) || currencyCodes.has(text) || letterCurrencies.has(text)) return true
  const lower = text.toLowerCase()
  return spelledStarts.has(lower) || (lower !== text && currencyWords.has(lower))
}

/** `number × multiplier` without floating-point noise ("81.8 billion" → 81800000000, not …00001). */
function valueOf(piece: Piece): number {
  return Number((piece.number * piece.multiplier).toPrecision(15))
}

/**
 * Find the amounts of money and percentages in `text`, in input order. Spans in `skip`
 * (sorted, not overlapping: URLs, e-mail addresses) are never read.
 *
 * @example
 * ```ts
 * findAmounts('Profit rose 3.5% to €3.2bn.').map(({text, value, unit}) => [text, value, unit])
 * // [['3.5%', 3.5, '%'], ['€3.2bn', 3200000000, 'EUR']]
 * ```
 */
export function findAmounts(text: string, skip: readonly Span[] = []): Amount[] {
  const lexemes = lex(text)
  const found: Amount[] = []
  let skipIndex = 0
  let at = 0
  while (at < lexemes.length) {
    const lexeme = lexemes[at] as Lexeme
    if (!canStart(lexeme)) {
      at++
      continue
    }
    const pieces = readAmounts(lexemes, at)
    if (pieces.length === 0) {
      at++
      continue
    }
    for (const piece of pieces) {
      const start = (lexemes[piece.start] as Lexeme).start
      const end = (lexemes[piece.end - 1] as Lexeme).end
      while (skipIndex < skip.length && (skip[skipIndex] as Span).end <= start) skipIndex++
      const blocked = skip[skipIndex]
      if (blocked && blocked.start < end) continue
      const amount: Amount = {text: text.slice(start, end), span: {start, end}, type: piece.type as AmountType, value: valueOf(piece)}
      found.push(piece.unit === undefined ? amount : {...amount, unit: piece.unit})
    }
    at = (pieces[pieces.length - 1] as Piece).end
  }
  return found
}
