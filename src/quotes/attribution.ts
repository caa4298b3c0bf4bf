/**
 * Who said a quotation, from the sentence it stands in: an attribution right after it
 * (`"…," she said`, `"…," said Ole Hansen`, `"…" – Matthew Ingram`), a cue before it
 * (`He said: "…"`, `Kyiv denounced the war games as "…"`, `according to X, "…"`), or an
 * attribution later in the sentence (`a "miscalculation" during the drills, the Pentagon
 * said`). Attribution across sentences (a lone quote, a running quote) is decided by the
 * caller, which sees the paragraphs before.
 *
 * @internal
 */
import {cueAt, isRoleWord, sentenceSubject, speakerAfter, speakerBefore, type Cue, type Frame, type SpeakerPhrase} from './phrases.js'
import type {SentenceRange, TokenRange} from './sentences.js'
import type {Token} from './tokens.js'
import {STARTS_LOWER} from '../internal/letter-patterns.js'

/**
 * A speaker phrase and the cue that attributes a quotation to it.
 *
 * @example
 * ```ts
 * const attribution: Attribution = {speaker: {first: 4, last: 4, form: 'pronoun', from: 4}, cue: {first: 5, last: 5, speakerAfter: false}}
 * ```
 */
export interface Attribution {
  speaker?: SpeakerPhrase
  cue?: Cue
}

/** How far (in tokens) an attribution is looked for on either side of a quotation. */
const window = 60

const isDash = (token: Token | undefined): boolean => !!token && /^[-–—]$/.test(token.text)

/**
 * The attribution that follows a quotation at once: `"…," she said`, `"…," said X`,
 * `"…", X, a spokesman, said`, or a dash credit `"…" - Matthew Ingram`.
 *
 * @example
 * ```ts
 * const tokens = tokenize('"We won," she said.')
 * attributionAfter({tokens, quoteAt: Int32Array.from([0, 0, 0, 0, 0, -1, -1, -1])}, {first: 0, last: 4}, {first: 0, last: 7})?.speaker
 * // {first: 5, last: 5, form: 'pronoun', from: 5}
 * ```
 */
export function attributionAfter(frame: Frame, quote: TokenRange, sentence: SentenceRange): Attribution | undefined {
  const {tokens} = frame
  let start = quote.last + 1
  if (tokens[start]?.text === ',') start++
  if (start > sentence.last || frame.quoteAt[start] !== -1) return undefined
  if (isDash(tokens[start])) {
    const speaker = speakerAfter(frame, start + 1, sentence.last)
    return speaker && speaker.form === 'name' ? {speaker} : undefined
  }
  // "state governor Eduardo Leite said": a cue word in its base form before a role is its modifier, no cue ("said state Sen. X" is one).
  const modifier = isRoleWord(tokens[start + 1]) && !/(?:ed|said|told|wrote|s)$/u.test(tokens[start]?.lower ?? '')
  const cue = modifier ? undefined : cueAt(frame, start)
  if (cue) {
    const speaker = speakerAfter(frame, cue.last + 1, sentence.last)
    return speaker ? {speaker, cue} : undefined
  }
  for (let index = start + 1; index <= sentence.last && index <= start + 16; index++) {
    if (frame.quoteAt[index] !== -1) break
    const found = cueAt(frame, index)
    if (!found || found.speakerAfter) continue
    const speaker = speakerBefore(frame, index, start)
    // Role words may stand before the name: "team member Rodaba Noori told", "Jefferies analyst Mark Doyle wrote",
    // "Rio Grande do Sul governor Eduardo Leite told" (a longer lead when a role ends it).
    const lead = speaker ? tokens.slice(start, speaker.from) : []
    const lower = lead.every((token) => token.kind === 'word' && STARTS_LOWER.test(token.text))
    const role = isRoleWord(lead[lead.length - 1])
    const adjacent = !!speaker && lead.length <= (role ? 7 : 4) && lead.every((token) => token.kind === 'word') && (lower || role)
    return speaker && adjacent ? {speaker, cue: found} : undefined
  }
  return undefined
}

/**
 * The nearest cue before a quotation in its sentence, with the speaker it names: the
 * subject before the cue (`Le Drian called the exercises "…"`), or the phrase after an
 * inverted or phrase cue (`according to the Sydney Morning Herald, "…"`).
 *
 * @example
 * ```ts
 * const tokens = tokenize('NATO said it marked a "dangerous moment".')
 * cueBefore({tokens, quoteAt: Int32Array.from([-1, -1, -1, -1, -1, 0, 0, 0, 0, -1])}, {first: 5, last: 8}, {first: 0, last: 9})?.speaker
 * // {first: 0, last: 0, form: 'name', from: 0}
 * ```
 */
