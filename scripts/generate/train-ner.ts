/**
 * Train the name tagger and write src/data/ner-model.ts, with the training core
 * (src/entities/names/training/: averaged structured perceptron, pruning, packing; the
 * levels entropy-coded for shipping by ./ner-model-source.ts).
 * Open data only (see NOTICE): WikiGold, re3d's open parts, GUM's CC BY records mapped to
 * names (scripts/eval/lib/gum-names.ts), the Broad Twitter Corpus, WNUT-17, SEC filings;
 * less the held-out documents of scripts/eval/ner-split.json. CoNLL-2003 is never read.
 * The settings are the ones cross-validation chose (docs/results-ner.md); each can be
 * changed for experiments. Deterministic: fixed data order, fixed seed.
 *
 * Run: `npm run train:ner` (env: NER_FEATURES, NER_COPIES "gum=2,wikigold=2,…",
 * NER_UPPER, NER_EPOCHS, NER_PRUNE, NER_LEVELS, NER_ZERO, NER_MASS).
 */
import {writeFileSync} from 'node:fs'
import {defaultFeatures, type TrainingDocument, trainModel} from '../../src/entities/names/training/index.js'
import {loadCorpus, withUpperCopies} from '../eval/lib/ner-corpus.js'
import {recordEntry, sha256} from './manifest.js'
import {nerModelSource} from './ner-model-source.js'
import {nerModelInputs} from './ner-sources.js'

/** Copies of each group in training (CV: GUM twice lifts news-like F1; see docs/results-ner.md). */
export const defaultCopies: Readonly<Record<string, number>> = {gum: 2, wikigold: 2, re3d: 2, tweets: 1, sec: 1}

const copies: Record<string, number> = {...defaultCopies}
for (const pair of (process.env.NER_COPIES ?? '').split(',').filter(Boolean)) {
  const [group, count] = pair.split('=')
  copies[group as string] = Number(count)
}
const upper = Number(process.env.NER_UPPER ?? 0)
const features = process.env.NER_FEATURES ?? defaultFeatures
const options = {
  features,
  epochs: Number(process.env.NER_EPOCHS ?? 8),
  prune: Number(process.env.NER_PRUNE ?? 4.5),
  levels: Number(process.env.NER_LEVELS ?? 21),
  zeroBelow: Number(process.env.NER_ZERO ?? 2),
  minMass: Number(process.env.NER_MASS ?? 3),
}

const documents: TrainingDocument[] = []
for (const document of loadCorpus()) {
  if (document.heldOut) continue
  const own = withUpperCopies(document, upper)
  for (let copy = 0; copy < (copies[document.group] ?? 1); copy++) documents.push(own)
}
const model = trainModel(documents, options, (progress) => {
  if (progress.stage === 'featurize') console.log(`training on ${progress.documents} documents, ${progress.sentences} sentences`)
  if (progress.stage === 'epoch') console.log(`epoch ${progress.epoch}: ${progress.errors} token errors`)
  if (progress.stage === 'pack') console.log(`kept ${progress.features} features`)
})
const source = nerModelSource(model)
writeFileSync(new URL('../../src/data/ner-model.ts', import.meta.url), source)
recordEntry('src/data/ner-model.ts', {
  generator: 'scripts/generate/train-ner.ts',
  command: 'npm run train:ner',
  inputs: nerModelInputs(),
  output: sha256(source),
})
