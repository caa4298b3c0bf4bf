/**
 * Score nutgraf's name finder and compromise side by side with conlleval rules (exact
 * span and type; precision, recall, F1 per type and overall for PER / ORG / LOC) on
 * the held-out documents of scripts/eval/ner-split.json (GUM Wikinews news, WikiGold every
 * fifth) and on CoNLL-2003 dev, the final check (never a source of rules or features;
 * its errors are not printed here).
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
import {capsSentences} from './lib/caps.js'
import {loadCorpus} from './lib/ner-corpus.js'
import {detokenize, type GoldDocument, hasEvalData, readConll} from './lib/ner-data.js'
import {countSpans, countTags, emptyScore, entitySpans, goldCharSpans, type Score, scoreRow} from './lib/ner-score.js'

function scoreTagger(documents: readonly GoldDocument[]): Score {
  const score = emptyScore()
  for (const document of documents) {
    const predicted = tagDocument(document.sentences.map((sentence) => sentence.words))
    document.sentences.forEach((sentence, index) => countTags(score, sentence.tags, predicted[index] ?? []))
  }
  return score
}

function scoreEndToEnd(documents: readonly GoldDocument[]): Score {
  const score = emptyScore()
  for (const document of documents) {
    const detokenized = detokenize(document)
    const text = capsEvery > 0 ? capsSentences(detokenized, capsEvery) : detokenized.text
    countSpans(score, goldCharSpans(document, detokenized), entitySpans(extractEntities(text)))
  }
  return score
}

interface CompromiseTerm {
  offset: {start: number; length: number}
}

function scoreCompromise(documents: readonly GoldDocument[]): Score {
  const score = emptyScore()
  for (const document of documents) {
    const detokenized = detokenize(document)
    const doc = nlp(detokenized.text)
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
    countSpans(score, goldCharSpans(document, detokenized), predicted)
  }
  return score
}

const heldOut = (group: string) => (): GoldDocument[] => loadCorpus().filter((document) => document.heldOut && document.group === group)
const sets: Array<[string, string, () => GoldDocument[]]> = [
  ['GUM news held-out (scripts/eval/ner-split.json)', 'gum/gum_entities.jsonl', heldOut('gum')],
  ['WikiGold held-out (every 5th doc)', 'wikigold/wikigold.conll.txt', heldOut('wikigold')],
  ['CoNLL-2003 dev (final check)', 'conll2003/dev.txt', () => readConll('conll2003/dev.txt')],
]
const only = process.env.NER_EVAL ?? ''
/** NER_CAPS=N: end to end on the text with its first sentence and every N-th in capitals (1: all). */
const capsEvery = Number(process.env.NER_CAPS ?? 0)
const onlySet = process.env.NER_SET ?? ''
for (const [name, file, load] of sets) {
  if (onlySet && !name.toLowerCase().includes(onlySet.toLowerCase())) continue
  if (!hasEvalData(file)) {
    console.log(`skipped ${name}: ../shared/eval/${file} is absent`)
    continue
  }
  const documents = load()
  const tokens = documents.reduce((sum, document) => sum + document.sentences.reduce((total, sentence) => total + sentence.words.length, 0), 0)
  console.log(`\n### ${name} (${documents.length} documents, ${tokens} tokens)\n`)
  console.log('| system | overall P R F1 | PER P R F1 | ORG P R F1 | LOC P R F1 |')
  console.log('|---|---|---|---|---|')
  console.log(scoreRow('nutgraf tagger alone (gold tokens)', scoreTagger(documents)))
  if (only === 'tagger') continue
  console.log(scoreRow('nutgraf extractEntities (text)', scoreEndToEnd(documents)))
  if (only === 'nutgraf') continue
  console.log(scoreRow('compromise 14 (text)', scoreCompromise(documents)))
}
