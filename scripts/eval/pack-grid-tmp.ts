import {writeFileSync} from 'node:fs'
import {gzipSync} from 'node:zlib'
import {featurizeDocuments, packWeights, trainPerceptron, type Example} from '../../src/entities/names/training/index.js'
import {loadCorpus} from './lib/ner-corpus.js'
import {featureSet} from './lib/ner-features.js'
const copies: Record<string, number> = {gum: 2, wikigold: 2, re3d: 2, tweets: 1, sec: 1}
const featurize = featureSet('tagger+classes')
const examples: Example[] = []
for (const document of loadCorpus()) {
  if (document.heldOut) continue
  const own = featurizeDocuments([document], featurize)
  for (let c = 0; c < (copies[document.group] ?? 1); c++) examples.push(...own)
}
const weights = trainPerceptron(examples, {epochs: 8, seed: 20260101}, ({epoch, errors}) => process.stderr.write(`epoch ${epoch} ${errors}\n`))
for (const [prune, levels, zero] of [[4, 63, 1], [5, 63, 1], [6, 63, 1], [7, 63, 1], [5, 31, 1], [6, 31, 1], [5, 63, 2], [6, 63, 2]]) {
  const packed = {...packWeights(weights, {prune, levels, zeroBelow: zero}), features: 'tagger+classes'}
  const json = JSON.stringify(packed)
  writeFileSync(`/tmp/names-r2/final-p${prune}-l${levels}-z${zero}.json`, json)
  console.log(`prune ${prune} levels ${levels} zero ${zero}: ${packed.rows.length / 9} features, ${(gzipSync(json, {level: 9}).length / 1024).toFixed(1)} KB gz`)
}
