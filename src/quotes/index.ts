/**
 * `findQuotes`: who said what in an article's paragraphs. For each paragraph, in order:
 * pair its quotation marks (./marks), split it into the reporter's sentences with each
 * quotation whole (./sentences), keep the quotations and give each its kind and the
 * attribution its sentence makes (./classify, ./attribution), find reported speech
 * (./indirect); then give a quotation without an attribution the speaker of the running
 * quotation it continues or of the sentence before it, and resolve every speaker phrase
 * to an entity with what was read so far (./resolve).
 *
 * @module
 */
import {attributionAfter, sentenceAttribution} from './attribution.js'
import {classifyQuote} from './classify.js'
import {findReported} from './indirect.js'
import {openingFamily, pairMarks, type ParagraphEdges, type Quoted} from './marks.js'
import {lastAtOrBefore} from '../internal/search.js'
import {onFirstUse} from '../internal/on-first-use.js'
import {organizationsByHead} from './mention-kinds.js'
import {assignMentions, mentionsWithin, toSourceSpans, trimMarks, viewParagraph, type ParagraphView} from './paragraph-view.js'
import {isCapitalized, sentenceSubject, type Frame, type SpeakerPhrase} from './phrases.js'
import {organizationHeads} from '../data/org-words.js'
import {moreOrganizationHeads} from '../data/speech-cues.js'
import {organizationNouns, speakerNouns, writingNouns} from '../data/speech-cues.js'
import {fullestName, mentionIn, newDiscourse, observeOrganization, observeTitle, resolveWords, type Discourse, type LocalMention} from './resolve.js'
import {splitSentences, type SentenceRange, type TokenRange} from './sentences.js'
import {tokenize, type Token} from './tokens.js'
import {WordTexts} from '../internal/word-texts.js'
import type {QuoteEntities, QuoteParagraph} from './types.js'
import type {Quote, Span} from '../types.js'

export type {QuoteEntities, QuoteParagraph} from './types.js'
export type {Quote} from '../types.js'

/** Heads of noun phrases that name a person by their role ("the general secretary", "a spokesperson"). */
const personRoles: ReadonlySet<string> = new Set(
  [...speakerNouns].filter((word) => !organizationNouns.has(word) && !writingNouns.has(word)),
)

const isOrganizationHead = (word: string): boolean => organizationHeads.has(word) || moreOrganizationHeads.has(word)

/** A speaker phrase where it stands, resolved once and shared by the quotations it speaks. */
interface Speaker {
  view: ParagraphView
  frame: Frame
  phrase: SpeakerPhrase
  sentence: SentenceRange
  resolved: boolean
  name?: string
  /** The words naming the speaker, in paragraph offsets. */
  start: number
  end: number
  person: boolean
}

/** A quotation or reported clause found in a paragraph. */
interface Item {
  view: ParagraphView
  start: number
  end: number
  kind: Quote['kind']
  sentence: number
  alone: boolean
  quoted?: Quoted
  speaker?: Speaker
  cue?: CueSpan
}

/** A cue's words where they stand, in paragraph offsets (its paragraph's tokens are let go once it is read). */
interface CueSpan {
  view: ParagraphView
  start: number
  end: number
}

/** What one paragraph leaves to the next. */
interface Read {
  view: ParagraphView
  frame: Frame
  sentences: SentenceRange[]
  items: Item[]
  /** The items of each sentence, in order. */
  bySentence: Item[][]
  /** The paragraph ends inside a quotation that the next one may go on with. */
  endsOpen: boolean
}

/**
 * Find the quotations and reported speech of an article, with their speakers and cues.
 *
 * @param input - The article text the spans point into.
 * @param paragraphs - Body paragraphs and captions in reading order, as source pieces.
 * @param entities - The people, organizations and places found in the article (spans into `input`).
 * @returns The quotes in input order; every span is an offset into `input`.
 *
 * @example
 * ```ts
 * const input = '"We will win," Smith said.'
 * findQuotes(input, [{spans: [{start: 0, end: input.length}]}], {people: [], organizations: [], places: []})[0]?.speaker?.name
 * // 'Smith'
 * ```
 */
