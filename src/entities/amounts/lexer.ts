/**
 * A small lexer for the amounts grammar: the text as numbers, words and single symbols,
 * each with its offsets and whether it touches the token before it. One pass over the
 * characters, no regular expression over more than one character, so it is linear.
 *
 * Numbers are read the English way: "," groups thousands (only in groups of three),
 * "." marks decimals (one at most: "1.2.3" is not a number). Letters touching a number
 * end it only when they are a known suffix ("3.2bn", "$450k", "4.2pc", "52.95p");
 * otherwise the whole run is one word ("737MAX", "5G", "40C", "1st") and never a number.
 * Letters that touch a following number split from it only when they are a currency
 * code ("RMB24,000,000", "Rs500", "R254"); otherwise "A320", "COVID19" stay words.
 *
 * @internal
 */
import {currencyCodes, gluedOnlyMultipliers, letterCurrencies, multipliers, percentWords, subunits} from '../../data/currencies.js'
import {HAS_LETTER} from '../../internal/letter-patterns.js'

/** What a lexeme is. */
export type LexemeKind = 'number' | 'word' | 'symbol'

/** One lexeme: `text.slice(start, end)`. */
export interface Lexeme {
  kind: LexemeKind
  text: string
  start: number
  end: number
  /** No character stands between this lexeme and the one before it. */
  glued: boolean
  /** A blank line (or more) stands between this lexeme and the one before it. */
  paragraphBefore: boolean
  /** For numbers: the value, with thousands separators dropped. */
  value: number
  /** For numbers: written as a plain integer of four digits ("1998"), a possible year. */
  yearLike: boolean
}

/**
 * A lexeme made by {@link lex}. A class, not an object literal, on purpose: V8 tracks how
 * many objects of each literal survive a young-generation collection and, on a long text
 * (where all the lexemes of a piece are alive when one runs), allocates that literal's
 * objects straight in the old generation from then on, where they stay as garbage until
 * the next full collection — about 120 MB on a 5 MB article, most of its peak memory
 * (docs/results-performance.md, Session 9). Objects made by `new` are not pretenured so.
 */
class LexemeRecord implements Lexeme {
  declare kind: LexemeKind
  declare text: string
  declare start: number
  declare end: number
  declare glued: boolean
  declare paragraphBefore: boolean
  declare value: number
  declare yearLike: boolean
  constructor(kind: LexemeKind, text: string, start: number, end: number, glued: boolean, paragraphBefore: boolean, value: number, yearLike: boolean) {
    this.kind = kind
    this.text = text
    this.start = start
    this.end = end
    this.glued = glued
    this.paragraphBefore = paragraphBefore
    this.value = value
    this.yearLike = yearLike
  }
}

/** Suffixes that may touch the digits of a number and end it. */
const numberSuffixes: ReadonlySet<string> = new Set([
  ...[...multipliers.keys()].filter((word) => word.length <= 3),
  ...gluedOnlyMultipliers,
  ...percentWords.keys(),
  ...subunits.keys(),
])

/** Letters that split from digits they touch ("RMB24", "Rs500", "R254"). */
const numberPrefixes: ReadonlySet<string> = new Set([...currencyCodes.keys(), ...letterCurrencies.keys()])

const isDigit = (code: number): boolean => code >= 48 && code <= 57

function isLetter(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true
  if (code < 128) return false
  return HAS_LETTER.test(text.charAt(index))
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0 || code === 12 || code === 11 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x3000
}

/**
 * Cut `text` into lexemes; or only `text.slice(from, to)`, where `from` and `to` are
 * the start of a whitespace run (see {@link cutAfter}) or the text's ends: no lexeme
 * spans whitespace, so the lexemes of consecutive pieces are those of the whole text.
 *
 * @example
 * ```ts
 * lex('US$10bn').map((lexeme) => lexeme.text) // ['US', '$', '10', 'bn']
 * ```
 */
export function lex(text: string, from = 0, to = text.length): Lexeme[] {
  const lexemes: Lexeme[] = []
  let index = from
  let glued = false
  let newlines = 0
  const push = (kind: LexemeKind, start: number, end: number, value = Number.NaN, yearLike = false): void => {
    lexemes.push(new LexemeRecord(kind, text.slice(start, end), start, end, glued && lexemes.length > 0, newlines > 1, value, yearLike))
    glued = true
    newlines = 0
  }
  while (index < to) {
    const code = text.charCodeAt(index)
    if (isSpace(code)) {
      if (code === 10) newlines++
      glued = false
      index++
      continue
    }
    if (isDigit(code)) {
      index = lexNumber(text, index, push)
      continue
    }
    if (isLetter(text, index)) {
      index = lexWord(text, index, push)
      continue
    }
    push('symbol', index, index + 1)
    index++
  }
  return lexemes
}

/**
 * Where to end a piece of `text` lexed alone, at or after `at`: the start of the next
 * whitespace run (so the run, and the line breaks it counts, goes whole to the next
 * piece), or the text's end.
 *
 * @example
 * ```ts
 * cutAfter('rose 3.5%  to $4bn', 6) // 10
 * ```
 */
export function cutAfter(text: string, at: number): number {
  for (let index = Math.max(at, 1); index < text.length; index++) {
    if (isSpace(text.charCodeAt(index)) && !isSpace(text.charCodeAt(index - 1))) return index
  }
  return text.length
}

type Push = (kind: LexemeKind, start: number, end: number, value?: number, yearLike?: boolean) => void

/** Read the number at `start` (and a suffix touching it); return the index after it. */
function lexNumber(text: string, start: number, push: Push): number {
  let end = start
  while (end < text.length && isDigit(text.charCodeAt(end))) end++
  const leading = end - start
  let grouped = false
  let decimals = false
  let broken = false
  for (;;) {
    const separator = text.charAt(end)
    if (separator !== ',' && separator !== '.') break
    let digits = end + 1
    while (digits < text.length && isDigit(text.charCodeAt(digits))) digits++
    const count = digits - end - 1
    if (count === 0) break
    if (separator === ',') {
      if (count !== 3 || decimals || (!grouped && leading > 3)) break
      grouped = true
    } else if (decimals) {
      broken = true
    } else decimals = true
    end = digits
  }
  let letters = end
  while (letters < text.length && isLetter(text, letters)) letters++
  if (broken || (letters > end && !numberSuffixes.has(text.slice(end, letters).toLowerCase()))) {
    while (letters < text.length && (isLetter(text, letters) || isDigit(text.charCodeAt(letters)))) letters++
    push('word', start, letters)
    return letters
  }
  const written = text.slice(start, end)
  push('number', start, end, Number(written.replaceAll(',', '')), !grouped && !decimals && leading === 4)
  if (letters > end) push('word', end, letters)
  return letters
}

/** Read the word at `start` ("U.S." with its dots); return the index after it. */
function lexWord(text: string, start: number, push: Push): number {
  let end = start
  while (end < text.length && isLetter(text, end)) end++
  if (end - start === 1) {
    // "U.S.", "U.K.", "a.m.": single letters joined by full stops, and the last stop.
    let probe = end
    while (text.charAt(probe) === '.' && isLetter(text, probe + 1) && !isLetter(text, probe + 2)) probe += 2
    if (probe > end) end = text.charAt(probe) === '.' ? probe + 1 : probe
  }
  if (end < text.length && isDigit(text.charCodeAt(end)) && !numberPrefixes.has(text.slice(start, end))) {
    while (end < text.length && (isLetter(text, end) || isDigit(text.charCodeAt(end)))) end++
  }
  push('word', start, end)
  return end
}
