/**
 * The date grammar's view of the tokens: each token's normalized word (lower case,
 * curly apostrophes straightened, a final full stop and a possessive "'s" dropped),
 * and small readers the rules share (numbers, capitals, matches).
 *
 * @internal
 */
import type {Token, TokenizedText} from '../tokens.js'
import type {Day} from './calendar.js'
import {numberWords, vagueCounts} from '../../data/date-words.js'
import {STARTS_UPPER} from '../../internal/letter-patterns.js'

/**
 * How the sentence around an expression places it in time.
 *
 * @example
 * ```ts
 * const tense: Tense = 'past'
 * ```
 */
export type Tense = 'past' | 'present' | 'future' | 'none'

/**
 * What a value needs: the reference date (if any) and the tense around the expression.
 *
 * @example
 * ```ts
 * const context: Context = {ref: parseDay('2022-02-10'), tense: 'past'}
 * ```
 */
export interface Context {
  ref: Day | undefined
  tense: Tense
  /** The latest quarter the text reported on before this expression ("1989-Q3"), for "a year earlier". */
  quarter?: string | undefined
  /** The year of the latest absolute date before this expression ("1995"), for "that year". */
  year?: string | undefined
  /** The day ("2008-01-10") an earlier expression of the same sentence named, for a clock time without one. */
  day?: string | undefined
  /** The year an earlier expression of the same sentence named ("In 2019, … in April"), for a month without one. */
  sentenceYear?: string | undefined
}

/**
 * TIMEX3 type.
 *
 * @example
 * ```ts
 * const type: TimexType = 'DURATION'
 * ```
 */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET'

/**
 * A grammar match: tokens `[at, end)`, its type, and how to compute its value.
 *
 * @example
 * ```ts
 * const match: Match = {end: 2, type: 'DATE', rule: 'month-day', value: () => 'XXXX-02-20'}
 * ```
 */
export interface Match {
  end: number
  type: TimexType
  value: (context: Context) => string | undefined
  /** The rule that made it (for debugging and tests). */
  rule: string
  /** Whether a "the" before it belongs to the expression ("the 1990s", "the third quarter"). */
  takesThe?: boolean
  /** The time zone written after a clock time ("EDT"). */
  zone?: string
}

/**
 * A grammar rule: try to match at token `at`.
 *
 * @example
 * ```ts
 * const rule: Rule = (view, at) => (wordAt(view, at) === 'now' ? fixed(at + 1, 'DATE', 'deictic', 'PRESENT_REF') : undefined)
 * ```
 */
export type Rule = (view: View, at: number) => Match | undefined

/**
 * The tokens with their normalized words.
 *
 * @example
 * ```ts
 * const view: View = buildView(tokenize('Feb. 20'))
 * ```
 */
export interface View {
  tokens: readonly Token[]
  /** Normalized word of each token; '' for URLs. */
  words: readonly string[]
  /** 1 where a token ended in a possessive "'s" that the word dropped, else 0. */
  possessive: Uint8Array
}

/**
 * Build the view of tokenized text.
 *
 * @example
 * ```ts
 * buildView(tokenize("Thursday's talks")).words // ['thursday', 'talks']
 * ```
 */
export function buildView(tokenized: TokenizedText): View {
  const tokens = splitRanges(tokenized.tokens)
  const words = new Array<string>(tokens.length)
  const possessive = new Uint8Array(tokens.length)
  // A text repeats its words: each distinct token text is normalized once, and its
  // tokens share the one string.
  const forms = new Map<string, WordForm>()
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token
    if (token.kind === 'url') {
      words[index] = ''
      continue
    }
    let form = forms.get(token.text)
    if (form === undefined) {
      form = formOf(token.text)
      forms.set(token.text, form)
    }
    words[index] = form.word
    if (form.owner) possessive[index] = 1
  }
  return {tokens, words, possessive}
}

/** A range written as one word: two days or two years ("5-6", "2027-2030", "2027-30", "FY2026-27"). */
const RANGE = /^((?:fy)?\d\d?|(?:fy)?\d{4})([-–])(\d\d?|\d{4})$/i

/**
 * The tokens with each range written as one word ("2027-2030", "Oct. 5-6") split at its
 * dash, so that each end is a date of its own, as when it is written "2027 – 2030".
 */
function splitRanges(tokens: readonly Token[]): readonly Token[] {
  let split: Token[] | undefined
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token
    const code = token.text.charCodeAt(0)
    const parts = (code >= 48 && code <= 57) || (code | 32) === 102 ? RANGE.exec(token.text) : null
    if (parts) {
      split ??= tokens.slice(0, index)
      const {start, sentence} = token
      let from = start
      for (const [at, text] of parts.slice(1).entries()) {
        split.push({text: text as string, start: from, end: from + (text as string).length, kind: at === 1 ? 'punctuation' : 'word', sentence, spaceBefore: at === 0 && token.spaceBefore, newlineBefore: at === 0 && token.newlineBefore})
        from += (text as string).length
      }
    } else split?.push(token)
  }
  return split ?? tokens
}