export function findQuotes(input: string, paragraphs: readonly QuoteParagraph[], entities: QuoteEntities): Quote[] {
  const words = new WordTexts()
  const views = paragraphs.map((paragraph) => viewParagraph(input, paragraph))
  assignMentions(views, entities)
  const named = organizationsByHead(views, isOrganizationHead, words)
  const names = (list: QuoteEntities['people']): string[] => list.map((entity) => trimMarks(entity.name)).filter(Boolean)
  const discourse = newDiscourse(names(entities.people), [...names(entities.organizations), ...named])
  const people = new Set(discourse.people)
  // Paragraphs are tokenized one at a time (and the next body paragraph ahead, for its
  // opening mark); a paragraph's items become quotes once it is read, so only the
  // paragraph read before keeps its tokens.
  let ahead: {view: ParagraphView; tokens: Token[]} | undefined
  const tokensOf = (view: ParagraphView): Token[] => {
    if (ahead?.view !== view) ahead = {view, tokens: tokenize(view.text, words)}
    return ahead.tokens
  }
  const quotes: Quote[] = []
  let previous: Read | undefined
  const interviewee = intervieweeOf(views)
  const labels = repeatedNameLabels(views)
  views.forEach((view, index) => {
    const tokens = tokensOf(view)
    let nextBody: ParagraphView | undefined
    for (let next = index + 1; next < views.length && !view.caption; next++) {
      if (!(views[next] as ParagraphView).caption) {
        nextBody = views[next]
        break
      }
    }
    const nextOpens = nextBody ? openingFamily(nextBody.text, tokensOf(nextBody)) : undefined
    const read = readParagraph(view, tokens, view.caption ? undefined : previous, nextOpens, discourse, people)
    // A turn holds the reported speech it tells of ("… they told me it could be a year"): it is the turn's words.
    const turn = read.items.every((item) => item.kind === 'indirect') ? transcriptTurn(input, view, discourse, interviewee, labels) : undefined
    for (const item of turn ? [] : read.items) {
      const quote = toQuote(input, item)
      if (quote) quotes.push(quote)
    }
    if (turn) quotes.push(turn)
    if (!view.caption) previous = read
  })
  return quotes.sort((a, b) => a.span.start - b.span.start)
}

function readParagraph(view: ParagraphView, tokens: Token[], previous: Read | undefined, nextOpens: ParagraphEdges['nextOpens'], discourse: Discourse, people: ReadonlySet<string>): Read {
  const quoted = pairMarks(view.text, tokens, {continuing: !!previous?.endsOpen, nextOpens})
  const ranges = quoted.map((found) => tokenRange(tokens, found))
  const quoteAt = new Int32Array(tokens.length).fill(-1)
  ranges.forEach((range, index) => quoteAt.fill(index, range.first, range.last + 1))
  const frame: Frame = {tokens, quoteAt}
  const sentences = splitSentences(tokens, ranges)
  const sentenceOf = sentenceIndex(sentences)
  const items: Item[] = []
  const accepted = new Int32Array(tokens.length).fill(-1)
  quoted.forEach((found, index) => {
    const range = ranges[index] as TokenRange
    const sentence = sentenceOf(range.first)
    const classified = classifyQuote(frame, view.text, found, range, sentences[sentence] as SentenceRange)
    if (!classified) return
    accepted.fill(index, range.first, range.last + 1)
    const item: Item = {view, start: found.start, end: found.end, kind: classified.kind, sentence, alone: classified.alone, quoted: found}
    const {cue} = classified.attribution ?? {}
    const speaker = classified.attribution?.speaker
      ?? (classified.kind === 'direct' ? colonSpeaker(view, frame, range, sentences[sentence] as SentenceRange) ?? creditSpeaker(view, frame, range, sentences[sentence] as SentenceRange) : undefined)
    if (speaker) item.speaker = makeSpeaker(view, frame, speaker, sentences[sentence] as SentenceRange)
    if (cue) item.cue = cueSpan(view, frame, cue)
    items.push(item)
  })
  const acceptedFrame: Frame = {tokens, quoteAt: accepted}
  sentences.forEach((sentence, index) => {
    for (const reported of findReported(acceptedFrame, sentence)) {
      const first = tokens[reported.clause.first] as Token
      const last = tokens[reported.clause.last] as Token
      items.push({
        view,
        start: first.start,
        end: last.end,
        kind: 'indirect',
        sentence: index,
        alone: false,
        speaker: makeSpeaker(view, frame, reported.speaker, sentence),
        cue: cueSpan(view, frame, reported.cue),
      })
    }
  })
  items.sort((a, b) => a.start - b.start)
  const bySentence: Item[][] = sentences.map(() => [])
  for (const item of items) bySentence[item.sentence]?.push(item)
  const read: Read = {view, frame, sentences, items, bySentence, endsOpen: false}
  inheritSpeakers(read, previous)
  resolveSpeakers(read, discourse, people)
  const lastQuoted = quoted[quoted.length - 1]
  read.endsOpen = !!lastQuoted && lastQuoted.close < 0 && lastQuoted.end >= view.text.trimEnd().length - 1
  return read
}

