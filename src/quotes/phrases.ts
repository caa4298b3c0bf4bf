/**
 * The phrases around a quotation: cues ("said", "told reporters", "according to") and the
 * noun phrases that name a speaker on either side of a cue ("the Pentagon statement said",
 * "said Ole Hansen, head of …", "Paul Dewar, an Ottawa MP, said"). Pure look-ups over the
 * tokens of one paragraph; every scan is bounded by a small window.
 *
 * @internal
 */
import {
  betweenSpeakerAndVerb,
  contextVerbs,
  nounLikeCues,
  objectVerbs,
  speakerNouns,
  speakerPronouns,
  speechVerbs,
} from '../data/speech-cues.js'
import {organizationHeads} from '../data/org-words.js'
import {titleWords} from '../data/titles.js'
import type {Token} from './tokens.js'
import type {TokenRange} from './sentences.js'
import {STARTS_LOWER, STARTS_UPPER_OR_DIGIT} from '../internal/letter-patterns.js'
import {onFirstUse} from '../internal/on-first-use.js'

/**
 * The tokens of a paragraph and which of them stand inside a quotation.
 *
 * @example
 * ```ts
 * const tokens = tokenize('He said so.')
 * const frame: Frame = {tokens, quoteAt: new Int32Array(tokens.length).fill(-1)}
 * ```
 */
export interface Frame {
  tokens: readonly Token[]
  /** For each token, the index of the quotation it belongs to (marks included), or -1. */
  quoteAt: Int32Array
}

/** Multi-word cues, lower case, and whether the speaker follows them. */
const phraseCues: ReadonlyArray<{words: readonly string[]; speakerAfter: boolean}> = [
  {words: ['according', 'to'], speakerAfter: true},
  {words: ['in', 'the', 'words', 'of'], speakerAfter: true},
  {words: ['attributed', 'to'], speakerAfter: true},
  {words: ['said', 'in', 'a', 'statement'], speakerAfter: false},
]

const determiners = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'one',
  'two', 'three', 'several', 'some', 'many', 'other', 'another', 'each', 'every', 'both',
])
const passiveBefore = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', "'s", 'get', 'got'])
const connectors = new Set(['of', 'the', 'de', 'del', 'la', 'le', 'van', 'von', 'der', 'den', 'al', 'bin', 'ibn', 'da', 'du', 'and', '&', 'for', 'on'])
const relatives = new Set(['who', 'whose', 'which', 'whom', 'where'])
const stopAfterName = new Set(['of', 'at', 'to', 'for', 'in', 'with', 'on', 'by', 'from', 'who', 'whose', 'which', 'that', 'after', 'before', 'during', 'as', 'when', 'while', 'about', 'over'])
const smallWords = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'at', 'by', 'vs', 'vs.', 'or', 'de', 'la', 'le', 'du', '&'])
/** Capitalized words that open a sentence without naming anyone. */
const functionWords = new Set([
  'The', 'This', 'That', 'These', 'Those', 'There', 'Here', 'It', 'What', 'When', 'While', 'After', 'Before', 'If',
  'As', 'But', 'And', 'So', 'Yet', 'However', 'Meanwhile', 'Also', 'In', 'On', 'At', 'For', 'With', 'From', 'By',
  'Of', 'To', 'A', 'An', 'Now', 'Then', 'Still', 'Even', 'Some', 'Many', 'Most', 'All', 'Asked', 'Speaking',
  'According', 'During', 'Despite', 'Although', 'Though', 'Because', 'Since', 'Until', 'Unlike', 'Like', 'Under',
  'Over', 'Among', 'Amid', 'Through', 'Without', 'Within', 'Between', 'Against', 'Following', 'Later', 'Earlier',
  'Today', 'Yesterday', 'Tomorrow', 'Last', 'Next', 'Every', 'Each', 'Both', 'Such', 'Why', 'How', 'Who', 'Where',
])
const prepositions = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'despite', 'although', 'though', 'because', 'since', 'until', 'unlike', 'like', 'under', 'over', 'among', 'amid', 'through', 'without', 'within', 'between', 'against', 'following', 'asked', 'speaking', 'according', 'with', 'for', 'of', 'from', 'by', 'as', 'when', 'while', 'if', 'however', 'meanwhile', 'later', 'earlier', 'also', 'but', 'and', 'so', 'yet', 'then', 'now', 'still', 'even', 'to', 'into', 'onto', 'about', 'around', 'near', 'outside', 'inside', 'regarding', 'discussing', 'writing', 'citing', 'last', 'this', 'next', 'on'])
const hearerStops = new Set(['that', 'in', 'on', 'at', 'during', 'outside', 'about', 'after', 'before', 'when', 'to', 'it', 'he', 'she', 'they', 'there', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'of'])

