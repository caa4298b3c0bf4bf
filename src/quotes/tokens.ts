/**
 * Tokens of one paragraph for quote finding: words (with their inner apostrophes, hyphens
 * and dots: "isn't", "U.S.", "al-Amr"), punctuation, and quotation-mark candidates (`"`,
 * `“`, `”`, `'`, `‘`, `’`, `` ` `` pairs, `''`, `«`, `»`, …). A full stop joins the word
 * before it only for an abbreviation ("Sen.", "U.S.", "p.m."), so that every other full
 * stop is a token that may end a sentence. One linear scan, no regular expression.
 *
 * @internal
 */
import {abbreviations} from '../data/abbreviations.js'
import {WordTexts} from '../internal/word-texts.js'
import {HAS_LETTER_OR_DIGIT, HAS_UPPER} from '../internal/letter-patterns.js'

/**
 * What a token is.
 *
 * @example
 * ```ts
 * const kind: TokenKind = 'mark'
 * ```
 */
export type TokenKind = 'word' | 'punct' | 'mark'

/**
 * One token: `text.slice(start, end)`.
 *
 * @example
 * ```ts
 * const token: Token = {text: 'Said', lower: 'said', start: 0, end: 4, kind: 'word'}
 * ```
 */
export interface Token {
  text: string
  /** Lower-case text, for vocabulary look-ups. */
  lower: string
  start: number
  end: number
  kind: TokenKind
}

/** Characters that may be quotation marks (one character each). */
const markChars = new Set(['"', '“', '”', '„', '‟', '«', '»', '‘', '’', '‚', '‛', "'", '‹', '›', '`'])

const isLetterOrDigit = (char: string): boolean => HAS_LETTER_OR_DIGIT.test(char)
const isUpper = (char: string): boolean => HAS_UPPER.test(char)

/** Whether `word` (without its final dot) is written with a full stop that ends nothing. */
function keepsDot(word: string): boolean {
  if (abbreviations.has(word)) return true
  if (word.length === 1 && isUpper(word)) return true // initials: "J. Smith"
  const dash = word.lastIndexOf('-')
  if (dash > 0 && abbreviations.has(word.slice(dash + 1))) return true // party and state: "D-Vt."
  return word.includes('.') // "U.S", "p.m"
}

/** The length of a clitic written apart from its word at `index` ("'s", "'ve", "’re"), or 0. */
function cliticAt(text: string, index: number): number {
  if (!/\s/.test(text.charAt(index - 1)) || !isLetterOrDigit(text.charAt(index - 2))) return 0
  for (const clitic of ['s', 've', 're', 'll', 'd', 'm']) {
    const end = index + 1 + clitic.length
    if (text.slice(index + 1, end).toLowerCase() === clitic && !isLetterOrDigit(text.charAt(end))) return clitic.length + 1
  }
  return 0
}

/**
 * Split a paragraph's text into tokens; `words` keeps one string for each distinct text
 * (give the same one for every paragraph of a document).
 *
 * @example
 * ```ts
 * tokenize('"We won," Sen. Smith said.').map((token) => token.text)
 * // ['"', 'We', 'won', ',', '"', 'Sen.', 'Smith', 'said', '.']
 * ```
 */
export function tokenize(text: string, words: WordTexts = new WordTexts()): Token[] {
  const tokens: Token[] = []
  const push = (start: number, end: number, kind: TokenKind): void => {
    const value = words.of(text.slice(start, end))
    tokens.push({text: value, lower: words.of(value.toLowerCase()), start, end, kind})
  }
  let index = 0
  while (index < text.length) {
    const char = text.charAt(index)
    if (/\s/.test(char)) {
      index++
      continue
    }
    if (isLetterOrDigit(char)) {
      let end = index + 1
      for (;;) {
        while (end < text.length && isLetterOrDigit(text.charAt(end))) end++
        const joiner = text.charAt(end)
        // Inner apostrophes, hyphens, dots and ampersands join letters: "isn't", "co-op", "U.S", "AT&T", "don`t".
        if (/['’`.&\-]/.test(joiner) && isLetterOrDigit(text.charAt(end + 1))) {
          end += 2
          continue
        }
        break
      }
      if (text.charAt(end) === '.' && keepsDot(text.slice(index, end))) end++
      push(index, end, 'word')
      index = end
      continue
    }
    if ((char === '`' || char === "'") && text.charAt(index + 1) === char) {
      push(index, index + 2, 'mark') // `` and ''
      index += 2
      continue
    }
    // A clitic written apart, as in tokenized text: "world 's", "I 've", "you ’re".
    const clitic = char === "'" || char === '’' ? cliticAt(text, index) : 0
    if (clitic > 0) {
      push(index, index + clitic, 'word')
      index += clitic
      continue
    }
    push(index, index + 1, markChars.has(char) ? 'mark' : 'punct')
    index++
  }
  return tokens
}