/**
 * `Sunak defended the record, promising a "formal update": "…"`: a quotation introduced by a
 * colon without a cue speaks for the first person (or organization) its sentence names.
 */
function colonSpeaker(view: ParagraphView, frame: Frame, range: TokenRange, sentence: SentenceRange): SpeakerPhrase | undefined {
  const {tokens} = frame
  if (tokens[range.first - 1]?.text !== ':') return undefined
  const from = (tokens[sentence.first] as Token).start
  const to = (tokens[range.first] as Token).start
  const inside = mentionsWithin(view, from, to).filter((mention) => mention.end <= to && !insideQuote(frame, mention))
  const mention = inside.find((candidate) => candidate.kind === 'person') ?? inside.find((candidate) => candidate.kind === 'organization')
  if (!mention) return sentenceSubject(frame, sentence, range.first - 1)
  let first = sentence.first
  while (first < range.first && (tokens[first] as Token).start < mention.start) first++
  let last = first
  while (last + 1 < range.first && (tokens[last + 1] as Token).end <= mention.end) last++
  return {first, last, form: 'name', from: first}
}

/**
 * `"The future is only peace." Shimon Peres`: a quotation followed by nothing but a
 * person's name (a caption, a pull quote's credit) is that person's.
 */
function creditSpeaker(view: ParagraphView, frame: Frame, range: TokenRange, sentence: SentenceRange): SpeakerPhrase | undefined {
  const {tokens} = frame
  void sentence
  const first = range.last + 1
  if (!isCapitalized(tokens[first]) || frame.quoteAt[first] !== -1) return undefined
  let last = first
  while (last + 1 < tokens.length && last < first + 6 && isCapitalized(tokens[last + 1])) last++
  const rest = tokens[last + 1]
  if (rest && !(/^(?:image|photo|picture|video)$/i.test(rest.text) || /^[.,:|]$/.test(rest.text))) return undefined
  const start = (tokens[first] as Token).start
  const end = (tokens[last] as Token).end
  return mentionsWithin(view, start, end).some((mention) => mention.kind === 'person' && mention.end <= end) ? {first, last, form: 'name', from: first} : undefined
}

/** The tokens a quotation spans, its marks included. */
function tokenRange(tokens: readonly Token[], quoted: Quoted): TokenRange {
  let first = quoted.open
  if (first < 0) {
    first = 0
    while (first < tokens.length - 1 && (tokens[first] as Token).end <= quoted.start) first++
  }
  let last = quoted.close
  if (last < 0) {
    last = first
    while (last + 1 < tokens.length && (tokens[last + 1] as Token).start < quoted.end) last++
  }
  return {first, last}
}

/** A cue's token range as paragraph offsets. */
function cueSpan(view: ParagraphView, frame: Frame, range: TokenRange): CueSpan {
  return {view, start: (frame.tokens[range.first] as Token).start, end: (frame.tokens[range.last] as Token).end}
}

function sentenceIndex(sentences: readonly SentenceRange[]): (token: number) => number {
  return (token) => {
    let low = 0
    let high = sentences.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((sentences[middle] as SentenceRange).first <= token) low = middle
      else high = middle - 1
    }
    return low
  }
}

