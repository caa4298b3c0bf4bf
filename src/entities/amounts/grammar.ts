/**
 * The amounts grammar over lexemes: one amount is
 *
 *   [currency before] number [multiplier] [currency, subunit or percent marker after]
 *
 * where the currency before is a symbol ("$", "€"), letters and a dollar sign ("US$",
 * "HK $"), a code ("EUR", "RMB", "Rs") or, before a spelled-out number, a currency word
 * ("Renminbi Twenty Four Million"); the number is digits ("1,500,000.00") or words
 * ("Two Hundred Fifty Thousand", "half a"); the multiplier "bn", "million", "lakh crore"
 * …; and the marker after a currency word ("euros", "Swiss francs"), a code ("USD"),
 * "cents", "p", "%", "percent", "per cent", "percentage points", "basis points", "bps".
 *
 * A number with neither currency nor marker is no amount, except as one end of a range
 * whose other end has them: "$5-7 million", "15 to 20 percent", "between 5 and 7 per
 * cent" give two amounts, each end taking from the other the unit (and, for the first
 * end, the multiplier) that it lacks.
 *
 * @internal
 */
import {
  ambiguousCodes, currencyCodes, currencySymbols, currencyWords, dollarPrefixes, gluedOnlyMultipliers, gluedOnlyPercentWords,
  letterCurrencies, multipliers, percentWords, pointQualifiers, pointWords, qualifiedCurrencies, sterling, subunits,
  weakCurrencyWords,
} from '../../data/currencies.js'
import {months} from '../../data/date-words.js'
import type {Lexeme} from './lexer.js'
import {readSpelled, wordAt} from './spelled.js'
import {STARTS_UPPER} from '../../internal/letter-patterns.js'

/** What an amount is. */
export type AmountType = 'MONEY' | 'PERCENT'

/** One end of an amount as read: lexemes `[start, end)`, value before the multiplier. */
export interface Piece {
  start: number
  end: number
  type: AmountType | undefined
  unit: string | undefined
  /** The number as written ("5" in "$5-7 million"). */
  number: number
  /** The multiplier after it (1 when there is none). */
  multiplier: number
  /** A multiplier or a scale word ("million") was written. */
  multiplied: boolean
  /** A plain four-digit integer ("2019"): no end of a range unless the other is one too. */
  yearLike: boolean
}

/** A currency written before the number. */
interface Prefix {
  end: number
  unit: string | undefined
  /** `letter`: "R254" needs a multiplier; `word`: "Renminbi Twenty Four Million" needs words or a multiplier. */
  kind: 'symbol' | 'code' | 'letter' | 'word'
}

const symbolAt = (lexemes: readonly Lexeme[], at: number): string => {
  const lexeme = lexemes[at]
  return lexeme && lexeme.kind === 'symbol' && !lexeme.paragraphBefore ? lexeme.text : ''
}

/** The lexeme at `at` touches the one before it. */
const touches = (lexemes: readonly Lexeme[], at: number): boolean => lexemes[at]?.glued === true

/** A lexeme that may follow the one before within an amount: touching it or after a space, not after a blank line. */
const continues = (lexemes: readonly Lexeme[], at: number): boolean => {
  const lexeme = lexemes[at]
  return lexeme !== undefined && !lexeme.paragraphBefore
}

/** A number (digits or words) starts at `at`. */
function startsNumber(lexemes: readonly Lexeme[], at: number): boolean {
  const lexeme = lexemes[at]
  if (!lexeme || lexeme.paragraphBefore) return false
  return lexeme.kind === 'number' || readSpelled(lexemes, at) !== undefined
}

