/**
 * GUM (../shared/eval/gum) as CoNLL-style gold for training: only records whose text
 * licence is CC BY (news, interview, academic, court), only `named` person / place /
 * organization entities, cut down to the proper name the way CoNLL marks it:
 * a person is the run of capitalized words at the end of its noun phrase ("U.S.
 * President Donald Trump" → "Donald Trump"); an organization or place loses a leading
 * "the" and a trailing "'s" and is dropped when a common noun or a clause follows
 * ("U.S. officials", "… Hall in Washington"). Overlaps keep the longer span.
 */
import {readFileSync} from 'node:fs'
import {titleWords} from '../../../src/data/titles.js'
import {evalPath, type GoldDocument} from './ner-data.js'

interface GumEntity {
  start: number
  end: number
  etype: string
  named: boolean
}
interface GumRecord {
  doc_id: string
  text_license: string
  text: string
  sentences: Array<[number, number]>
  entities: GumEntity[]
}

const types: Record<string, string> = {person: 'PER', place: 'LOC', organization: 'ORG'}
const connectors = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'du', 'von', 'van', 'der', 'on', '&', 'al'])
const particles = new Set(['van', 'von', 'de', 'der', 'da', 'di', 'le', 'la', 'al', 'bin', 'ibn'])
const tokenPattern = /[\p{L}\p{N}]+(?:[.'’&-][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu

/** Is the record's text under a CC BY licence (not SA, not NC)? */
export const isOpenGum = (licence: string): boolean => /^CC BY \d/.test(licence)

/** Read the open GUM records as documents of gold sentences. */
export function readGum(): GoldDocument[] {
  const documents: GoldDocument[] = []
  for (const line of readFileSync(evalPath('gum/gum_entities.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue
    const record = JSON.parse(line) as GumRecord
    if (!isOpenGum(record.text_license)) continue
    documents.push(convert(record))
  }
  return documents
}

interface Word {
  text: string
  start: number
  end: number
}

function tokenize(text: string, from: number, to: number): Word[] {
  const words: Word[] = []
  for (const match of text.slice(from, to).matchAll(tokenPattern)) {
    let value = match[0]
    const start = from + (match.index ?? 0)
    if (value.length > 2 && value.endsWith('.') && !value.slice(0, -1).includes('.')) {
      words.push({text: value.slice(0, -1), start, end: start + value.length - 1})
      value = '.'
      words.push({text: value, start: start + match[0].length - 1, end: start + match[0].length})
      continue
    }
    const possessive = /['’]s$/.exec(value)
    if (possessive && possessive.index > 0) {
      words.push({text: value.slice(0, possessive.index), start, end: start + possessive.index})
      words.push({text: value.slice(possessive.index), start: start + possessive.index, end: start + value.length})
      continue
    }
    words.push({text: value, start, end: start + value.length})
  }
  return words
}

const capitalized = (word: Word | undefined): boolean => !!word && /^\p{Lu}/u.test(word.text)

/** Cut an entity's word range [first, last) down to its name, or undefined to drop it. */
function nameRange(words: readonly Word[], first: number, last: number, type: string): [number, number] | undefined {
  while (last > first && /^(?:['’]s?|[.,])$/.test(words[last - 1]?.text ?? '')) last--
  if (type === 'PER') {
    let start = last
    while (start > first) {
      const word = words[start - 1]
      const bare = word?.text.replace(/\.$/, '') ?? ''
      if (capitalized(word) && !titleWords.has(bare)) start--
      else if (word && particles.has(word.text) && start < last) start--
      else break
    }
    while (start < last && !capitalized(words[start])) start++
    if (start >= last) return undefined
    if (last - start === 1 && /(?:ans|is|ims|ese|ists)$/.test(words[start]?.text ?? '')) return undefined
    return [start, last]
  }
  while (first < last && !capitalized(words[first]) && !/^\d/.test(words[first]?.text ?? '')) first++
  if (first >= last) return undefined
  for (let index = first; index < last; index++) {
    const word = words[index] as Word
    if (!capitalized(word) && !/^\d/.test(word.text) && !connectors.has(word.text) && !/^[-.&]$/.test(word.text)) return undefined
  }
  return [first, last]
}

function convert(record: GumRecord): GoldDocument {
  const sentences = record.sentences.map(([start, end]) => tokenize(record.text, start, end))
  const allWords = sentences.flat()
  const tagsBy = new Map<Word, string>()
  const candidates: Array<{first: number; last: number; type: string}> = []
  for (const entity of record.entities) {
    const type = types[entity.etype]
    if (!entity.named || !type) continue
    const first = allWords.findIndex((word) => word.start >= entity.start && word.end <= entity.end)
    if (first < 0) continue
    let last = first
    while (last < allWords.length && (allWords[last] as Word).end <= entity.end) last++
    const range = nameRange(allWords, first, last, type)
    if (range) candidates.push({first: range[0], last: range[1], type})
  }
  candidates.sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first)
  const taken = new Uint8Array(allWords.length)
  for (const {first, last, type} of candidates) {
    if (taken.subarray(first, last).some(Boolean)) continue
    taken.fill(1, first, last)
    for (let index = first; index < last; index++) tagsBy.set(allWords[index] as Word, (index === first ? 'B-' : 'I-') + type)
  }
  return {
    id: record.doc_id,
    sentences: sentences
      .filter((words) => words.length > 0)
      .map((words) => ({words: words.map((word) => word.text), tags: words.map((word) => tagsBy.get(word) ?? 'O')})),
  }
}
