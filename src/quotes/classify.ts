/**
 * Is a stretch in quotation marks a quotation, and of which kind? Not quotations: names
 * and titles (`"The Crucible"`, `Danny "The Hammer" Okoye`, every word capitalized),
 * words after "so-called", "nicknamed", "the word" …, URLs, and a word or two in marks
 * that nobody is said to have said (scare quotes). A quotation is `direct` when it is a
 * clause of its own — opening its sentence, introduced by a cue and a comma or colon,
 * followed by its attribution, or a capitalized sentence — and `partial` when a few
 * quoted words are built into the reporter's sentence.
 *
 * @internal
 */
import {namingVerbs, notSpeechBefore} from '../data/speech-cues.js'
import {attributionAfter, cueBefore, cueLater, type Attribution} from './attribution.js'
import type {Quoted} from './marks.js'
import {cueAt, titleLike, type Frame} from './phrases.js'
import type {SentenceRange, TokenRange} from './sentences.js'
import type {Token} from './tokens.js'
import {STARTS_UPPER_OR_DIGIT} from '../internal/letter-patterns.js'

/**
 * A quotation's kind and its attribution within its sentence.
 *
 * @example
 * ```ts
 * const classified: Classified = {kind: 'partial', alone: false}
 * ```
 */
export interface Classified {
  kind: 'direct' | 'partial'
  attribution?: Attribution
  /** The quotation is its sentence's only content: its speaker may be in the sentence before. */
  alone: boolean
}

const introducers = new Set([',', ':', '—', '–', '-', ';'])

/** `"We will win," he said, "and soon."`: the second half of an interrupted quotation. */
function resumes(frame: Frame, range: TokenRange, sentence: SentenceRange): boolean {
  const {tokens, quoteAt} = frame
  for (let index = range.first - 1; index >= sentence.first && index >= range.first - 12; index--) {
    if (quoteAt[index] === -1) continue
    return tokens[index - 1]?.text === ',' && tokens[index]?.kind === 'mark'
  }
  return false
}

/**
 * Classify one quotation found by its marks, or reject it.
 *
 * @example
 * ```ts
 * const text = 'Kyiv called it "a violent gesture".'
 * const tokens = tokenize(text)
 * const quoted = pairMarks(text, tokens, {continuing: false, nextOpens: undefined})[0]
 * const quoteAt = new Int32Array(tokens.length).fill(-1).fill(0, 3, 8)
 * classifyQuote({tokens, quoteAt}, text, quoted, {first: 3, last: 7}, {first: 0, last: 8})?.kind // 'partial'
 * ```
 */
export function classifyQuote(frame: Frame, text: string, quoted: Quoted, range: TokenRange, sentence: SentenceRange): Classified | undefined {
  const {tokens} = frame
  const words = tokens.slice(range.first, range.last + 1).filter((token) => token.kind === 'word' && token.start >= quoted.start && token.end <= quoted.end)
  const value = text.slice(quoted.start, quoted.end)
  if (words.length === 0 || /:\/\/|www\./.test(value)) return undefined
  const before = range.first > sentence.first ? (tokens[range.first - 1] as Token) : undefined
  const twoBefore = range.first - 1 > sentence.first ? tokens[range.first - 2] : undefined
  if (before && (notSpeechBefore.has(before.lower) || (before.lower === 'as' && twoBefore?.lower === 'known'))) return undefined
  if (before && before.lower === 'the' && twoBefore && notSpeechBefore.has(twoBefore.lower)) return undefined
  const lastInner = tokens[quoted.close >= 0 ? quoted.close - 1 : range.last]
  const endsClause = !!lastInner && /^[,.?!…]$/.test(lastInner.text)
  const after = attributionAfter(frame, range, sentence)
  const startsSentence = range.first === sentence.first
  const endsSentence = range.last >= sentence.last || (range.last + 1 === sentence.last && /^[.?!…]$/.test(tokens[sentence.last]?.text ?? ''))
  const cueJustBefore = before ? cueAt(frame, range.first - 1) : undefined
  const naming = !!before && (namingVerbs.has(before.lower) || (!!twoBefore && namingVerbs.has(twoBefore.lower)))
  const introduced = !!before && (introducers.has(before.text) || (!!cueJustBefore && !naming))
  const upper = STARTS_UPPER_OR_DIGIT.test(value.replace(/^[.…\-–—[(\s]+/, ''))
  // A capitalized word after a colon that runs on into its sentence is a scare quote ('Driving the news: "Many" participants said').
  const runsOnAfter = tokens[range.last + 1]?.kind === 'word'
  const titled = titleLike(words) && !(endsClause && (after || introduced)) && !(words.length === 1 && (endsClause || (introduced && !runsOnAfter)))
  if (titled) return undefined

  const running = quoted.open < 0 || (quoted.close < 0 && (quoted.runsOn || startsSentence))
  const alone = startsSentence && endsSentence
  const direct =
    running ||
    alone ||
    (introduced && resumes(frame, range, sentence)) ||
    (startsSentence && !!after) ||
    (introduced && !naming && (upper || words.length >= 5)) ||
    (upper && words.length >= 6 && !naming)
  if (direct) {
    const attribution = after ?? cueBefore(frame, range, sentence) ?? cueLater(frame, range, sentence)
    return {kind: 'direct', ...(attribution ? {attribution} : {}), alone: !attribution && (alone || running)}
  }
  const attribution = cueBefore(frame, range, sentence) ?? cueLater(frame, range, sentence) ?? after
  if (!attribution && words.length <= 2) return undefined
  return {kind: 'partial', ...(attribution ? {attribution} : {}), alone: false}
}