export function cueBefore(frame: Frame, quote: TokenRange, sentence: SentenceRange): Attribution | undefined {
  const {tokens} = frame
  let nearest: Cue | undefined
  let subjectOfSecond: SpeakerPhrase | undefined
  for (let index = quote.first - 1; index >= sentence.first && index >= quote.first - window; index--) {
    if (frame.quoteAt[index] !== -1) continue
    const cue = cueAt(frame, index)
    if (!cue || cue.last >= quote.first) continue
    // "asked officials how documents kept in "approved cabinets" …": a question is no attribution.
    if (/^ask/.test(tokens[index]?.lower ?? '') && quote.first - cue.last > 3) continue
    nearest ??= cue
    if (cue.speakerAfter) {
      const speaker = speakerAfter(frame, cue.last + 1, quote.first - 1)
      if (speaker) return {speaker, cue: nearest}
      continue
    }
    // ", saying", ", writing": the subject of the sentence speaks.
    if (tokens[index - 1]?.text === ',' && /ing$/.test(tokens[index]?.lower ?? '')) {
      const subject = sentenceSubject(frame, sentence, index - 1)
      if (subject) return {speaker: subject, cue: nearest}
    }
    const speaker = speakerBefore(frame, index, sentence.first) ?? invertedAfter(frame, cue, quote.first - 1)
    if (speaker) return {speaker, cue: nearest}
    // A second verb ("Powell was asked … and said the committee was "…""): an earlier cue's speaker, else the sentence's subject.
    if (tokens[index - 1]?.lower === 'and') subjectOfSecond ??= sentenceSubject(frame, sentence, index - 1)
    // "… and told the police, "…"": the subject of an earlier cue in the sentence.
  }
  return subjectOfSecond && nearest ? {speaker: subjectOfSecond, cue: nearest} : undefined
}

/** The speaker of an inverted cue ("…, said Mauer, are required …"); a pronoun only when punctuation follows it ("said he."). */
function invertedAfter(frame: Frame, cue: Cue, ceiling: number): SpeakerPhrase | undefined {
  const speaker = speakerAfter(frame, cue.last + 1, ceiling)
  const next = frame.tokens[speaker ? speaker.last + 1 : -1]
  if (speaker?.form === 'pronoun' && next?.kind === 'word') return undefined
  // "said the committee was …": the subject of what was said, not who said it.
  if (next && clauseVerbs.has(next.lower)) return undefined
  return speaker
}

/** Verbs that make the phrase before them the subject of a reported clause ("said the committee was"). */
const clauseVerbs = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'did', 'does'])

/**
 * An attribution later in the quotation's sentence, set off by a comma (`…, the Pentagon
 * said`), or `according to X` after it.
 *
 * @example
 * ```ts
 * const tokens = tokenize('a "miscalculation" during drills, the Pentagon said.')
 * cueLater({tokens, quoteAt: Int32Array.from([-1, 0, 0, 0, -1, -1, -1, -1, -1, -1, -1])}, {first: 1, last: 3}, {first: 0, last: 10})?.cue
 * // {first: 9, last: 9, speakerAfter: false}
 * ```
 */
export function cueLater(frame: Frame, quote: TokenRange, sentence: SentenceRange): Attribution | undefined {
  const {tokens} = frame
  for (let index = quote.last + 1; index <= sentence.last && index <= quote.last + window; index++) {
    if (frame.quoteAt[index] !== -1) break
    const cue = cueAt(frame, index)
    if (!cue) continue
    if (cue.speakerAfter) {
      const speaker = speakerAfter(frame, cue.last + 1, sentence.last)
      if (speaker) return {speaker, cue}
      continue
    }
    const speaker = speakerBefore(frame, index, quote.last + 1)
    if (speaker && tokens[speaker.from - 1]?.text === ',') return {speaker, cue}
  }
  return undefined
}

/**
 * The attribution a sentence makes, whatever it attributes: its first cue with a speaker.
 * Used for a lone quotation after it (`Rathbun stated,` then `"Daniel was …"`).
 *
 * @example
 * ```ts
 * const tokens = tokenize('Heald noted the findings matter.')
 * sentenceAttribution({tokens, quoteAt: new Int32Array(tokens.length).fill(-1)}, {first: 0, last: 5})?.speaker
 * // {first: 0, last: 0, form: 'name', from: 0}
 * ```
 */
export function sentenceAttribution(frame: Frame, sentence: SentenceRange): Attribution | undefined {
  for (let index = sentence.first; index <= sentence.last; index++) {
    if (frame.quoteAt[index] !== -1) continue
    const cue = cueAt(frame, index, true)
    if (!cue) continue
    const speaker = cue.speakerAfter
      ? speakerAfter(frame, cue.last + 1, sentence.last)
      : speakerBefore(frame, index, sentence.first) ?? invertedAfter(frame, cue, sentence.last)
    if (speaker) return {speaker, cue}
  }
  return undefined
}