const isWord = (token: Token | undefined): token is Token => !!token && token.kind === 'word'
const isClitic = (token: Token | undefined): boolean => !!token && /^['’]s$/.test(token.lower)
const CAPITALIZED_WORD = onFirstUse(() => RegExp(String.raw`^(?:\p{Lu}|[a-z]{1,3}-\p{Lu})`, 'u'))

/**
 * A word that starts with a capital letter, or a name with a particle ("al-Amr").
 *
 * @example
 * ```ts
 * isCapitalized(tokenize('al-Amr')[0]) // true
 * ```
 */
export const isCapitalized = (token: Token | undefined): boolean => isWord(token) && CAPITALIZED_WORD().test(token.text)
const isTitle = (token: Token): boolean => titleWords.has(token.text.replace(/\.$/, '')) || token.text === 'The'
const isRole = (token: Token | undefined): boolean => !!token && (speakerNouns.has(token.lower) || titleWords.has(capitalize(token.lower)))
/**
 * Whether a word names a role or a kind of speaker ("analyst", "spokesman", "minister").
 *
 * @example
 * ```ts
 * isRoleWord(tokenize('analyst')[0]) // true
 * ```
 */
export const isRoleWord = isRole
const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1)

/**
 * A cue found in the tokens: its range and whether its speaker stands after it.
 *
 * @example
 * ```ts
 * const cue: Cue = {first: 3, last: 4, speakerAfter: true} // "according to"
 * ```
 */
export interface Cue extends TokenRange {
  speakerAfter: boolean
}

/**
 * The cue that starts at token `index`, if one does: a speech verb (with its hearer for
 * "told", "warned"), or a phrase ("according to", "in the words of"). Not a cue: a verb
 * written with a capital ("the State Department"), a verb form used as a noun ("a blog
 * post", "the report"), a passive ("was told to", except "was quoted"), "That said". With
 * `context`, verbs that only say someone spoke ("spoke", "issued") count too.
 *
 * @example
 * ```ts
 * const tokens = tokenize('Smith told reporters that it rained.')
 * cueAt({tokens, quoteAt: new Int32Array(tokens.length).fill(-1)}, 1) // {first: 1, last: 2, speakerAfter: false}
 * ```
 */
export function cueAt(frame: Frame, index: number, context = false): Cue | undefined {
  const {tokens} = frame
  const token = tokens[index]
  if (!isWord(token) || frame.quoteAt[index] !== -1) return undefined
  for (const phrase of phraseCues) {
    if (phrase.words.every((word, offset) => tokens[index + offset]?.lower === word && frame.quoteAt[index + offset] === -1)) {
      return {first: index, last: index + phrase.words.length - 1, speakerAfter: phrase.speakerAfter}
    }
  }
  if (!STARTS_LOWER.test(token.text)) return undefined
  if (!speechVerbs.has(token.lower) && !(context && contextVerbs.has(token.lower))) return undefined
  const before = tokens[index - 1]
  if (before && passiveBefore.has(before.lower) && token.lower !== 'quoted') return undefined
  if (token.lower === 'said' && before?.lower === 'that' && (index < 2 || tokens[index - 2]?.kind !== 'word')) return undefined
  // "a blog post", "the new report"; but "one poster writing …" is a participle.
  const next = tokens[index + 1]
  const verbFollows = !!next && (next.lower === 'that' || determiners.has(next.lower) || speakerPronouns.has(next.lower))
  const nounAfterDeterminer = !!before && before.kind === 'word' && STARTS_LOWER.test(before.text) && determiners.has(tokens[index - 2]?.lower ?? '') && !token.lower.endsWith('ing') && !verbFollows
  if (nounLikeCues.has(token.lower) && before && (determiners.has(before.lower) || nounAfterDeterminer)) return undefined
  const last = objectVerbs.has(token.lower) ? hearerEnd(frame, index) : index
  return {first: index, last, speakerAfter: false}
}