function makeSpeaker(view: ParagraphView, frame: Frame, phrase: SpeakerPhrase, sentence: SentenceRange): Speaker {
  const {tokens} = frame
  return {
    view,
    frame,
    phrase,
    sentence,
    resolved: false,
    start: (tokens[phrase.form === 'noun' ? phrase.from : phrase.first] as Token).start,
    end: (tokens[phrase.last] as Token).end,
    person: false,
  }
}

/**
 * A quotation without an attribution of its own speaks with the voice of the running
 * quotation it continues, or of the attribution in the sentence (or paragraph) before it.
 */
function inheritSpeakers(read: Read, previous: Read | undefined): void {
  const {items, frame} = read
  const lastQuote = previous ? findLast(previous.items, (other) => other.kind !== 'indirect') : undefined
  items.forEach((item, index) => {
    if (item.kind === 'indirect' || item.speaker) return
    const quoted = item.quoted as Quoted
    const opensParagraph = item.start <= (frame.tokens[1]?.start ?? 0) + 1
    if ((quoted.open < 0 || (opensParagraph && index === 0)) && previous?.endsOpen && lastQuote?.speaker) {
      item.speaker = lastQuote.speaker
      if (lastQuote.cue) item.cue = lastQuote.cue
      return
    }
    if (!item.alone) return
    // The sentences before, in this paragraph, then the last of the paragraph before.
    const before: Array<{read: Read; sentence: number}> = []
    for (let sentence = item.sentence - 1; sentence >= 0 && before.length < 2; sentence--) before.push({read, sentence})
    if (before.length < 2 && previous && previous.sentences.length > 0) before.push({read: previous, sentence: previous.sentences.length - 1})
    for (const candidate of before) {
      const spoken = findLast(candidate.read.bySentence[candidate.sentence] ?? [], (other) => !!other.speaker && other !== item)
      if (spoken?.speaker) {
        item.speaker = spoken.speaker
        if (spoken.cue) item.cue = spoken.cue
        return
      }
      const range = candidate.read.sentences[candidate.sentence] as SentenceRange
      const attribution = sentenceAttribution(candidate.read.frame, range) ?? attributionAfter(candidate.read.frame, range, range)
      if (attribution?.speaker) {
        item.speaker = makeSpeaker(candidate.read.view, candidate.read.frame, attribution.speaker, range)
        if (attribution.cue) item.cue = cueSpan(candidate.read.view, candidate.read.frame, attribution.cue)
        return
      }
    }
  })
}

const findLast = <T>(list: readonly T[], test: (item: T) => boolean): T | undefined => {
  for (let index = list.length - 1; index >= 0; index--) if (test(list[index] as T)) return list[index]
  return undefined
}

