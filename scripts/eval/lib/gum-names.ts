/**
 * GUM (../shared/eval/gum) mapped to CoNLL-style names, for training and held-out
 * evaluation. Only records whose text is CC BY (Wikinews news and interviews, academic,
 * court). GUM marks every mention as a whole noun phrase, nested ("English captain
 * Harry Kane", "Lee Cheuk-yan of the Labour Party", "the Kowloon West geographical
 * constituency" with "Kowloon" inside); its `named` flag only says the head is a proper
 * noun, so it is not used. Instead each person / place / organization mention (and each
 * named event, object, substance) is cut down to the proper name it contains, the way
 * CoNLL-2003 marks names:
 * - a name is a run of capitalized words, with lower-case connectors inside ("Bank of
 *   England", "Osama bin Laden"), never across punctuation or a possessive;
 * - it loses leading determiners, titles ("President"), nationality adjectives
 *   ("Swedish"), and sentence-initial common words (capitalized only because they open
 *   the sentence: a word the document also writes in lower case);
 * - a run followed inside the mention by a lower-case noun is a modifier ("Hong Kong
 *   residents"), not the mention's name; a run inside a nested mention belongs to it;
 * - a person is the last such run ("English captain Harry Kane" → "Harry Kane"); an
 *   organization or place the first; events, objects and substances (CoNLL's MISC) only
 *   when the whole mention is a name; a mention that holds mentions of its own type
 *   (a list, "Ann Chiang of DAB and Priscilla Leung of BPA") is left to them;
 * - national teams and countries named as organizations are places (CoNLL marks
 *   "Sweden beat Korea" as LOC): an organization whose Wikipedia identity is a national
 *   team, or whose name is a country and whose identity is no club;
 * - where names overlap, the longer wins ("Nizhny Novgorod Stadium" over "Nizhny
 *   Novgorod"), and of two mentions with the same name the innermost gives the type;
 * - nationality adjectives outside names are MISC, as in CoNLL and WikiGold.
 *
 * @internal
 */
import {readFileSync} from 'node:fs'
import {nationalities} from '../../../src/data/nationalities.js'
import {titleWords} from '../../../src/data/titles.js'
import {isAllCaps} from '../../../src/entities/names/features.js'
import {isMajorPlace} from '../../../src/entities/names/gazetteer.js'
import {evalPath, type GoldDocument} from './ner-data.js'

/** One GUM mention. */
export interface GumEntity {
  start: number
  end: number
  text: string
  etype: string
  identity: string | null
  named: boolean
}

/** One GUM record (a document). */
export interface GumRecord {
  doc_id: string
  genre: string
  split: string
  text_license: string
  text: string
  sentences: Array<[number, number]>
  entities: GumEntity[]
}

/** GUM file, relative to ../shared/eval. */
export const gumFile = 'gum/gum_entities.jsonl'

/** Is the record's text under a CC BY licence (not SA, not NC, not unstated)? */
export const isOpenGum = (licence: string): boolean => /^CC BY \d/.test(licence)

/** Words written in lower case in the given records. */
export function lowerCaseForms(records: readonly GumRecord[]): Set<string> {
  const forms = new Set<string>()
  for (const record of records) for (const match of record.text.matchAll(/(?<![\p{L}\p{N}'’-])\p{Ll}[\p{L}'’-]*/gu)) forms.add(match[0])
  return forms
}

/** The open GUM records as gold documents. */
export function readGumNames(): GoldDocument[] {
  const records = readOpenGum()
  const lower = lowerCaseForms(records)
  return records.map((record) => gumDocument(record, lower))
}

/** The open GUM records, in file order. */
export function readOpenGum(): GumRecord[] {
  const records: GumRecord[] = []
  for (const line of readFileSync(evalPath(gumFile), 'utf8').split('\n')) {
    if (!line.trim()) continue
    const record = JSON.parse(line) as GumRecord
    if (isOpenGum(record.text_license)) records.push(record)
  }
  return records
}

/** A word with its character span. */
interface Word {
  text: string
  start: number
  end: number
}

/** Words kept with their final full stop ("Mr.", "Inc.", "U.S."). */
const dottedWords = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Sgt', 'Adm', 'Gov', 'Sen', 'Rep', 'Rev', 'St',
  'Jr', 'Sr', 'Inc', 'Corp', 'Co', 'Ltd', 'Bros', 'Mt', 'Ft', 'No', 'vs', 'Jan', 'Feb', 'Mar', 'Apr', 'Aug', 'Sep',
  'Sept', 'Oct', 'Nov', 'Dec', 'etc', 'al',
])

