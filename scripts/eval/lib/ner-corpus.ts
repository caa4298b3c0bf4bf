/**
 * The open training data of the name tagger as one corpus of documents, each with its
 * source, its group, whether it is held out (scripts/eval/ner-split.json) and its
 * cross-validation fold. CoNLL-2003 is never read here.
 *
 * Groups: `gum` (GUM's CC BY records mapped to names, scripts/lib/gum-names.ts),
 * `wikigold`, `re3d` (government press releases), `tweets` (Broad Twitter Corpus,
 * WNUT-17), `sec` (SEC filings).
 */
import {readFileSync} from 'node:fs'
import {readGumNames} from './gum-names.js'
import {type GoldDocument, type GoldSentence, hasEvalData, readConll} from './ner-data.js'

/** A document of the corpus. */
export interface CorpusDocument extends GoldDocument {
  source: string
  group: string
  heldOut: boolean
  fold: number
}

interface Split {
  folds: number
  heldOut: {gum: {documents: string[]}; wikigold: {every: number}}
}

/** The committed held-out split. */
export const split = JSON.parse(readFileSync(new URL('../ner-split.json', import.meta.url), 'utf8')) as Split

/** FNV-1a, 32 bits. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** CoNLL-style sources: [file, group, sentences a document when the file has none]. */
export const conllSources: ReadonlyArray<[string, string, number]> = [
  ['wikigold/wikigold.conll.txt', 'wikigold', 1],
  ['open-ner/re3d/CENTCOM.conll', 're3d', 1],
  ['open-ner/re3d/US_State_Department.conll', 're3d', 1],
  ['open-ner/re3d/UK_Government.conll', 're3d', 1],
  ['open-ner/re3d/Australian_Department_of_Foreign_Affairs.conll', 're3d', 1],
  ['open-ner/re3d/Delegation_of_the_European_Union_to_Syria.conll', 're3d', 1],
  ['open-ner/btc/train.conll', 'tweets', 1],
  ['open-ner/wnut17/train.conll', 'tweets', 1],
  ['open-ner/sec_filings/train.no_role_terms.conll', 'sec', 1],
]

/** Every document of the open training data, held-out ones marked. */
export function loadCorpus(): CorpusDocument[] {
  const documents: CorpusDocument[] = []
  const heldOutGum = new Set(split.heldOut.gum.documents)
  for (const [file, group, perDoc] of conllSources) {
    if (!hasEvalData(file)) throw new Error(`training data missing: ../shared/eval/${file}`)
    readConll(file, perDoc).forEach((document, index) => {
      const heldOut = group === 'wikigold' && index % split.heldOut.wikigold.every === 0
      documents.push({...document, source: file, group, heldOut, fold: fnv1a(document.id) % split.folds})
    })
  }
  for (const document of readGumNames()) {
    documents.push({...document, source: 'gum', group: 'gum', heldOut: heldOutGum.has(document.id), fold: fnv1a(document.id) % split.folds})
  }
  return documents
}

/**
 * The document with an upper-case copy of some of its sentences added at the end: those
 * whose hash falls under `fraction` (deterministic). Headlines, datelines and tables in
 * capitals are what the copies teach.
 */
export function withUpperCopies(document: GoldDocument, fraction: number): GoldDocument {
  if (fraction <= 0) return document
  const copies: GoldSentence[] = []
  document.sentences.forEach((sentence, index) => {
    if (fnv1a(`${document.id}#${index}`) / 4294967296 >= fraction) return
    if (!sentence.words.some((word) => /\p{Ll}/u.test(word))) return
    copies.push({words: sentence.words.map((word) => word.toUpperCase()), tags: sentence.tags})
  })
  return copies.length === 0 ? document : {...document, sentences: [...document.sentences, ...copies]}
}