/** The currency written before a number at `at`, if any. */
function prefixAt(lexemes: readonly Lexeme[], at: number): Prefix | undefined {
  const lexeme = lexemes[at]
  if (!lexeme) return undefined
  if (lexeme.kind === 'symbol') {
    const unit = currencySymbols.get(lexeme.text)
    return unit && lexemes[at + 1]?.kind === 'number' && continues(lexemes, at + 1) ? {end: at + 1, unit, kind: 'symbol'} : undefined
  }
  if (lexeme.kind !== 'word') return undefined
  const dollar = dollarPrefixes.get(lexeme.text)
  if (dollar && symbolAt(lexemes, at + 1) === '$' && (touches(lexemes, at + 1) || lexeme.text.length > 1) && lexemes[at + 2]?.kind === 'number' && continues(lexemes, at + 2)) {
    return {end: at + 2, unit: dollar, kind: 'symbol'}
  }
  const code = currencyCodes.get(lexeme.text)
  if (code) {
    const end = lexeme.text === 'Rs' && symbolAt(lexemes, at + 1) === '.' && touches(lexemes, at + 1) ? at + 2 : at + 1
    const number = lexemes[end]
    if (!number || number.kind !== 'number' || !continues(lexemes, end)) return undefined
    if (number.yearLike || (ambiguousCodes.has(lexeme.text) && !moneyShaped(lexemes, end))) return undefined
    return {end, unit: code, kind: 'code'}
  }
  const letter = letterCurrencies.get(lexeme.text)
  if (letter && lexemes[at + 1]?.kind === 'number' && touches(lexemes, at + 1)) return {end: at + 1, unit: letter, kind: 'letter'}
  const word = lexeme.text.toLowerCase()
  if (STARTS_UPPER.test(lexeme.text) && currencyWords.has(word) && wordAt(lexemes, at + 1) && startsNumber(lexemes, at + 1)) {
    return {end: at + 1, unit: currencyWords.get(word), kind: 'word'}
  }
  return undefined
}

/** The multipliers at `at` ("bn", "million", "lakh crore"); factor 1 and `end === at` when none. */
function multiplierAt(lexemes: readonly Lexeme[], at: number): {end: number; factor: number} {
  let end = at
  let factor = 1
  for (let count = 0; count < 2; count++) {
    // "$5-million": a hyphen touching both.
    const hyphen = symbolAt(lexemes, end) === '-' && touches(lexemes, end) && touches(lexemes, end + 1) ? 1 : 0
    const word = wordAt(lexemes, end + hyphen)
    const value = multipliers.get(word)
    if (value === undefined) break
    if (gluedOnlyMultipliers.has(word) && !(touches(lexemes, end) && hyphen === 0)) break
    if (word === 'hundred' && count > 0) break
    factor *= value
    end += hyphen + 1
  }
  return {end, factor}
}

/** A unit after the number (and multiplier) ending before `end`. */
interface Marker {
  end: number
  type: AmountType
  unit: string | undefined
  /** The value is in hundredths of the unit ("cents", "p"). */
  hundredths?: boolean
}

/**
 * The marker at `at` after a number: a percent word or sign, a point phrase, a subunit,
 * a currency word, a code or a trailing symbol.
 */