/** The last token of "told reporters" / "told the BBC's Today programme" (the hearer). */
function hearerEnd(frame: Frame, verb: number): number {
  const {tokens} = frame
  const first = tokens[verb + 1]
  if (!isWord(first) || frame.quoteAt[verb + 1] !== -1 || hearerStops.has(first.lower)) return verb
  if (!determiners.has(first.lower) && !isCapitalized(first)) return verb + 1 // "told reporters", "told parliament"
  let last = verb + 1
  for (let index = verb + 2; index <= verb + 6; index++) {
    const token = tokens[index]
    if (!isWord(token) || frame.quoteAt[index] !== -1 || hearerStops.has(token.lower) || determiners.has(token.lower)) break
    const previous = tokens[index - 1] as Token
    const inPhrase = isCapitalized(token) || isClitic(token) || determiners.has(previous.lower) || isClitic(previous) || (isCapitalized(previous) && isRole(token))
    if (!inPhrase) break
    last = index
  }
  return last
}

/**
 * A speaker phrase: its tokens, and the part of them that is a name (titles left out).
 *
 * @example
 * ```ts
 * const phrase: SpeakerPhrase = {first: 1, last: 2, form: 'name', from: 0} // "Sen. Harold Brandt"
 * ```
 */
export interface SpeakerPhrase extends TokenRange {
  /** What the phrase is: a pronoun, a name (capitalized words), or a noun phrase. */
  form: 'pronoun' | 'name' | 'noun'
  /** The phrase's first token, titles and determiner included ("Sen." in "Sen. Harold Brandt"). */
  from: number
}

/**
 * Whether the token at `index` is a pronoun that can speak ("he", "they", "I").
 *
 * @example
 * ```ts
 * speakerPronounAt(tokenize('she said'), 0) // true
 * ```
 */
export const speakerPronounAt = (tokens: readonly Token[], index: number): boolean => {
  const token = tokens[index]
  return !!token && speakerPronouns.has(token.lower) && (token.lower !== 'i' || token.text === 'I')
}
const pronounAt = speakerPronounAt

const PARTY_AND_STATE = onFirstUse(() => RegExp(String.raw`^[RDI]-\p{Lu}`, 'u'))
const SHORT_TAG_AFTER_NAME = onFirstUse(() => RegExp(String.raw`^(?:\p{Lu}{2,4}|Jr\.?|Sr\.?)$`, 'u'))

/**
 * The speaker phrase that ends just before token `end` (exclusive), not before `floor`:
 * skips adverbs ("also said") and a parenthesis ("(WHO)"), appositions and relative
 * clauses set off by commas ("Paul Dewar, an Ottawa MP, said"), and takes a pronoun, a run
 * of capitalized words, or a noun phrase headed by a speaker noun ("the Pentagon
 * statement", "a spokesperson").
 *
 * @example
 * ```ts
 * const tokens = tokenize('Jeff Rathke, the State Department spokesperson, said')
 * speakerBefore({tokens, quoteAt: new Int32Array(tokens.length).fill(-1)}, 8, 0) // {first: 0, last: 1, form: 'name', from: 0}
 * ```
 */
export function speakerBefore(frame: Frame, end: number, floor: number): SpeakerPhrase | undefined {
  const {tokens} = frame
  let index = end - 1
  let skipped = 0
  while (index >= floor && isWord(tokens[index]) && betweenSpeakerAndVerb.has((tokens[index] as Token).lower) && skipped < 3) {
    index--
    skipped++
  }
  if (tokens[index]?.text === ')') {
    // "The World Health Organisation (WHO) recommends"
    let open = index - 1
    while (open >= floor && open > index - 8 && tokens[open]?.text !== '(') open--
    if (tokens[open]?.text === '(') index = open - 1
  }
  for (let appositions = 0; appositions < 3; appositions++) {
    if (index < floor || frame.quoteAt[index] !== -1) return undefined
    if (tokens[index]?.text !== ',') return ownerOfPlaces(frame, memberOf(frame, nounPhraseEndingAt(frame, index, floor), floor), floor)
    // An apposition or relative clause: "X, an Ottawa MP, said"; or the name is the apposition.
    let open = index - 1
    while (open >= floor && open > index - 25 && tokens[open]?.text !== ',' && frame.quoteAt[open] === -1) open--
    if (open < floor || tokens[open]?.text !== ',') return undefined
    const inner = nounPhraseEndingAt(frame, index - 1, open + 1)
    const head = nounPhraseEndingAt(frame, open - 1, floor)
    if (inner && inner.from === open + 1 && inner.form === 'name' && (!head || head.form === 'noun')) return inner
    const chunk = tokens[open + 1] as Token
    // "Sen. Thomas Corrigan, D-Vt., said", "Tom Molomby, SC, said"
    const partyTag = PARTY_AND_STATE().test(chunk.text) || (open + 2 === index && SHORT_TAG_AFTER_NAME().test(chunk.text))
    const setOff = partyTag || determiners.has(chunk.lower) || relatives.has(chunk.lower) || /^\d/.test(chunk.text) || STARTS_LOWER.test(chunk.text) || isTitle(chunk) || isRole(tokens[index - 1]) || isRole(tokens[index - 2])
    if (!setOff) return undefined
    if (head) return ownerOfPlaces(frame, head, floor)
    index = open - 1
  }
  return undefined
}