/** Resolve each speaker phrase of the paragraph in reading order, and remember who was named. */
function resolveSpeakers(read: Read, discourse: Discourse, people: ReadonlySet<string>): void {
  const {view, frame, sentences, bySentence} = read
  const {tokens} = frame
  sentences.forEach((sentence, index) => {
    const from = (tokens[sentence.first] as Token).start
    const to = (tokens[sentence.last] as Token).end
    const outside = mentionsWithin(view, from, to).filter((mention) => mention.end <= to && !insideQuote(frame, mention))
    const speakers = (bySentence[index] ?? []).filter((item) => item.speaker).map((item) => item.speaker as Speaker)
    for (const speaker of speakers) {
      if (speaker.resolved) continue
      resolveSpeaker(speaker, outside, discourse, people)
    }
    for (const mention of outside) {
      if (mention.kind === 'person') observeTitle(discourse, mention.name, titleWordsAround(frame, mention, sentence, outside))
      if (mention.kind === 'organization') observeOrganization(discourse, mention.name)
    }
    observeOrganizationNames(view, frame, sentence, discourse)
    // The subject: the first person named, not as an owner ("Kinsella's wife" is not Kinsella).
    const firstPerson = outside.find((mention) => mention.kind === 'person' && !/^['’]s\b/.test(view.text.slice(mention.end, mention.end + 3).trimStart()))
    const personSpeaker = findLast(speakers, (speaker) => speaker.person && !!speaker.name)
    if (personSpeaker?.name) discourse.lastPerson = personSpeaker.name
    else if (firstPerson) discourse.lastPerson = firstPerson.name
    const organizationSpeaker = findLast(speakers, (speaker) => !speaker.person && !!speaker.name && discourse.organizationSet.has(speaker.name))
    if (organizationSpeaker?.name) observeOrganization(discourse, organizationSpeaker.name)
  })
}

/**
 * Capitalized names that no entity covers, remembered for "the embassy", "the company"
 * and "it": those ending like an organization's ("The Chinese Embassy"), and those a
 * spokesperson speaks for ("a spokesman for Harbor Point Development").
 */
function observeOrganizationNames(view: ParagraphView, frame: Frame, sentence: SentenceRange, discourse: Discourse): void {
  const {tokens, quoteAt} = frame
  for (let index = sentence.first; index <= sentence.last; index++) {
    const token = tokens[index] as Token
    if (spokesNouns.has(token.lower) && quoteAt[index] === -1) observeRepresented(view, tokens, index, sentence, discourse)
    if (quoteAt[index] !== -1 || !isOrganizationHead(token.text) || !isCapitalized(tokens[index - 1])) continue
    if (mentionsWithin(view, token.start - 200, token.end).some((mention) => mention.start <= token.start && mention.end >= token.end)) continue
    let first = index
    while (first - 1 >= sentence.first && first > index - 8 && isCapitalized(tokens[first - 1]) && (tokens[first - 1] as Token).text !== 'The') first--
    observeOrganization(discourse, view.text.slice((tokens[first] as Token).start, token.end))
  }
}

const spokesNouns: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'representative'])

/** "a spokesman for Harbor Point Development": the capitalized words after "for" / "at" / "of", when no person or place is there. */
function observeRepresented(view: ParagraphView, tokens: readonly Token[], index: number, sentence: SentenceRange, discourse: Discourse): void {
  const link = tokens[index + 1]
  if (!link || !['for', 'at', 'of'].includes(link.lower)) return
  let first = index + 2
  if (tokens[first]?.lower === 'the') first++
  let last = first - 1
  while (last + 1 <= sentence.last && last + 1 < first + 6 && isCapitalized(tokens[last + 1])) last++
  if (last < first) return
  const start = (tokens[first] as Token).start
  const end = (tokens[last] as Token).end
  const covering = mentionsWithin(view, start - 200, end).filter((mention) => mention.start < end && mention.end > start)
  if (covering.some((mention) => mention.kind !== 'organization')) return
  observeOrganization(discourse, covering[0]?.name ?? view.text.slice(start, end))
}

/** The index of the token that holds `offset` (the last starting at or before it). */
const tokenAt = (tokens: readonly Token[], offset: number): number => lastAtOrBefore(tokens.length, (index) => (tokens[index] as Token).start, offset)

function insideQuote(frame: Frame, mention: LocalMention): boolean {
  const {tokens, quoteAt} = frame
  for (let index = tokenAt(tokens, mention.start); index < tokens.length; index++) {
    const token = tokens[index] as Token
    if (token.start >= mention.end) break
    if (token.end > mention.start && quoteAt[index] !== -1) return true
  }
  return false
}

