/**
 * Cross-validation of the name tagger over the open training data (issue 11's held-out
 * discipline): the documents not held out (scripts/eval/ner-split.json) are split into
 * folds by document; each fold is tagged by a model trained on the other folds, packed
 * as it would ship. Features, rules and hyper-parameters are chosen on these figures.
 * With `--final`, one model trained on all of them scores the held-out documents (GUM
 * news, WikiGold every fifth): scores only, never their errors. CoNLL-2003 is not read.
 *
 * Run: `npx tsx scripts/eval/ner-cv.ts [options]` (nice it: it trains one model a fold)
 *   --folds 0,2          only these folds (default: all)
 *   --train gum,wikigold  groups trained on (default: all); scored groups are all
 *   --copies gum=2,wikigold=2,re3d=2   copies of each group in training
 *   --upper 0.1          add an upper-case copy of this fraction of training sentences
 *   --seed 20260101      the perceptron's shuffling seed (another seed: the noise of a figure)
 *   --epochs 8 --prune 4 --levels 63 --zero 1 --mass 3   (packing: see src/entities/names/training/pack.ts)
 *   --features NAME      a feature set of scripts/lib/ner-features.ts (default: the tagger's)
 *   --errors FILE        write the fold errors (CV documents only) to FILE
 *   --json FILE          write the scores as JSON
 *   --final              also score the held-out documents with a model trained on all
 *   --caps               also score the news-like CV documents written all in capitals
 *   --e2e                also score `extractEntities` (tagger + rules) on the news-like CV
 *                        documents as text, each fold with its own model
 *   --e2e-errors FILE    write the end-to-end errors (CV documents only) to FILE
 *   --also-prune 5,6     also pack each model with these pruning thresholds (or
 *                        prune:levels:zero[:mass], "5:31:2") and score it end to end (rows
 *                        "prune N …"; saved to DIR-pN with --save)
 *   --save DIR           write each fold's packed model to DIR/fold-N.json
 *   --caps-every N       with --e2e: also score the text with its first sentence and every
 *                        N-th after it in capitals (headlines, datelines; 1: all of it)
 *   --acronyms-per-fold  with --e2e: the known acronyms (scripts/generate/known-acronyms.ts) of
 *                        each fold built from the other folds only (of the held-out documents:
 *                        from every CV document), not the shipped list built from all of them;
 *                        --acronym-cut 2:0.6 sets the list's min count and min share,
 *                        --acronym-cut none empties it
 *   --load DIR           tag with the fold models of an earlier --save instead of training
 *                        (end-to-end scores only: for rules, which need no new model);
 *                        with --final, the held-out documents are tagged with DIR/final.json
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {viterbi} from '../../src/entities/names/decode.js'
import type {PackedModel} from '../../src/data/packed-model.js'
import {findEntities} from '../../src/entities/index.js'
import {addScores, type Model, unpack} from '../../src/entities/names/model.js'
import {tagCount, tags} from '../../src/entities/names/tags.js'
import {documentCounts, type Example, featurizeDocuments, packWeights, trainPerceptron} from '../../src/entities/names/training/index.js'
import {type CorpusDocument, loadCorpus, split, withUpperCopies} from './lib/ner-corpus.js'
import {featureSet} from './lib/ner-features.js'
import {knownAcronyms as knownAcronymsOf, defaultCut} from '../generate/known-acronyms.js'
import {knownAcronyms} from '../../src/entities/names/acronyms.js'
import {capsSentences} from './lib/caps.js'
import {detokenize, spansOf} from './lib/ner-data.js'
import {addScore, countSpans, countTags, emptyScore, entitySpans, goldCharSpans, type Score, scoreHeader, scoreRow} from './lib/ner-score.js'

const args = process.argv.slice(2)
const option = (name: string): string | undefined => {
  const at = args.indexOf(`--${name}`)
  return at >= 0 ? args[at + 1] : undefined
}
const flag = (name: string): boolean => args.includes(`--${name}`)
const numberOption = (name: string, fallback: number): number => Number(option(name) ?? fallback)

const folds = (option('folds') ?? '').split(',').filter(Boolean).map(Number)
const trainGroups = new Set((option('train') ?? '').split(',').filter(Boolean))
const copies: Record<string, number> = {gum: 2, wikigold: 2, re3d: 2, tweets: 1, sec: 1}
for (const pair of (option('copies') ?? '').split(',').filter(Boolean)) {
  const [group, count] = pair.split('=')
  copies[group as string] = Number(count)
}
const upper = numberOption('upper', 0)
const epochs = numberOption('epochs', 8)
const seed = numberOption('seed', 20260101)
const massOption = option('mass')
const pack = {prune: numberOption('prune', 4), levels: numberOption('levels', 63), zeroBelow: numberOption('zero', 1), ...(massOption ? {minMass: Number(massOption)} : {})}
const capsEvery = numberOption('caps-every', 0)
const alsoPrune = (option('also-prune') ?? '').split(',').filter(Boolean)
const featureName = option('features') ?? 'tagger'
const featurize = featureSet(featureName)

const started = process.cpuUsage()
const corpus = loadCorpus()
const trainable = (document: CorpusDocument): boolean => trainGroups.size === 0 || trainGroups.has(document.group)

/** Featurized sentences of a document as scored (its own sentences) and as trained on (with upper-case copies). */
const scoredExamples = new Map<CorpusDocument, Example[]>()
const trainingExamples = new Map<CorpusDocument, Example[]>()
const upperExamples = new Map<CorpusDocument, Example[]>()
const scoreCaps = flag('caps')
const upperCased = (document: CorpusDocument): CorpusDocument => ({
  ...document,
  sentences: document.sentences.map((sentence) => ({words: sentence.words.map((word) => word.toUpperCase()), tags: sentence.tags})),
})
const loadFrom = option('load')
for (const document of loadFrom ? [] : corpus) {
  const examples = featurizeDocuments([document], featurize)
  scoredExamples.set(document, examples)
  if (scoreCaps && !document.heldOut && document.group !== 'tweets' && document.group !== 'sec') {
    upperExamples.set(document, featurizeDocuments([upperCased(document)], featurize))
  }
  if (document.heldOut || !trainable(document)) continue
  trainingExamples.set(document, upper > 0 ? featurizeDocuments([withUpperCopies(document, upper)], featurize) : examples)
}

