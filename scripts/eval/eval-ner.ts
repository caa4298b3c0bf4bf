/**
 * Score nutgraf's name finder and compromise side by side with conlleval rules (exact
 * span and type; precision, recall, F1 per type and overall for PER / ORG / LOC) on
 * CoNLL-2003 dev and on the WikiGold documents held out from training.
 *
 * Three rows per data set:
 * - `nutgraf tagger alone`: the statistical tagger on the gold tokens, without nutgraf's
 *   rules (titles, demonyms, datelines, results tables, acronyms, consistency);
 * - `nutgraf e2e`: `extractEntities` on the detokenized document text, spans aligned
 *   back to gold character offsets (what users get);
 * - `compromise`: `.people()`, `.organizations()`, `.places()` on the same text.
 *
 * Run: `npm run eval:ner` (skips with a message when ../shared/eval is absent).
 */
import nlp from 'compromise'
import {extractEntities} from '../../src/entities/index.js'
import {tagDocument} from '../../src/entities/names/tagger.js'
import {type Detokenized, detokenize, type GoldDocument, hasEvalData, isWikigoldHeldOut, readConll, spansOf} from './lib/ner-data.js'

const types = ['PER', 'ORG', 'LOC'] as const
const typeSet: ReadonlySet<string> = new Set(types)

interface Counts {
  tp: number
  fp: number
  fn: number
}
type Score = Record<string, Counts>

const emptyScore = (): Score => Object.fromEntries(['ALL', ...types].map((type) => [type, {tp: 0, fp: 0, fn: 0}]))

function count(score: Score, gold: ReadonlySet<string>, predicted: ReadonlySet<string>): void {
  for (const span of predicted) {
    const type = span.slice(0, span.indexOf('@'))
    const hit = gold.has(span)
    for (const key of ['ALL', type]) (score[key] as Counts)[hit ? 'tp' : 'fp']++
  }
  for (const span of gold) {
    if (predicted.has(span)) continue
    const type = span.slice(0, span.indexOf('@'))
    for (const key of ['ALL', type]) (score[key] as Counts).fn++
  }
}

function charSpans(document: GoldDocument, detok: Detokenized): Set<string> {
  const spans = new Set<string>()
  document.sentences.forEach((sentence, index) => {
    for (const span of spansOf(sentence.tags, typeSet)) {
      const [type, range] = span.split('@') as [string, string]
      const [first, last] = range.split(':').map(Number) as [number, number]
      const offsets = detok.offsets[index] as Array<[number, number]>
      spans.add(`${type}@${(offsets[first] as [number, number])[0]}:${(offsets[last - 1] as [number, number])[1]}`)
    }
  })
  return spans
}

function scoreTagger(documents: GoldDocument[]): Score {
  const score = emptyScore()
  for (const document of documents) {
    const predicted = tagDocument(document.sentences.map((sentence) => sentence.words))
    document.sentences.forEach((sentence, index) => {
      const spans = spansOf(predicted[index] ?? [], typeSet)
      count(score, spansOf(sentence.tags, typeSet), spans)
    })
  }
  return score
}

function scoreEndToEnd(documents: GoldDocument[]): Score {
  const score = emptyScore()
  for (const document of documents) {
    const detok = detokenize(document)
    const found = extractEntities(detok.text)
    const predicted = new Set<string>()
    const add = (type: string, list: typeof found.people): void => {
      for (const entity of list) for (const mention of entity.mentions) predicted.add(`${type}@${mention.span.start}:${mention.span.end}`)
    }
    add('PER', found.people)
    add('ORG', found.organizations)
    add('LOC', found.places)
    count(score, charSpans(document, detok), predicted)
  }
  return score
}

interface CompromiseTerm {
  offset: {start: number; length: number}
}

function scoreCompromise(documents: GoldDocument[]): Score {
  const score = emptyScore()
  for (const document of documents) {
    const detok = detokenize(document)
    const doc = nlp(detok.text)
    const predicted = new Set<string>()
    const add = (type: string, view: {json: (options: object) => Array<{terms: CompromiseTerm[]}>}): void => {
      for (const match of view.json({offset: true, terms: {offset: true}})) {
        const first = match.terms[0]
        const last = match.terms[match.terms.length - 1]
        if (first && last) predicted.add(`${type}@${first.offset.start}:${last.offset.start + last.offset.length}`)
      }
    }
    add('PER', doc.people())
    add('ORG', doc.organizations())
    add('LOC', doc.places())
    count(score, charSpans(document, detok), predicted)
  }
  return score
}

const f = (value: number): string => value.toFixed(3)

function row(name: string, score: Score): string {
  const cells = ['ALL', ...types].map((type) => {
    const {tp, fp, fn} = score[type] as Counts
    const precision = tp + fp ? tp / (tp + fp) : 0
    const recall = tp + fn ? tp / (tp + fn) : 0
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
    return `${f(precision)} ${f(recall)} **${f(f1)}**`
  })
  return `| ${name} | ${cells.join(' | ')} |`
}

const sets: Array<[string, string, (documents: GoldDocument[]) => GoldDocument[]]> = [
  ['CoNLL-2003 dev', 'conll2003/dev.txt', (documents) => documents],
  ['WikiGold held-out (every 5th doc)', 'wikigold/wikigold.conll.txt', (documents) => documents.filter((_, index) => isWikigoldHeldOut(index))],
]
const only = process.env.NER_EVAL ?? ''
for (const [name, file, pick] of sets) {
  if (!hasEvalData(file)) {
    console.log(`skipped ${name}: ../shared/eval/${file} is absent`)
    continue
  }
  const documents = pick(readConll(file))
  const tokens = documents.reduce((sum, document) => sum + document.sentences.reduce((total, sentence) => total + sentence.words.length, 0), 0)
  console.log(`\n### ${name} (${documents.length} documents, ${tokens} tokens)\n`)
  console.log('| system | overall P R F1 | PER P R F1 | ORG P R F1 | LOC P R F1 |')
  console.log('|---|---|---|---|---|')
  console.log(row('nutgraf tagger alone (gold tokens)', scoreTagger(documents)))
  if (only === 'tagger') continue
  console.log(row('nutgraf extractEntities (text)', scoreEndToEnd(documents)))
  if (only === 'nutgraf') continue
  console.log(row('compromise 14 (text)', scoreCompromise(documents)))
}
