/**
 * Reported speech without quotation marks, precision first: `X said (that) CLAUSE`,
 * `CLAUSE, X said.`, `According to X, CLAUSE` and `CLAUSE, according to X.`, where X is a
 * speaker phrase and the clause has at least four words. Left out: negated or questioned
 * speech ("did not say why"), infinitives ("asked them to …"), relative clauses ("which it
 * said was …"), and any clause that holds a quotation.
 *
 * @internal
 */
import {negations, objectFirstVerbs, reportingVerbs, speakerPronouns} from '../data/speech-cues.js'
import {cueAt, opensNoClause, speakerAfter, speakerBefore, speakerPronounAt, subjectStart, type Cue, type Frame, type SpeakerPhrase} from './phrases.js'
import type {SentenceRange, TokenRange} from './sentences.js'
import type {Token} from './tokens.js'
import {STARTS_UPPER} from '../internal/letter-patterns.js'

/**
 * A reported clause with its speaker and cue.
 *
 * @example
 * ```ts
 * const reported: Reported = {clause: {first: 2, last: 5}, speaker: {first: 0, last: 0, form: 'name', from: 0}, cue: {first: 1, last: 1, speakerAfter: false}}
 * ```
 */
export interface Reported {
  clause: TokenRange
  speaker: SpeakerPhrase
  cue: Cue
}

const minimumWords = 4
const subordinators = new Set(['when', 'if', 'because', 'although', 'though', 'as', 'while', 'since', 'unless', 'whether', 'once', 'until', 'whenever'])
const clauseOpenersToSkip = new Set(['that'])
const notClauseStart = new Set([
  'to', 'why', 'how', 'whether', 'what', 'when', 'where', 'who', 'if', 'nothing', 'little', 'much', 'so', 'as',
  'had', 'has', 'have', 'was', 'were', 'is', 'are', 'would', 'will', 'could', 'should', 'be', 'been', 'of', 'for',
  'with', 'about', 'on', 'in', 'at', 'by', 'and', 'or', 'but', 'goodbye', 'hello', 'yes', 'no', 'sorry',
])
const adverbialStarts = new Set(['in', 'on', 'at', 'during', 'last', 'this', 'earlier', 'late', 'later', 'on', 'after', 'before', 'via', 'through', 'outside'])

/** Days a cue may take before its clause ("said Friday", "told reporters today"). */
const dayWords = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight'])

/** "at least 14 people": a quantity, not an adverbial ("said at a news conference"). */
const quantityAt = (tokens: readonly Token[], index: number): boolean =>
  tokens[index]?.lower === 'at' && (tokens[index + 1]?.lower === 'least' || tokens[index + 1]?.lower === 'most')

/** Whether the words after the cue open an adverbial ("in a statement", "on Tuesday"), not a clause. */
const opensAdverbial = (tokens: readonly Token[], index: number): boolean => adverbialStarts.has(tokens[index]?.lower ?? '') && !quantityAt(tokens, index)

const wordsIn = (tokens: readonly Token[], first: number, last: number): number => {
  let count = 0
  for (let index = first; index <= last; index++) if (tokens[index]?.kind === 'word') count++
  return count
}

/**
 * The reported clauses of one sentence that holds no quotation.
 *
 * @example
 * ```ts
 * const tokens = tokenize('Paris claims she was kept on board for years.')
 * findReported({tokens, quoteAt: new Int32Array(tokens.length).fill(-1)}, {first: 0, last: 9})[0]?.clause
 * // {first: 2, last: 8}
 * ```
 */
export function findReported(frame: Frame, sentence: SentenceRange): Reported[] {
  const {tokens} = frame
  // A quotation ends the stretch reported speech may cover, when a comma or colon stands before it.
  let last = sentence.last
  let truncated = false
  for (let index = sentence.first; index <= sentence.last; index++) {
    if (frame.quoteAt[index] === -1) continue
    if (!/^[,:]$/.test(tokens[index - 1]?.text ?? '')) return []
    last = index - 2
    truncated = true
    break
  }
  while (last > sentence.first && tokens[last]?.kind !== 'word') last--
  const span: SentenceRange = {first: sentence.first, last}
  let according: Reported | undefined
  for (let index = span.first; index <= last; index++) {
    const cue = cueAt(frame, index)
    if (!cue) continue
    if (cue.speakerAfter) {
      according ??= accordingTo(frame, span, last, cue)
    } else {
      const reported = reportedBy(frame, span, last, cue, truncated)
      if (reported) return splitCoordinated(frame, reported)
    }
    index = cue.last
  }
  return according ? [according] : []
}

/** "They claimed A and claim B": two reported clauses with one speaker. */
function splitCoordinated(frame: Frame, reported: Reported): Reported[] {
  const {tokens} = frame
  for (let index = reported.clause.first + 1; index < reported.clause.last; index++) {
    if (tokens[index]?.lower !== 'and') continue
    const cue = cueAt(frame, index + 1)
    if (!cue || cue.speakerAfter || !reportingVerbs.has((tokens[index + 1] as Token).lower)) continue
    const first = clause(frame, {first: reported.clause.first, last: index - 1}, reported.speaker, reported.cue)
    let start = cue.last + 1
    if (tokens[start]?.lower === 'that') start++
    const second = clause(frame, {first: start, last: reported.clause.last}, reported.speaker, cue)
    return [first, second].filter((item): item is Reported => !!item)
  }
  return [reported]
}