function resolveSpeaker(speaker: Speaker, mentions: readonly LocalMention[], discourse: Discourse, people: ReadonlySet<string>): void {
  const {phrase, frame, view} = speaker
  const {tokens} = frame
  speaker.resolved = true
  const phraseStart = (tokens[phrase.from] as Token).start
  const phraseEnd = (tokens[phrase.last] as Token).end
  const head = tokens[phrase.last] as Token
  // "the RMT's general secretary" is a person: the organization inside does not name them.
  const personRole = phrase.form === 'noun' && personRoles.has(head.lower)
  let mention = mentionIn(view.mentions, phraseStart, phraseEnd)
  // "Turkey's Defence Ministry" when only "Turkey" is an entity: the ministry speaks, not the country.
  if (mention && phrase.form === 'name' && mention.end < head.end && isOrganizationHead(head.text)) mention = undefined
  if (mention && !(personRole && mention.kind !== 'person')) {
    speaker.name = mention.kind === 'person' ? fullestName(discourse, mention.name) : mention.name
    speaker.person = mention.kind === 'person'
    if (mention.kind === 'person' && phrase.form === 'name') {
      speaker.start = mention.start
      speaker.end = Math.min(Math.max(mention.end, speaker.end), phraseEnd)
    } else if (phrase.form === 'name') speaker.start = phraseStart // "the Pentagon"
    return
  }
  const words = tokens.slice(phrase.from, phrase.last + 1).filter((token) => token.kind === 'word').map((token) => token.lower)
  const text = view.text.slice((tokens[phrase.first] as Token).start, phraseEnd)
  const before = mentions.filter((other) => other.kind === 'person' && other.end <= phraseStart).map((other) => other.name)
  // "PC World 's recent analysis", "Cornyn 's statement": the owner speaks.
  const clitic = personRole ? -1 : tokens.slice(phrase.from, phrase.last).findIndex((token) => /^['’]s$/.test(token.lower))
  const owner = clitic > 0 && phrase.form === 'noun' ? view.text.slice(phraseStart, (tokens[phrase.from + clitic - 1] as Token).end) : undefined
  const name = owner ? resolveWords(discourse, {words: [], text: owner, form: 'name'}, before) : resolveWords(discourse, {words, text, form: phrase.form}, before)
  if (!name) return
  speaker.name = name
  speaker.person = people.has(name) || (phrase.form === 'pronoun' && (words[0] === 'he' || words[0] === 'she')) || (phrase.form === 'noun' && personRoles.has(head.lower) && !owner)
  // A name that is no entity but ends like an organization's ("Turkey's Defence Ministry"): remember it for "the ministry".
  if (phrase.form === 'name' && isOrganizationHead(head.text)) observeOrganization(discourse, name)
}

/** Title words next to a person mention: "Finance Minister X", "the bank's governor, X", "X, the spokesperson,". */
function titleWordsAround(frame: Frame, mention: LocalMention, sentence: SentenceRange, mentions: readonly LocalMention[]): string[] {
  const {tokens} = frame
  const words: string[] = []
  // The words reach no further than the next mention on either side ("Judge Anne Rutherford told Hale": not Hale's title).
  const place = mentions.indexOf(mention)
  const floor = place > 0 ? (mentions[place - 1] as LocalMention).end : -1
  const ceiling = place >= 0 && place + 1 < mentions.length ? (mentions[place + 1] as LocalMention).start : Infinity
  if (mention.title) words.push(...mention.title.toLowerCase().split(/\s+/))
  let first = Math.max(sentence.first, tokenAt(tokens, mention.start))
  while (first <= sentence.last && (tokens[first] as Token).start < mention.start) first++
  let index = first - 1
  if (tokens[index]?.text === ',') index--
  for (let count = 0; index >= sentence.first && count < 5; index--, count++) {
    const token = tokens[index] as Token
    if (token.kind !== 'word' || token.start < floor) break
    words.push(token.lower.replace(/['’]s$/, ''))
  }
  let last = first
  while (last <= sentence.last && last < first + 12 && (tokens[last] as Token).end <= mention.end) last++
  if (tokens[last]?.text === ',') {
    for (let at = last + 1, count = 0; at <= sentence.last && count < 6; at++, count++) {
      const token = tokens[at] as Token
      if (token.kind !== 'word' || token.end > ceiling) break
      words.push(token.lower)
    }
  }
  return words
}

/**
 * The interviewee of an interview set as "Q: …" / "A: …" (two questions or more): the first person the body names
 * ("Vincent Clerc has run A.P. Moller-Maersk since 2023. He spoke to us …"); undefined for any other article.
 */
function intervieweeOf(views: readonly ParagraphView[]): LocalMention | undefined {
  if (views.filter((view) => /^Q:\s/u.test(view.text)).length < 2) return undefined
  for (const view of views) {
    const person = view.caption ? undefined : view.mentions.find((found) => found.kind === 'person')
    if (person) return person
  }
  return undefined
}

/**
 * A speaker's label before a turn of a transcript: in capitals ("MR MILLER: ", "SECRETARY BLINKEN: ") or an
 * interview's "A: " (group 1; not over more capitals: "MC CAIN: THE LAST …" is a headline), or a name in title case
 * ("Henning: ", group 2).
 */
const TURN_LABEL = onFirstUse(() => RegExp(String.raw`^(?:(A|\p{Lu}[\p{Lu}.'’ -]{1,40}):\s+(?!\p{Lu}{2})|(\p{Lu}\p{Ll}[\p{L}'’-]{0,30}(?: \p{Lu}\p{Ll}[\p{L}'’-]{0,30}){0,2}):\s+)(?=\S)`, 'u'))

/**
 * The labels in title case that open two paragraphs or more ("Henning: Around two in the morning." … "Henning: I'm
 * 63."): an interview's turns. Once, such a label is any paragraph's lead-in ("Update: …", "Nelson: a city …").
 */
function repeatedNameLabels(views: readonly ParagraphView[]): Set<string> {
  const seen = new Set<string>()
  const repeated = new Set<string>()
  for (const view of views) {
    const label = TURN_LABEL().exec(view.text)?.[2]
    if (label && seen.has(label)) repeated.add(label)
    if (label) seen.add(label)
  }
  return repeated
}

/**
 * A turn of a transcript (a briefing, an interview) is a direct quote of the person its label names ("MR MILLER: There
 * is no date set."), when the entity finder read the label as a person: a dateline in capitals ("ISLAMABAD: …") or a
 * "QUESTION:" names none. An interview's answer ("A: No. Rates are falling …") is the interviewee's; a name in title
 * case is a turn's label when it opens two paragraphs or more, and may be a word of a person's name of the article
 * ("Henning" of "Dale Henning"). A paragraph with quotations of its own is left to them.
 */
function transcriptTurn(input: string, view: ParagraphView, discourse: Discourse, interviewee: LocalMention | undefined, labels: ReadonlySet<string>): Quote | undefined {
  const found = TURN_LABEL().exec(view.text)
  const label = found?.[1] ?? (labels.has(found?.[2] as string) ? found?.[2] : undefined)
  if (!found || !label) return undefined
  const end = label.length
  const mention = label === 'A' ? interviewee : view.mentions.find((item) => item.kind === 'person' && item.start < end && item.end === end)
  const name = mention?.name ?? (found[2] && (discourse.peopleByWord.get(label) ?? []).some((person) => person === label || person.endsWith(` ${label}`)) ? label : undefined)
  if (!name) return undefined
  const spans = toSourceSpans(view, found[0].length, view.text.length)
  const speaker = sourceSpan(view, 0, end)
  const first = spans[0]
  const last = spans.at(-1)
  if (!first || !last || !speaker) return undefined
  return {text: view.text.slice(found[0].length), span: {start: first.start, end: last.end}, spans, kind: 'direct', speaker: {text: input.slice(speaker.start, speaker.end), span: speaker, name: fullestName(discourse, name)}}
}

function toQuote(input: string, item: Item): Quote | undefined {
  const {view} = item
  const spans = toSourceSpans(view, item.start, item.end)
  const first = spans[0]
  const last = spans[spans.length - 1]
  if (!first || !last) return undefined
  const quote: Quote = {text: view.text.slice(item.start, item.end), span: {start: first.start, end: last.end}, spans, kind: item.kind}
  const speaker = item.speaker
  if (speaker) {
    const span = sourceSpan(speaker.view, speaker.start, speaker.end)
    if (span) quote.speaker = {text: input.slice(span.start, span.end), span, ...(speaker.name ? {name: speaker.name} : {})}
  }
  if (item.cue) {
    const span = sourceSpan(item.cue.view, item.cue.start, item.cue.end)
    if (span) quote.cue = {text: input.slice(span.start, span.end), span}
  }
  return quote
}

function sourceSpan(view: ParagraphView, start: number, end: number): Span | undefined {
  const spans = toSourceSpans(view, start, end)
  const first = spans[0]
  const last = spans[spans.length - 1]
  return first && last ? {start: first.start, end: last.end} : undefined
}