function trainOn(documents: readonly CorpusDocument[], fold: string): {model: Model; packed: PackedModel} {
  const examples: Example[] = []
  for (const document of documents) {
    const own = trainingExamples.get(document)
    if (!own) continue
    for (let copy = 0; copy < (copies[document.group] ?? 1); copy++) examples.push(...own)
  }
  const trained = trainPerceptron(examples, {epochs, seed}, ({epoch, errors}) =>
    process.stderr.write(`fold ${fold}: epoch ${epoch}/${epochs}, ${errors} token errors\n`),
  )
  const weights = {...trained, documents: documentCounts(documents.map((document) => trainingExamples.get(document) ?? []), trained.featureIds)}
  const packed = {...packWeights(weights, pack), features: featureName}
  process.stderr.write(`fold ${fold}: ${examples.length} sentences, ${packed.rows.length / tagCount} features kept\n`)
  // --also-prune: the same weights packed with other pruning thresholds (pruning is done at packing).
  for (const setting of alsoPrune) {
    const [prune, levels, zeroBelow, minMass] = setting.split(':').map(Number) as [number, number?, number?, number?]
    const other = {...packWeights(weights, {prune, levels: levels ?? pack.levels, zeroBelow: zeroBelow ?? pack.zeroBelow, ...(minMass === undefined ? {} : {minMass})}), features: featureName}
    const prefix = `prune ${setting} `
    if (saveTo) {
      mkdirSync(`${saveTo}-p${setting}`, {recursive: true})
      writeFileSync(`${saveTo}-p${setting}/${fold === 'final' ? 'final' : `fold-${fold}`}.json`, JSON.stringify(other))
    }
    if (flag('e2e')) {
      const scored = fold === 'final' ? corpus.filter((document) => document.heldOut) : cvDocuments.filter((document) => String(document.fold) === fold)
      scoreEndToEnd(other, scored, `${prefix}${fold === 'final' ? 'held-out' : 'cv'} e2e `)
    }
  }
  return {model: unpack(packed), packed}
}