/** `According to X, CLAUSE` / `CLAUSE, according to X` (and `in the words of X`). */
function accordingTo(frame: Frame, sentence: SentenceRange, last: number, cue: Cue): Reported | undefined {
  const {tokens} = frame
  if (tokens[cue.first]?.lower !== 'according') return undefined
  const speaker = speakerAfter(frame, cue.last + 1, last)
  if (!speaker) return undefined
  let after = afterAbbreviation(tokens, speaker.last + 1, last)
  if (tokens[after]?.text === ',') after++
  if (after <= last && wordsIn(tokens, after, last) >= minimumWords && cue.first <= sentence.first + 3) {
    return clause(frame, {first: after, last}, speaker, cue)
  }
  let end = cue.first - 1
  if (tokens[end]?.text === ',') end--
  if (end >= sentence.first && wordsIn(tokens, sentence.first, end) >= minimumWords && speaker.last >= last - 1) {
    return clause(frame, {first: sentence.first, last: end}, speaker, cue)
  }
  return undefined
}

/** Tokens of a short aside in brackets after a name ("the Reserve Bank of India (RBI), …"), at most. */
const asideTokens = 6

/** Where the words after a name go on: past its short aside in brackets, if it has one. */
function afterAbbreviation(tokens: readonly Token[], at: number, last: number): number {
  if (tokens[at]?.text !== '(') return at
  for (let index = at + 1; index <= Math.min(last, at + asideTokens); index++) {
    if (tokens[index]?.text === ')') return index + 1
  }
  return at
}

/** `X said (that) CLAUSE` and `CLAUSE, X said`. */
function reportedBy(frame: Frame, sentence: SentenceRange, last: number, cue: Cue, truncated: boolean): Reported | undefined {
  const {tokens} = frame
  const verb = tokens[cue.first] as Token
  if (!reportingVerbs.has(verb.lower)) return undefined
  for (let index = Math.max(sentence.first, cue.first - 3); index < cue.first; index++) {
    if (negations.has((tokens[index] as Token).lower)) return undefined
  }
  const speaker = speakerBefore(frame, cue.first, sentence.first)
  if (!speaker) return undefined
  const subject = subjectStart(tokens, speaker, sentence.first)
  if (subject < 0) return undefined
  let start = cue.last + 1
  const that = findThat(tokens, start, last)
  // CLAUSE, X said [in a statement on Tuesday]: nothing but adverbials after the cue ("said Friday, as …" too).
  const comma = subject - 1
  const timed = dayWords.has(tokens[start]?.lower ?? '') ? start + 1 : start
  const tail = tokens[timed]
  const nothingReported = !tail || timed > last || tail.text === ',' || opensAdverbial(tokens, timed)
  if (tokens[comma]?.text === ',' && that < 0 && nothingReported && !truncated) {
    if (comma - 1 < sentence.first || opensNoClause(tokens[sentence.first])) return undefined
    return clause(frame, {first: sentence.first, last: comma - 1}, speaker, cue)
  }
  // X said (that) CLAUSE: the subject opens the sentence or a clause of it.
  const opener = tokens[subject - 1]
  const opensSentence = subject === sentence.first || opener?.text === ',' || opener?.lower === 'and' || opener?.lower === 'but'
  if (!opensSentence) return undefined
  // "When I tell stories …": a subordinate clause reports nothing.
  if (subject === sentence.first + 1 && subordinators.has(tokens[sentence.first]?.lower ?? '')) return undefined
  if (that >= 0) start = that + 1
  else if (opensAdverbial(tokens, start)) return undefined
  // "said Friday the bridge would close": the day is the saying's, not the clause's.
  else start = timed
  if (clauseOpenersToSkip.has(tokens[start]?.lower ?? '')) start++
  if (tokens[start]?.text === ',') start++
  if (start > last || wordsIn(tokens, start, last) < minimumWords) return undefined
  const first = tokens[start] as Token
  // After "that" a clause may open with a subordinate one ("that, as the parents came from India, they …").
  if (that < 0 ? !quantityAt(tokens, start) && (notClauseStart.has(first.lower) || opensNoClause(first)) : first.lower === 'to') return undefined
  // "announced the start of …": an object, not a clause.
  if (that < 0 && objectFirstVerbs.has(verb.lower) && !speakerPronounAt(tokens, start) && !STARTS_UPPER.test(first.text)) return undefined
  return clause(frame, {first: start, last}, speaker, cue)
}

/** A "that" opening the reported clause within a few words of the cue ("said in a statement that"). */
function findThat(tokens: readonly Token[], start: number, last: number): number {
  for (let index = start; index <= last && index <= start + 8; index++) {
    const token = tokens[index] as Token
    if (token.lower === 'that') return index
    if (token.kind !== 'word' || speakerPronouns.has(token.lower) || negations.has(token.lower)) return -1
  }
  return -1
}

function clause(frame: Frame, range: TokenRange, speaker: SpeakerPhrase, cue: Cue): Reported | undefined {
  const {tokens} = frame
  let {first, last} = range
  while (first <= last && tokens[first]?.kind !== 'word') first++
  // (A clause may end on a percent sign: "fell 1.8%, according to X".)
  while (last >= first && tokens[last]?.kind !== 'word' && tokens[last]?.text !== '%') last--
  if (last < first || wordsIn(tokens, first, last) < minimumWords) return undefined
  return {clause: {first, last}, speaker, cue}
}