function markerAt(lexemes: readonly Lexeme[], at: number, number: {value: number; multiplied: boolean; written: string}, hasPrefix: boolean): Marker | undefined {
  const lexeme = lexemes[at]
  if (!lexeme || lexeme.paragraphBefore) return undefined
  if (lexeme.kind === 'symbol') {
    if (lexeme.text === '%' || lexeme.text === '％') return {end: at + 1, type: 'PERCENT', unit: '%'}
    if (lexeme.text === '-' && touches(lexemes, at) && touches(lexemes, at + 1)) {
      // "a 10-percent rise", "a 10-percentage-point drop"
      const after = markerAt(lexemes, at + 1, number, hasPrefix)
      return after && after.type === 'PERCENT' ? after : undefined
    }
    if (hasPrefix) return undefined
    const unit = currencySymbols.get(lexeme.text)
    const trailing = lexeme.text === '€' || lexeme.text === '£' || (lexeme.text === '$' && touches(lexemes, at))
    return unit && trailing && lexemes[at + 1]?.kind !== 'number' ? {end: at + 1, type: 'MONEY', unit} : undefined
  }
  if (lexeme.kind !== 'word') return undefined
  const word = lexeme.text.toLowerCase()
  // "percentage points", "percentage-point", "basis points"
  const pointUnit = pointQualifiers.get(word)
  if (pointUnit) {
    const hyphen = symbolAt(lexemes, at + 1) === '-' && touches(lexemes, at + 1) ? 1 : 0
    if (pointWords.has(wordAt(lexemes, at + 1 + hyphen))) return {end: at + 2 + hyphen, type: 'PERCENT', unit: pointUnit}
  }
  if (word === 'per') {
    const hyphen = symbolAt(lexemes, at + 1) === '-' && touches(lexemes, at + 1) ? 1 : 0
    if (wordAt(lexemes, at + 1 + hyphen) === 'cent') return {end: at + 2 + hyphen, type: 'PERCENT', unit: '%'}
    return undefined
  }
  const percent = percentWords.get(word)
  if (percent && (!gluedOnlyPercentWords.has(word) || touches(lexemes, at))) return {end: at + 1, type: 'PERCENT', unit: percent}
  if (hasPrefix) return undefined
  const subunit = subunits.get(word)
  if (subunit && (word !== 'p' || (touches(lexemes, at) && isPence(number)))) {
    return number.multiplied ? undefined : {end: at + 1, type: 'MONEY', unit: subunit, hundredths: true}
  }
  const qualified = qualifiedCurrencyAt(lexemes, at)
  if (qualified) return qualified
  const cents = centsAt(lexemes, at)
  if (cents && !number.multiplied) return cents
  if (currencyWords.has(word)) {
    // "50 euro cents"
    if (subunits.has(wordAt(lexemes, at + 1)) && wordAt(lexemes, at + 1) !== 'p') return {end: at + 2, type: 'MONEY', unit: currencyWords.get(word), hundredths: true}
    return {end: at + 1, type: 'MONEY', unit: currencyWords.get(word)}
  }
  if (weakCurrencyWords.has(word) && lexeme.text === word) {
    const withSterling = sterling.has(wordAt(lexemes, at + 1))
    const decimals = /\.\d\d$/.test(number.written)
    const enough = word === 'pound' || word === 'pounds' ? number.multiplied || withSterling || decimals : number.multiplied || number.value >= 1000
    if (enough && word !== 'real' && word !== 'crown') return {end: at + 1 + (withSterling ? 1 : 0), type: 'MONEY', unit: weakCurrencyWords.get(word)}
  }
  const code = currencyCodes.get(lexeme.text)
  if (code && lexeme.text !== 'Rs' && lexeme.text !== 'Rs.' && !touches(lexemes, at)) {
    if (ambiguousCodes.has(lexeme.text) && !number.multiplied && !/,\d{3}$|\.\d\d$/.test(number.written)) return undefined
    return {end: at + 1, type: 'MONEY', unit: code}
  }
  return undefined
}

/** The number at `at` looks like money: grouped ("5,000"), two decimals ("8.50") or with a multiplier after it. */
function moneyShaped(lexemes: readonly Lexeme[], at: number): boolean {
  const number = lexemes[at] as Lexeme
  return /,\d{3}$|\.\d\d$/.test(number.text) || multiplierAt(lexemes, at + 1).end > at + 1
}

/** "52.95p", "10p": pence, not "1080p" video or "480p". */
function isPence(number: {value: number; written: string}): boolean {
  return number.value < 1000 && !(number.value === 480 || number.value === 576 || number.value === 720)
}

/** "Canadian cents", "U.S. cents", "euro cents" at `at`: hundredths of that currency. */
function centsAt(lexemes: readonly Lexeme[], at: number): Marker | undefined {
  let phrase = ''
  for (let length = 1; length <= 2; length++) {
    const word = wordAt(lexemes, at + length - 1)
    if (!word) return undefined
    phrase = phrase ? `${phrase} ${word}` : word
    const after = wordAt(lexemes, at + length)
    if (after !== 'cent' && after !== 'cents') continue
    const unit = phrase === 'euro' ? 'EUR' : qualifiedCurrencies.get(`${phrase} dollars`)
    if (unit) return {end: at + length + 1, type: 'MONEY', unit, hundredths: true}
  }
  return undefined
}

/** "Swiss francs", "Hong Kong dollars", "U.S. dollars", "South African rand" at `at`. */
function qualifiedCurrencyAt(lexemes: readonly Lexeme[], at: number): Marker | undefined {
  let phrase = wordAt(lexemes, at)
  for (let length = 2; length <= 3 && phrase; length++) {
    const word = wordAt(lexemes, at + length - 1)
    if (!word) return undefined
    phrase = `${phrase} ${word}`
    const unit = qualifiedCurrencies.get(phrase)
    if (unit) return {end: at + length, type: 'MONEY', unit}
  }
  return undefined
}

/**
 * Read one end of an amount at lexeme `at`: a currency, a number, a multiplier, a marker.
 * The piece has no type when nothing marks it as money or a percentage.
 *
 * @example
 * ```ts
 * readPiece(lex('$5-7 million'), 0) // {start: 0, end: 2, type: 'MONEY', unit: 'USD', number: 5, multiplier: 1, …}
 * ```
 */