/** `extractEntities` (tagger and rules) with the fold's model on the news-like documents as text. */
function scoreEndToEnd(packed: PackedModel, documents: readonly CorpusDocument[], prefix: string): void {
  for (const document of documents) {
    if (document.group === 'tweets' || document.group === 'sec') continue
    const detokenized = detokenize(document)
    const own = emptyScore()
    const gold = goldCharSpans(document, detokenized)
    const found = entitySpans(findEntities(detokenized.text, undefined, undefined, packed))
    countSpans(own, gold, found)
    if (option('e2e-errors') && capsEvery === 0) collectTextErrors(document, detokenized.text, gold, found)
    if (capsEvery > 0) {
      const caps = emptyScore()
      const text = capsSentences(detokenized, capsEvery)
      const foundInCaps = entitySpans(findEntities(text, undefined, undefined, packed))
      countSpans(caps, gold, foundInCaps)
      addScore(scoreOf(`${prefix}caps news-like`), caps)
      // With --caps-every, the errors written are those of the text in capitals.
      if (option('e2e-errors')) collectTextErrors(document, text, gold, foundInCaps)
    }
    addScore(scoreOf(`${prefix}${document.group}`), own)
    addScore(scoreOf(`${prefix}news-like`), own)
    if (prefix === 'cv e2e ') addScore(scoreOf(`${prefix}news-like fold ${document.fold}`), own)
  }
}

function tagExamples(model: Model, examples: readonly Example[]): string[][] {
  return examples.map(({ids}) => {
    const emissions = new Float64Array(ids.length * tagCount)
    ids.forEach((row, index) => addScores(model, row, emissions, index * tagCount))
    return viterbi(emissions, ids.length, model.transitions).map((tag) => tags[tag] as string)
  })
}

const scores = new Map<string, Score>()
const scoreOf = (key: string): Score => {
  let score = scores.get(key)
  if (!score) scores.set(key, (score = emptyScore()))
  return score
}
const errors: string[] = []
const textErrors: string[] = []

function scoreDocuments(model: Model, documents: readonly CorpusDocument[], prefix: string, keepErrors: boolean, from = scoredExamples): void {
  for (const document of documents) {
    if (!from.has(document)) continue
    const examples = from.get(document) ?? []
    const predicted = tagExamples(model, examples)
    const own = emptyScore()
    document.sentences.forEach((sentence, index) => countTags(own, sentence.tags, predicted[index] ?? []))
    addScore(scoreOf(`${prefix}${document.group}`), own)
    if (document.group !== 'tweets' && document.group !== 'sec') addScore(scoreOf(`${prefix}news-like`), own)
    addScore(scoreOf(`${prefix}all`), own)
    if (keepErrors) collectErrors(document, predicted)
  }
}

function collectErrors(document: CorpusDocument, predicted: readonly string[][]): void {
  const types = new Set(['PER', 'ORG', 'LOC', 'MISC'])
  document.sentences.forEach((sentence, index) => {
    const gold = spansOf(sentence.tags, types)
    const got = spansOf(predicted[index] ?? [], types)
    const wrong = [...gold].filter((span) => !got.has(span)).map((span) => `-${span}`)
    wrong.push(...[...got].filter((span) => !gold.has(span)).map((span) => `+${span}`))
    if (wrong.length === 0) return
    const text = sentence.words.map((word, at) => (sentence.tags[at] === 'O' ? word : `${word}/${sentence.tags[at]}`)).join(' ')
    errors.push(`${document.id} [${document.group}] ${wrong.join(' ')}\n  ${text}`)
  })
}

/** End-to-end errors of a document: `-TYPE@start:end text` missed, `+…` spurious, with the paragraph. */
function collectTextErrors(document: CorpusDocument, text: string, gold: ReadonlySet<string>, found: ReadonlySet<string>): void {
  const scored = /^(PER|ORG|LOC)@/
  const wrong = [
    ...[...gold].filter((span) => scored.test(span) && !found.has(span)).map((span) => ['-', span] as const),
    ...[...found].filter((span) => !gold.has(span)).map((span) => ['+', span] as const),
  ]
  for (const [sign, span] of wrong) {
    const [start, end] = span.slice(4).split(':').map(Number) as [number, number]
    const from = text.lastIndexOf('\n', start) + 1
    const to = text.indexOf('\n', end)
    const line = text.slice(from, to < 0 ? text.length : to)
    textErrors.push(`${document.id} [${document.group}] ${sign}${span.slice(0, 3)} ${JSON.stringify(text.slice(start, end))}\n  ${line.slice(0, start - from)}[[${text.slice(start, end)}]]${line.slice(end - from)}`)
  }
}

const cvDocuments = corpus.filter((document) => !document.heldOut)