/** A person's name before "of" the phrase found ("Gaurav Gogoi of the Congress said"): the person speaks, not their party. */
function memberOf(frame: Frame, phrase: SpeakerPhrase | undefined, floor: number): SpeakerPhrase | undefined {
  if (!phrase || phrase.form === 'pronoun' || frame.tokens[phrase.from - 1]?.lower !== 'of') return phrase
  const member = nounPhraseEndingAt(frame, phrase.from - 2, floor)
  return member?.form === 'name' && member.last > member.first ? member : phrase
}

/**
 * The speaker noun before "of" and the names the phrase found ends ("Residents of Kharadi, Wagholi and Viman Nagar,
 * who …, said"; "the mayor of Springfield said"): the people speak, not the places they are of.
 */
function ownerOfPlaces(frame: Frame, phrase: SpeakerPhrase | undefined, floor: number): SpeakerPhrase | undefined {
  if (!phrase || phrase.form !== 'name') return phrase
  const {tokens} = frame
  // In one run of capitalized words, as a sentence opens: "Residents of Wagholi said".
  for (let at = phrase.from + 1; at < phrase.last; at++) {
    if (tokens[at]?.lower === 'of' && ownsPlaces(tokens[at - 1] as Token)) return {first: phrase.from, last: at - 1, form: 'noun', from: phrase.from}
  }
  let at = phrase.from - 1
  // (A list's last name follows "and" or "or", maybe within the phrase ("Wagholi and Viman Nagar"): after a comma
  // alone, the phrase opens a clause: "Speaking from the city of Mackay, Mr Hall said".)
  if (tokens[at]?.text === ',' && !tokens.slice(phrase.from, phrase.last).some((token) => token.lower === 'and' || token.lower === 'or')) return phrase
  // Back over the names before it in a list: ", Wagholi", "Kharadi and".
  for (let items = 1; items < listItems && at > floor && listSeparators.has(tokens[at]?.lower ?? ''); items++) {
    while (at > floor && listSeparators.has(tokens[at]?.lower ?? '')) at--
    if (!isCapitalized(tokens[at])) return phrase
    while (at > floor && isCapitalized(tokens[at - 1])) at--
    at--
  }
  if (tokens[at]?.lower !== 'of' || !ownsPlaces(tokens[at - 1])) return phrase
  const owner = nounPhraseEndingAt(frame, at - 1, floor)
  return owner && {...owner, form: 'noun'}
}

/**
 * A speaker noun that the places after its "of" belong to: in lower case ("the mayor of Springfield"), or a plural
 * ("Residents of …"). A capitalized singular is a title before a name ("Speaker of the House Mike Johnson").
 */
const ownsPlaces = (token: Token | undefined): boolean => !!token && ((STARTS_LOWER.test(token.text) && isRole(token)) || (token.lower.endsWith('s') && speakerNouns.has(token.lower)))

/** Most names a list before a speaker phrase holds, and what separates them. */
const listItems = 8
const listSeparators = new Set([',', 'and', 'or'])