/**
 * Tokenize a sentence of GUM text (already split at spaces, clitics apart: "Korea 's")
 * the way CoNLL does: punctuation off the ends of words, a final full stop kept on
 * abbreviations and initials.
 */
export function tokenizeGum(text: string, from: number, to: number): Word[] {
  const words: Word[] = []
  const piece = /\S+/g
  piece.lastIndex = from
  for (let match = piece.exec(text); match && match.index < to; match = piece.exec(text)) {
    let start = match.index
    let end = Math.min(match.index + match[0].length, to)
    const trailing: Word[] = []
    while (start < end && /^[("'“‘[{]$/u.test(text.charAt(start)) && !/^['’]s$/u.test(text.slice(start, end))) {
      words.push({text: text.charAt(start), start, end: start + 1})
      start++
    }
    while (end > start + 1 && /[)"'”’\]},;:!?.]/u.test(text.charAt(end - 1))) {
      const core = text.slice(start, end - 1)
      if (text.charAt(end - 1) === '.' && (dottedWords.has(core) || /^(?:\p{L}\.)+\p{L}$/u.test(core) || /^\p{Lu}$/u.test(core))) break
      if (/['’]/u.test(text.charAt(end - 1)) && /s$/i.test(core) && core.length > 1 && /\p{L}/u.test(core)) break
      trailing.unshift({text: text.charAt(end - 1), start: end - 1, end})
      end--
    }
    if (end > start) words.push({text: text.slice(start, end), start, end})
    words.push(...trailing)
  }
  return words
}

const connectors = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le', 'von', 'van', 'der', 'den', 'bin', 'ibn', 'al', 'da', 'di', 'del', 'y', '&', 'on', 'upon'])
const determiners = new Set(['the', 'The', 'a', 'A', 'an', 'An', 'THE'])
/** Sentence openers that never begin an organization's or place's name. */
const openers = new Set(['Other', 'Both', 'Many', 'Some', 'Several', 'Most', 'All', 'Each', 'Every', 'This', 'That', 'These', 'Those', 'Our', 'Their', 'His', 'Her', 'Its', 'My', 'Your', 'No', 'Two', 'Three', 'Four', 'Five'])
const pronouns = new Set(['I', 'He', 'She', 'We', 'They', 'It', 'You', 'Me', 'Us', 'Him', 'Her', 'Them', 'His', 'Our', 'Their', 'My', 'Your', 'Its'])
const misc = new Set(['event', 'object', 'substance', 'animal', 'plant'])
/** Words after a run that end a noun phrase's name part without making it a modifier. */
const followers = new Set(['of', 'from', 'at', 'in', 'on', 'and', 'or', 'who', 'which', 'that', 'with', 'for', 'to', 'by', 'as', 'said', 'says'])

const isCapitalized = (word: Word | undefined): boolean => !!word && /^[\p{Lu}]/u.test(word.text) && /\p{L}/u.test(word.text)
const isPossessive = (word: Word | undefined): boolean => !!word && /^['’]s?$/u.test(word.text)
const bare = (word: Word): string => word.text.replace(/\.$/, '')

/** Decode a GUM identity ("Kim_Min%2Dwoo_%28footballer%29") into words. */
function identityText(identity: string | null): string {
  if (!identity) return ''
  try {
    return decodeURIComponent(identity).replace(/_/g, ' ')
  } catch {
    return identity.replace(/_/g, ' ')
  }
}

const isNationalTeam = (identity: string): boolean => /\bnational\b.*\b(?:team|squad|side|XI)\b/i.test(identity)
const isClub = (identity: string): boolean => /\b(?:F\.?C\.?|A\.?F\.?C\.?|club|Club|team|CF|SC|United|City)\b/.test(identity)

interface Candidate {
  first: number
  last: number
  type: string
  /** Width of the mention it came from (innermost wins ties). */
  width: number
}

/**
 * Map one open GUM record to gold sentences. `corpusLowerForms`: words written in lower
 * case anywhere in the corpus (default: in this document), to tell a sentence-initial
 * common word from a name.
 */
export function gumDocument(record: GumRecord, corpusLowerForms?: ReadonlySet<string>): GoldDocument {
  const sentenceWords = record.sentences.map(([start, end]) => tokenizeGum(record.text, start, end))
  const words = sentenceWords.flat()
  const sentenceOf = new Int32Array(words.length)
  let position = 0
  sentenceWords.forEach((list, sentence) => {
    sentenceOf.fill(sentence, position, position + list.length)
    position += list.length
  })
  const sentenceStart = new Uint8Array(words.length)
  position = 0
  for (const list of sentenceWords) {
    if (list.length > 0) sentenceStart[position] = 1
    position += list.length
  }
  // A capital that opens a sentence (or follows an opening quote) tells nothing when the document writes the word in lower case too.
  const lowerForms = corpusLowerForms ?? new Set(words.filter((word) => /^\p{Ll}/u.test(word.text)).map((word) => word.text))
  const opensSentence = (index: number): boolean => sentenceStart[index] === 1 || (index > 0 && /^["'“‘(]$/u.test(words[index - 1]?.text ?? '') && sentenceStart[index - 1] === 1)
  const isCommonOpener = (index: number): boolean => {
    const word = words[index] as Word
    return (opensSentence(index) || /^\p{Lu}\p{Ll}*-\p{Ll}/u.test(word.text)) && lowerForms.has(word.text.toLowerCase())
  }

  const capsSentence = sentenceWords.map((list) => isAllCaps(list.map((word) => word.text)))
  // Mentions as word ranges.
  const mentions = record.entities
    .map((entity) => {
      let first = 0
      while (first < words.length && (words[first] as Word).end <= entity.start) first++
      let last = first
      while (last < words.length && (words[last] as Word).start < entity.end) last++
      return {entity, first, last}
    })
    .filter(({first, last}) => last > first && sentenceOf[first] === sentenceOf[last - 1])

  const candidates: Candidate[] = []
  for (const mention of mentions) {
    const {entity, first, last} = mention
    // In a line of capitals, capitals tell nothing: only mentions GUM marks as proper names.
    if (!entity.named && capsSentence[sentenceOf[first] as number]) continue
    const kind = entity.etype === 'person' ? 'PER' : entity.etype === 'organization' ? 'ORG' : entity.etype === 'place' ? 'LOC' : misc.has(entity.etype) ? 'MISC' : ''
    if (!kind) continue
    const nested = mentions.filter((other) => other !== mention && other.first >= first && other.last <= last && other.last - other.first < last - first)
    // A list of mentions of the same kind ("Ann Chiang of DAB and Priscilla Leung of BPA") is left to its members.
    const same = nested.filter((other) => other.entity.etype === entity.etype)
    const isList = (one: {last: number}, two: {first: number}): boolean =>
      one.last <= two.first && words.slice(one.last, two.first).some((word) => /^(?:and|or|,|&|;)$/.test(word.text))
    if (same.some((one) => same.some((two) => isList(one, two)))) continue
    // Runs of name words inside the mention.
    const runs: Array<[number, number]> = []
    let index = first
    while (index < last) {
      if (!isCapitalized(words[index])) {
        index++
        continue
      }
      let end = index + 1
      for (;;) {
        if (end < last && isCapitalized(words[end])) {
          end++
          continue
        }
        // Connectors between two capitalized words ("Bank of the West", "Osama bin Laden").
        let probe = end
        while (probe < last && connectors.has(words[probe]?.text ?? '')) probe++
        // A person's name stops where a nested mention begins ("Lee Cheuk-yan of the Labour Party").
        const startsNested = kind === 'PER' && nested.some((other) => other.first >= end && other.first <= probe)
        if (probe > end && probe < last && isCapitalized(words[probe]) && !startsNested) {
          end = probe + 1
          continue
        }
        break
      }
      runs.push([index, end])
      index = end
    }
    const names: Array<[number, number]> = []
    for (let [start, end] of runs) {
      const strip = (at: number): boolean => {
        const word = words[at] as Word
        if (determiners.has(word.text)) return true
        if (kind === 'PER' && nationalities.has(word.text) && at + 1 < end) return true
        if (kind === 'PER' && titleWords.has(bare(word))) return true
        return kind === 'PER' || end - start === 1 ? isCommonOpener(at) : openers.has(word.text) && at + 1 < end
      }
      while (start < end && (strip(start) || connectors.has(words[start]?.text ?? ''))) start++
      while (end > start && (connectors.has(words[end - 1]?.text ?? '') || /^\d/.test(words[end - 1]?.text ?? ''))) end--
      if (end <= start) continue
      if (kind === 'PER') {
        // Titles inside ("U.S. President Barack Obama"): the name follows the last one.
        let cut = start
        for (let at = start; at < end; at++) if (titleWords.has(bare(words[at] as Word)) && at + 1 < end) cut = at + 1
        start = cut
      }
      const single = end - start === 1 ? (words[start] as Word).text : ''
      if (nationalities.has(single) || pronouns.has(single) || openers.has(single)) continue
      // A lone sentence-initial word of a mention whose head is no proper noun ("Armies can not …").
      if (single && !entity.named && opensSentence(start)) continue
      // A plural demonym ("the Belgians") is no name.
      if (end - start === 1 && /s$/.test(words[start]?.text ?? '') && nationalities.has((words[start]?.text ?? '').slice(0, -1))) continue
      // A run inside a nested mention is that mention's; an organization or place may hold nested ones whole ("Nizhny Novgorod Stadium").
      const clash = nested.some((other) => other.first < end && start < other.last && (kind === 'PER' || other.first < start || other.last > end))
      if (clash) continue
      // A modifier: a lower-case noun follows inside the mention ("Hong Kong residents").
      const next = words[end]
      if (end < last && next && !isPossessive(next) && /^\p{Ll}/u.test(next.text) && !followers.has(next.text)) continue
      if (kind === 'MISC') {
        // Only a mention that is a name as a whole ("the Nobel Prize", "FIFA World Cup 2018").
        let from = first
        while (from < last && determiners.has(words[from]?.text ?? '')) from++
        let to = last
        while (to > from && (isPossessive(words[to - 1]) || /^(?:[,.;:]|\d+)$/.test(words[to - 1]?.text ?? ''))) to--
        if (start !== from || end !== to) continue
      }
      names.push([start, end])
    }
    if (names.length === 0) continue
    const [start, end] = (kind === 'PER' ? names[names.length - 1] : names[0]) as [number, number]
    let type = kind
    if (type === 'ORG') {
      const identity = identityText(entity.identity)
      const name = words.slice(start, end).map((word) => word.text).join(' ').toLowerCase()
      if (isNationalTeam(identity) || (isMajorPlace(name) && !isClub(identity))) type = 'LOC'
    }
    candidates.push({first: start, last: end, type, width: last - first})
  }
  // Same name from several mentions: the innermost gives the type; then longer names first.
  const byRange = new Map<string, Candidate>()
  for (const candidate of candidates) {
    const key = `${candidate.first}:${candidate.last}`
    const seen = byRange.get(key)
    if (!seen || candidate.width < seen.width) byRange.set(key, candidate)
  }
  const ordered = [...byRange.values()].sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first)
  const tags: string[] = words.map(() => 'O')
  for (const {first, last, type} of ordered) {
    if (tags.slice(first, last).some((tag) => tag !== 'O')) continue
    for (let index = first; index < last; index++) tags[index] = (index === first ? 'B-' : 'I-') + type
  }
  // A name with an untagged capitalized word beside it is part of a longer name GUM did not
  // mark as one ("World" of "football World Cup"): untag it rather than guess.
  const loose = (index: number): boolean => {
    const word = words[index]
    if (!word || tags[index] !== 'O' || !isCapitalized(word) || titleWords.has(bare(word))) return false
    return !determiners.has(word.text) && !nationalities.has(word.text) && !isCommonOpener(index) && !pronouns.has(word.text)
  }
  for (const {first, last} of ordered) {
    if (tags[first] !== 'B-' + (tags[first] ?? '').slice(2) || (tags[last - 1] ?? 'O') === 'O') continue
    let previous = first - 1
    while (previous > 0 && words[previous]?.text === 'the' && tags[previous] === 'O') previous--
    let next = last
    while (next < words.length - 1 && words[next]?.text === 'the' && tags[next] === 'O') next++
    const before = previous >= 0 && sentenceOf[previous] === sentenceOf[first] && loose(previous)
    const after = next < words.length && sentenceOf[next] === sentenceOf[first] && loose(next)
    if (before || after) tags.fill('O', first, last)
  }
  words.forEach((word, index) => {
    if (tags[index] === 'O' && nationalities.has(word.text)) tags[index] = 'B-MISC'
  })
  position = 0
  const sentences = sentenceWords.map((list) => {
    const sentence = {words: list.map((word) => word.text), tags: tags.slice(position, position + list.length)}
    position += list.length
    return sentence
  })
  return {id: record.doc_id, sentences: sentences.filter((sentence) => sentence.words.length > 0)}
}