/** --acronyms-per-fold: the rules read the known acronyms of these documents only. */
function useAcronymsOf(documents: readonly CorpusDocument[]): void {
  if (!flag('acronyms-per-fold')) return
  const cutOption = option('acronym-cut') ?? `${defaultCut.minCount}:${defaultCut.minShare}`
  const [minCount, minShare] = cutOption.split(':').map(Number) as [number, number]
  knownAcronyms.clear()
  if (cutOption === 'none') return
  for (const [key, type] of knownAcronymsOf(documents, {minCount, minShare})) knownAcronyms.set(key, type)
}
const saveTo = option('save')
if (saveTo) mkdirSync(saveTo, {recursive: true})
for (let fold = 0; fold < split.folds; fold++) {
  if (folds.length > 0 && !folds.includes(fold)) continue
  useAcronymsOf(cvDocuments.filter((document) => document.fold !== fold))
  if (loadFrom) {
    const packed = JSON.parse(readFileSync(`${loadFrom}/fold-${fold}.json`, 'utf8')) as PackedModel
    scoreEndToEnd(packed, cvDocuments.filter((document) => document.fold === fold), 'cv e2e ')
    continue
  }
  const {model, packed} = trainOn(
    cvDocuments.filter((document) => document.fold !== fold),
    String(fold),
  )
  if (saveTo) writeFileSync(`${saveTo}/fold-${fold}.json`, JSON.stringify(packed))
  if (flag('e2e')) scoreEndToEnd(packed, cvDocuments.filter((document) => document.fold === fold), 'cv e2e ')
  scoreDocuments(
    model,
    cvDocuments.filter((document) => document.fold === fold),
    'cv ',
    option('errors') !== undefined,
  )
  if (scoreCaps) scoreDocuments(model, cvDocuments.filter((document) => document.fold === fold), 'cv caps ', false, upperExamples)
}

useAcronymsOf(cvDocuments)
if (flag('final') && loadFrom) {
  const packed = JSON.parse(readFileSync(`${loadFrom}/final.json`, 'utf8')) as PackedModel
  scoreEndToEnd(packed, corpus.filter((document) => document.heldOut), 'held-out e2e ')
} else if (flag('final')) {
  const {model, packed} = trainOn(cvDocuments, 'final')
  if (saveTo) writeFileSync(`${saveTo}/final.json`, JSON.stringify(packed))
  if (flag('e2e')) scoreEndToEnd(packed, corpus.filter((document) => document.heldOut), 'held-out e2e ')
  scoreDocuments(
    model,
    corpus.filter((document) => document.heldOut),
    'held-out ',
    false,
  )
}

const settings = `folds ${folds.length > 0 ? folds.join(',') : 'all'} of ${split.folds}; train ${trainGroups.size > 0 ? [...trainGroups].join(',') : 'all'}; copies ${Object.entries(copies).map(([group, count]) => `${group}=${count}`).join(',')}; upper ${upper}; epochs ${epochs}${seed === 20260101 ? '' : `; seed ${seed}`}; prune ${pack.prune}; levels ${pack.levels}; zero ${pack.zeroBelow}; mass ${massOption ?? 'none'}; features ${option('features') ?? 'tagger'}`
console.log(`\n${settings}\n\n${scoreHeader}`)
const order = ['cv e2e caps news-like', 'held-out e2e caps news-like', 'cv e2e news-like', 'cv e2e gum', 'cv e2e wikigold', 'cv e2e re3d', 'cv caps news-like', 'cv news-like', 'cv gum', 'cv wikigold', 'cv re3d', 'cv tweets', 'cv sec', 'cv all', 'held-out gum', 'held-out wikigold', 'held-out e2e gum', 'held-out e2e wikigold']
const foldKeys = [...scores.keys()].filter((key) => key.startsWith('cv e2e news-like fold ')).sort()
for (const key of [...order, ...foldKeys, ...[...scores.keys()].filter((key) => key.startsWith('prune ')).sort()]) {
  const score = scores.get(key)
  if (score) console.log(scoreRow(key, score))
}
console.log(`\ncpu ${((process.cpuUsage(started).user + process.cpuUsage(started).system) / 1e6).toFixed(0)} s`)
const errorsFile = option('errors')
if (errorsFile) writeFileSync(errorsFile, errors.join('\n') + '\n')
const textErrorsFile = option('e2e-errors')
if (textErrorsFile) writeFileSync(textErrorsFile, textErrors.join('\n') + '\n')
const jsonFile = option('json')
if (jsonFile) writeFileSync(jsonFile, JSON.stringify({settings, scores: Object.fromEntries(scores)}, null, 1) + '\n')