/** A token text's normalized word, and whether a possessive "'s" was dropped from it. */
interface WordForm {
  word: string
  owner: boolean
}

function formOf(text: string): WordForm {
  let word = text.toLowerCase().replace(/[’‘]/g, "'")
  const owner = word.length > 2 && word.endsWith("'s")
  if (owner) word = word.slice(0, -2)
  if (word.length > 1 && word.endsWith('.')) word = word.slice(0, -1)
  // A fiscal year is its plain year, as TimeBank writes "fiscal 1988": "FY2025", "FY25" → "2025"; "FY 2025" → "fiscal 2025".
  word = word === 'fy' ? 'fiscal' : word.replace(/^fy'?(\d\d)?(\d\d)$/, (_, century = '20', year: string) => century + year)
  return {word, owner}
}

/**
 * The word at `index`, or '' past the end.
 *
 * @example
 * ```ts
 * wordAt(buildView(tokenize('Feb. 20')), 0) // 'feb'
 * ```
 */
export function wordAt(view: View, index: number): string {
  return view.words[index] ?? ''
}

/**
 * Whether the token at `index` starts with a capital letter.
 *
 * @example
 * ```ts
 * isCapitalized(buildView(tokenize('May I')), 0) // true
 * ```
 */
export function isCapitalized(view: View, index: number): boolean {
  const token = view.tokens[index]
  if (token === undefined) return false
  const code = token.text.charCodeAt(0)
  return code < 128 ? code >= 65 && code <= 90 : STARTS_UPPER.test(token.text)
}

/**
 * Whether tokens `index - 1` and `index` are in one sentence (and both exist).
 *
 * @example
 * ```ts
 * sameSentence(buildView(tokenize('It rained. Then')), 2, 3) // false
 * ```
 */
export function sameSentence(view: View, left: number, right: number): boolean {
  const a = view.tokens[left]
  const b = view.tokens[right]
  return a !== undefined && b !== undefined && a.sentence === b.sentence
}

/**
 * A count read from the text: a number, or 'X' for "several", "a few".
 *
 * @example
 * ```ts
 * const count: Count = {value: 'X', end: 1} // "several"
 * ```
 */
export interface Count {
  value: number | 'X'
  end: number
}

/**
 * Integer from a word: "48", "1,000", "three", "twenty-four". Undefined otherwise.
 *
 * @example
 * ```ts
 * numberOf('twenty-four') // 24
 * ```
 */
export function numberOf(word: string): number | undefined {
  if (/^\d{1,3}(?:,\d{3}){0,3}$|^\d{1,9}$/.test(word)) return Number(word.replace(/,/g, ''))
  const direct = numberWords.get(word)
  if (direct !== undefined) return direct
  const hyphen = word.indexOf('-')
  if (hyphen > 0) {
    const tens = numberWords.get(word.slice(0, hyphen))
    const ones = numberWords.get(word.slice(hyphen + 1))
    if (tens !== undefined && ones !== undefined && tens >= 20 && tens % 10 === 0 && ones < 10) return tens + ones
  }
  return undefined
}

/**
 * Read a count at `at`: "three", "48", "twenty four", "a", "a few", "a couple of",
 * "several", "a hundred". `article` allows "a"/"an" for one.
 *
 * @example
 * ```ts
 * readCount(buildView(tokenize('a couple of years')), 0, true) // {value: 2, end: 3}
 * ```
 */
export function readCount(view: View, at: number, article: boolean): Count | undefined {
  const word = wordAt(view, at)
  const next = wordAt(view, at + 1)
  if (word === 'a' || word === 'an') {
    if (next === 'few') return {value: 'X', end: at + 2}
    if (next === 'couple' && wordAt(view, at + 2) === 'of') return {value: 2, end: at + 3}
    if (next === 'hundred' || next === 'dozen') return {value: numberWords.get(next) as number, end: at + 2}
    return article ? {value: 1, end: at + 1} : undefined
  }
  if (vagueCounts.has(word)) return {value: 'X', end: at + 1}
  const value = numberOf(word)
  if (value === undefined) return undefined
  const ones = numberWords.get(next)
  if (value >= 20 && value < 100 && value % 10 === 0 && ones !== undefined && ones < 10 && !/\d/.test(word)) {
    return {value: value + ones, end: at + 2}
  }
  if (next === 'hundred' && value < 10) return {value: value * 100, end: at + 2}
  return {value, end: at + 1}
}