export function readPiece(lexemes: readonly Lexeme[], at: number): Piece | undefined {
  const prefix = prefixAt(lexemes, at)
  const numberAt = prefix ? prefix.end : at
  const lexeme = lexemes[numberAt]
  if (!lexeme || (prefix && lexeme.paragraphBefore)) return undefined
  let end: number
  let number: number
  let multiplied = false
  let multiplier = 1
  let yearLike = false
  if (lexeme.kind === 'number') {
    end = numberAt + 1
    number = lexeme.value
    yearLike = lexeme.yearLike
    const found = multiplierAt(lexemes, end)
    if (found.end > end) {
      end = found.end
      multiplier = found.factor
      multiplied = true
    }
  } else {
    const spelled = readSpelled(lexemes, numberAt)
    if (!spelled) return undefined
    end = spelled.end
    number = spelled.value
    multiplied = spelled.scaled
  }
  if (prefix?.kind === 'letter' && !multiplied) return undefined
  if (prefix?.kind === 'word' && lexeme.kind === 'number' && !multiplied) return undefined
  const written = lexeme.kind === 'number' ? lexeme.text : ''
  const marker = markerAt(lexemes, end, {value: number * multiplier, multiplied, written}, prefix !== undefined)
  const piece: Piece = {start: at, end, type: undefined, unit: undefined, number, multiplier, multiplied, yearLike}
  if (prefix) return {...piece, type: 'MONEY', unit: prefix.unit}
  if (!marker) return piece
  return {...piece, end: marker.end, type: marker.type, unit: marker.unit, multiplier: marker.hundredths ? multiplier / 100 : multiplier}
}

/** Words and signs that join the two ends of a range ("5-7", "15 to 20", "between 5 and 7"). */
function connectorAt(lexemes: readonly Lexeme[], at: number, start: number): boolean {
  const symbol = symbolAt(lexemes, at)
  if (symbol === '-' || symbol === '–') return true
  const word = wordAt(lexemes, at)
  if (word === 'to' || word === 'or') return true
  return word === 'and' && wordAt(lexemes, start - 1) === 'between'
}

/**
 * The amounts that start at lexeme `at`: one, two for a range, or none.
 *
 * @example
 * ```ts
 * readAmounts(lex('$5-7 million'), 0).map((piece) => piece.number * piece.multiplier) // [5000000, 7000000]
 * ```
 */
export function readAmounts(lexemes: readonly Lexeme[], at: number): Piece[] {
  const left = readPiece(lexemes, at)
  if (!left) return []
  if (connectorAt(lexemes, left.end, left.start) && continues(lexemes, left.end + 1)) {
    const right = readPiece(lexemes, left.end + 1)
    if (right && fitTogether(left, right) && !(left.type === undefined && afterMonth(lexemes, left.start))) {
      const type = left.type ?? right.type
      const unit = left.unit ?? right.unit
      const leftMultiplier = left.multiplied ? left.multiplier : right.multiplier
      return [
        {...left, type, unit, multiplier: leftMultiplier},
        {...right, type, unit},
      ]
    }
  }
  return left.type ? [left] : []
}

/**
 * Two ends of a range that make one: one of them typed and the other lacking something
 * it can take (a type, or for the first end a multiplier); the same type and unit where
 * both have one; an untyped second end only with its own multiplier ("$5-7 million", not
 * "4.3% to 18.20"); no year beside a number ("from 2019 to 5 percent").
 */
function fitTogether(left: Piece, right: Piece): boolean {
  if (!left.type && !right.type) return false
  if (left.type && right.type) return left.type === right.type && left.unit === right.unit && !left.multiplied && right.multiplied
  if (!right.type && !right.multiplied) return false
  if ((!left.type && left.yearLike && !right.yearLike) || (!right.type && right.yearLike && !left.yearLike)) return false
  return true
}

/** The lexeme before `at` is a month name ("Sept. 30 to $747.8 million": a day, not a range end). */
function afterMonth(lexemes: readonly Lexeme[], at: number): boolean {
  const before = symbolAt(lexemes, at - 1) === '.' ? at - 2 : at - 1
  return months.has(wordAt(lexemes, before))
}