/** A pronoun, a name or a speaker-noun phrase ending at token `last`. */
function nounPhraseEndingAt(frame: Frame, last: number, floor: number, depth = 0): SpeakerPhrase | undefined {
  const {tokens} = frame
  const token = tokens[last]
  if (!isWord(token) || frame.quoteAt[last] !== -1 || last < floor) return undefined
  if (pronounAt(tokens, last)) return {first: last, last, form: 'pronoun', from: last}
  if (isCapitalized(token)) {
    let first = last
    while (first - 1 >= floor && frame.quoteAt[first - 1] === -1) {
      const previous = tokens[first - 1] as Token
      if (isCapitalized(previous) || isClitic(previous) || previous.text === '-') first--
      else if (previous.kind === 'word' && connectors.has(previous.lower) && first - 2 >= floor && isCapitalized(tokens[first - 2])) first--
      else break
    }
    // "A leaked internal letter seen by Sky News says": the speaker is the letter.
    if (depth === 0 && tokens[first - 1]?.lower === 'by' && /(?:ed|en)$/.test(tokens[first - 2]?.lower ?? '')) {
      const letter = nounPhraseEndingAt(frame, first - 3, floor, depth + 1)
      if (letter) return letter
    }
    while (first < last && functionWords.has((tokens[first] as Token).text)) first++
    if (functionWords.has(token.text)) return undefined
    // Titles before a name are not the name: "Sen. Harold Brandt", "Foreign Minister X".
    let nameFirst = first
    while (nameFirst < last && isTitle(tokens[nameFirst] as Token)) nameFirst++
    let from = first
    if (tokens[first - 1]?.lower === 'the') from = first - 1
    return {first: nameFirst, last, form: 'name', from}
  }
  if (isRole(token)) {
    for (let index = last - 1; index >= floor && index >= last - 6; index--) {
      const previous = tokens[index] as Token
      if (frame.quoteAt[index] !== -1 || previous.kind !== 'word') break
      if (determiners.has(previous.lower)) return {first: index, last, form: 'noun', from: index}
      if (speechVerbs.has(previous.lower) || relatives.has(previous.lower) || stopAfterName.has(previous.lower)) break
      // "Italy's prime minister", "Microsoft’s spokesman": the owner's name in one token with its clitic.
      if (isCapitalized(previous) && /['’]s$/u.test(previous.text)) return {first: index, last, form: 'noun', from: index}
      if (isClitic(previous) && isCapitalized(tokens[index - 1])) {
        // "Cornyn 's statement", "PC World 's recent analysis"
        const owner = nounPhraseEndingAt(frame, index - 1, floor, depth + 1)
        if (owner) return {first: owner.from, last, form: 'noun', from: owner.from}
      }
    }
    // Without a determiner: "Scientology officials", "researchers".
    let first = last
    while (first - 1 >= floor && frame.quoteAt[first - 1] === -1 && isCapitalized(tokens[first - 1])) first--
    if (first < last && functionWords.has((tokens[first] as Token).text)) first++
    return {first, last, form: 'noun', from: first}
  }
  // "PC World's recent analysis of its own web traffic statistics": back over "of …".
  if (depth === 0) {
    for (let index = last - 1; index >= floor && index >= last - 6; index--) {
      const previous = tokens[index] as Token
      if (previous.kind !== 'word' || frame.quoteAt[index] !== -1) break
      if (previous.lower === 'of') {
        const head = nounPhraseEndingAt(frame, index - 1, floor, depth + 1)
        return head && head.form === 'noun' ? head : undefined
      }
    }
  }
  return undefined
}

/**
 * The speaker phrase that starts at token `start` (after an inverted cue: "said Ole
 * Hansen", "said the post by …", "according to the Royal College of Surgeons"): titles are
 * skipped, the phrase stops at a comma, a preposition or a relative pronoun; a role with a
 * name in apposition gives the name ("the Crown prosecutor, Mark Tedeschi, QC").
 *
 * @example
 * ```ts
 * const tokens = tokenize('said Sen. Harold Brandt, R-Kan.')
 * speakerAfter({tokens, quoteAt: new Int32Array(tokens.length).fill(-1)}, 1, tokens.length - 1) // {first: 2, last: 3, form: 'name', from: 1}
 * ```
 */
export function speakerAfter(frame: Frame, start: number, ceiling: number): SpeakerPhrase | undefined {
  const {tokens} = frame
  const first = tokens[start]
  if (!isWord(first) || frame.quoteAt[start] !== -1) return undefined
  if (pronounAt(tokens, start)) return {first: start, last: start, form: 'pronoun', from: start}
  let last = -1
  let nameFirst = -1
  let lastRole = -1
  for (let at = start; at <= ceiling && at <= start + 9; at++) {
    const token = tokens[at] as Token
    if (token.kind !== 'word' || frame.quoteAt[at] !== -1) break
    if (at === start && determiners.has(token.lower)) continue
    if (isRole(token)) lastRole = at
    // "Royal College of Surgeons" goes on over "of"; "Merle Jansen of the Alliance" stops.
    const joins = connectors.has(token.lower) && nameFirst >= 0 && isCapitalized(tokens[at + 1])
      && (token.lower === 'of' || token.lower === 'and' || token.lower === 'for' || token.lower === 'on' ? organizationHeads.has(tokens[at - 1]?.text ?? '') : true)
    if (!joins && stopAfterName.has(token.lower)) break
    if (nameFirst >= 0 && !isCapitalized(token) && !joins) {
      if (!isRole(token)) break
      nameFirst = -1 // "the Crown prosecutor": a role, not a name
    }
    if (isCapitalized(token) && nameFirst < 0 && !isClitic(token)) nameFirst = at
    last = at
  }
  if (last < 0) return undefined
  let nameStart = nameFirst
  while (nameStart >= 0 && nameStart < last && isTitle(tokens[nameStart] as Token) && isCapitalized(tokens[nameStart + 1])) nameStart++
  const head = tokens[last] as Token
  while (nameStart >= 0 && nameStart < last && functionWords.has((tokens[nameStart] as Token).text)) nameStart++
  if (isCapitalized(head) && nameStart >= 0) return functionWords.has(head.text) ? undefined : {first: nameStart, last, form: 'name', from: start}
  // "a study published on Wednesday": the phrase ends with its role noun.
  if (!isRole(head) && lastRole >= 0 && nameStart < 0) last = lastRole
  if (!isRole(tokens[last])) return undefined
  // "the Crown prosecutor, Mark Tedeschi, QC": the name in apposition.
  if (tokens[last + 1]?.text === ',') {
    const named = speakerAfter(frame, last + 2, ceiling)
    if (named && named.form === 'name') return named
  }
  return {first: start, last, form: 'noun', from: start}
}

/**
 * The subject of a sentence, read up to token `before`: after an opening phrase set off
 * by a comma ("During Prime Minister's Questions Wednesday, Sunak defended …"), the first
 * name, pronoun or speaker noun phrase.
 *
 * @example
 * ```ts
 * const tokens = tokenize('After the match, Sunak defended the record.')
 * sentenceSubject({tokens, quoteAt: new Int32Array(tokens.length).fill(-1)}, {first: 0, last: 8}, 8) // {first: 4, last: 4, form: 'name', from: 4}
 * ```
 */
export function sentenceSubject(frame: Frame, sentence: TokenRange, before: number): SpeakerPhrase | undefined {
  const {tokens} = frame
  let start = sentence.first
  const first = tokens[start]
  if (first && (prepositions.has(first.lower) || functionWords.has(first.text))) {
    let comma = start
    while (comma < before && tokens[comma]?.text !== ',' && frame.quoteAt[comma] === -1) comma++
    if (tokens[comma]?.text !== ',') return undefined
    start = comma + 1
  }
  return speakerAfter(frame, start, before - 1)
}

/**
 * Where the subject that ends with a speaker phrase starts: back over role words and
 * capitalized modifiers ("Environment Canada spokesperson Julie Hahn", "manager Gary
 * Pendleton"), to the sentence start or the word after a comma, "and" or "but".
 *
 * @example
 * ```ts
 * const tokens = tokenize('Environment Canada spokesperson Julie Hahn said they apply.')
 * subjectStart(tokens, {first: 3, last: 4, form: 'name', from: 3}, 0) // 0
 * ```
 */
export function subjectStart(tokens: readonly Token[], phrase: SpeakerPhrase, floor: number): number {
  let start = phrase.from
  for (let index = phrase.from - 1; index >= floor && index >= phrase.from - 12; index--) {
    const token = tokens[index] as Token
    if (token.kind !== 'word' && token.text !== '-') break
    if (token.lower === 'and' || token.lower === 'but' || functionWords.has(token.text)) break
    if (!(isCapitalized(token) || isRole(token) || determiners.has(token.lower) || connectors.has(token.lower) || isClitic(token) || token.text === '-')) return -1
    start = index
  }
  return start
}

/**
 * Whether a word may not open a reported clause (a preposition, a conjunction: "After tasting …, X said").
 *
 * @example
 * ```ts
 * opensNoClause(tokenize('After')[0]) // true
 * ```
 */
export const opensNoClause = (token: Token | undefined): boolean => !!token && prepositions.has(token.lower)

/**
 * Whether the words of a quotation look like a title or a name (`"The Crucible"`,
 * `"Save Our Riverfront"`): every word that is not a small word is capitalized.
 *
 * @example
 * ```ts
 * titleLike(tokenize('Rivers of Salt')) // true; titleLike(tokenize('a very violent gesture')) // false
 * ```
 */
export function titleLike(words: readonly Token[]): boolean {
  const content = words.filter((token) => token.kind === 'word' && !smallWords.has(token.lower))
  return content.length > 0 && content.every((token) => STARTS_UPPER_OR_DIGIT.test(token.text))
}
