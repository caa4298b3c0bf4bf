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
import {type Lexeme, cutAfter, lex} from './lexer.js'

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
  return scanAmounts(text, skip, pieceChars)
}

/** Characters lexed at a time: the lexemes kept at once are those of a piece or two, not of the whole text. */
const pieceChars = 16_384

/**
 * How many lexemes the grammar may read past the one a match starts at, with room to
 * spare (its loops are bounded: a spelled number takes at most 16 words, a range two
 * pieces; it reads at most two lexemes before the start).
 */
const reach = 1024
const behind = 16

/**
 * The lexemes of `text` a piece at a time, as a window the grammar reads: every lexeme
 * from `behind` before the one asked for to `reach` after it is in the window, so the
 * grammar reads exactly what it would in the whole text's lexemes, and memory stays
 * flat however long the text.
 */
class LexemeWindow {
  /** The window; `lexemes[0]` is the text's lexeme number `base`. */
  lexemes: Lexeme[] = []
  base = 0
  private lexedTo = 0

  constructor(
    private readonly text: string,
    private readonly chars: number,
  ) {}

  /** Index in `lexemes` of the text's lexeme `at`, with its reach lexed; -1 past the last lexeme. */
  local(at: number): number {
    const {text} = this
    while (this.lexedTo < text.length && this.base + this.lexemes.length <= at + reach) {
      const to = cutAfter(text, this.lexedTo + this.chars)
      const more = lex(text, this.lexedTo, to)
      this.lexemes = this.lexemes.length === 0 ? more : this.lexemes.concat(more)
      this.lexedTo = to
    }
    if (at - this.base > 2 * reach) {
      const drop = at - this.base - behind
      this.lexemes = this.lexemes.slice(drop)
      this.base += drop
    }
    return at - this.base < this.lexemes.length ? at - this.base : -1
  }
}

/**
 * {@link findAmounts}, lexing `chars` characters at a time (any size gives the same
 * amounts; tests pass small ones).
 *
 * @internal
 */
export function scanAmounts(text: string, skip: readonly Span[], chars: number): Amount[] {
  const window = new LexemeWindow(text, chars)
  const found: Amount[] = []
  let skipIndex = 0
  for (let at = 0, local = window.local(0); local !== -1; local = window.local(at)) {
    const lexemes = window.lexemes
    const lexeme = lexemes[local] as Lexeme
    if (!canStart(lexeme)) {
      at++
      continue
    }
    const pieces = readAmounts(lexemes, local)
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
    at = window.base + (pieces[pieces.length - 1] as Piece).end
  }
  return found
}
