/**
 * Train the name tagger (averaged structured perceptron) and write src/data/ner-model.ts.
 * Open data only (see NOTICE): WikiGold (CC BY 4.0; every fifth document held out for
 * evaluation), re3d's public-domain / OGL / CC BY / reuse-with-acknowledgement parts,
 * GUM records whose text is CC BY (annotations CC BY 4.0), the Broad Twitter Corpus (CC BY 4.0), WNUT-17 (CC BY 4.0), SEC filings (CC BY 3.0).
 * CoNLL-2003 is never read here. Deterministic: fixed data order, fixed seed.
 *
 * Run: `npm run train:ner`.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {documentCues, featureBits, sentenceFeatureIds} from '../../src/entities/names/features.js'
import {viterbi} from '../../src/entities/names/decode.js'
import {levelAlphabet} from '../../src/data/packed-model.js'
import {riceCode} from '../../src/entities/names/model.js'
import {startState, tagCount, tags} from '../../src/entities/names/tags.js'
import {readGum} from '../eval/lib/gum.js'
import {recordEntry, sha256} from './manifest.js'
import {nerModelInputs, nerSources} from './ner-sources.js'
import {type GoldDocument, hasEvalData, isWikigoldHeldOut, readConll, seededRandom} from '../eval/lib/ner-data.js'

const epochs = Number(process.env.NER_EPOCHS ?? 8)
/** Keep a feature only if its largest averaged weight reaches this. */
const pruneBelow = Number(process.env.NER_PRUNE ?? 4)

/** GUM's CC BY records (news, interview, academic, court), named entities cut to names. */
const gumCopies = Number(process.env.NER_GUM ?? 0)

const selected = (process.env.NER_SOURCES ?? '').split(',').filter(Boolean)

function loadTraining(): GoldDocument[] {
  const documents: GoldDocument[] = []
  for (const [file, perDoc, copies] of nerSources) {
    if (selected.length > 0 && !selected.some((name) => file.includes(name))) continue
    if (!hasEvalData(file)) throw new Error(`training data missing: ../shared/eval/${file}`)
    let docs = readConll(file, perDoc)
    if (file.startsWith('wikigold')) docs = docs.filter((_, index) => !isWikigoldHeldOut(index))
    for (let copy = 0; copy < copies; copy++) documents.push(...docs)
  }
  if (selected.length === 0 || selected.includes('gum')) {
    const gum = readGum()
    for (let copy = 0; copy < gumCopies; copy++) documents.push(...gum)
  }
  return documents
}

interface Example {
  ids: Uint32Array[]
  gold: number[]
}

function featurize(documents: GoldDocument[]): Example[] {
  const examples: Example[] = []
  const tagIndex = new Map<string, number>(tags.map((tag, index) => [tag, index]))
  for (const document of documents) {
    const cues = documentCues(document.sentences.map((sentence) => sentence.words))
    for (const sentence of document.sentences) {
      const gold = sentence.tags.map((tag) => tagIndex.get(tag) ?? 0)
      examples.push({ids: sentenceFeatureIds(sentence.words, cues), gold})
    }
  }
  return examples
}

/** Add `delta` to `array[index]`. */
function bump(array: Float32Array | Float64Array, index: number, delta: number): void {
  array[index] = (array[index] ?? 0) + delta
}

function train(examples: Example[]): {weights: Float32Array; transitions: Float64Array} {
  const size = (1 << featureBits) * tagCount
  const weights = new Float32Array(size)
  const totals = new Float32Array(size)
  const transitionCount = (tagCount + 1) * tagCount
  const transitions = new Float64Array(transitionCount)
  const transitionTotals = new Float64Array(transitionCount)
  const random = seededRandom(20260101)
  const order = examples.map((_, index) => index)
  let step = 1
  const update = (ids: Uint32Array, tag: number, delta: number): void => {
    for (const id of ids) {
      bump(weights, id * tagCount + tag, delta)
      bump(totals, id * tagCount + tag, step * delta)
    }
  }
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let index = order.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1))
      ;[order[index], order[other]] = [order[other] as number, order[index] as number]
    }
    let errors = 0
    for (const exampleIndex of order) {
      const {ids, gold} = examples[exampleIndex] as Example
      const emissions = new Float64Array(gold.length * tagCount)
      ids.forEach((row, position) => {
        for (const id of row) {
          for (let tag = 0; tag < tagCount; tag++) bump(emissions, position * tagCount + tag, weights[id * tagCount + tag] as number)
        }
      })
      const predicted = viterbi(emissions, gold.length, transitions)
      let previousGold: number = startState
      let previousPredicted: number = startState
      for (let position = 0; position < gold.length; position++) {
        const want = gold[position] as number
        const got = predicted[position] as number
        if (want !== got) {
          errors++
          update(ids[position] as Uint32Array, want, 1)
          update(ids[position] as Uint32Array, got, -1)
        }
        if (want !== got || previousGold !== previousPredicted) {
          bump(transitions, previousGold * tagCount + want, 1)
          bump(transitionTotals, previousGold * tagCount + want, step)
          bump(transitions, previousPredicted * tagCount + got, -1)
          bump(transitionTotals, previousPredicted * tagCount + got, -step)
        }
        previousGold = want
        previousPredicted = got
      }
      step++
    }
    console.log(`epoch ${epoch + 1}: ${errors} token errors`)
  }
  for (let index = 0; index < size; index++) weights[index] = (weights[index] as number) - (totals[index] as number) / step
  for (let index = 0; index < transitionCount; index++) {
    transitions[index] = (transitions[index] as number) - (transitionTotals[index] as number) / step
  }
  return {weights, transitions}
}

/** Quantize to this many evenly spaced levels, symmetric around 0 (odd: 0 is a level). */
const levelCount = Number(process.env.NER_LEVELS ?? 63)

/** Weights of a kept feature smaller than this become 0 (gzip then finds long runs of zeros). */
const zeroBelow = Number(process.env.NER_ZERO ?? 1)

/** Evenly spaced levels from -largest to +largest weight (uniform steps keep the big weights exact enough). */
function uniformLevels(values: Float64Array): number[] {
  let largest = 0
  for (const value of values) largest = Math.max(largest, Math.abs(value))
  const half = (levelCount - 1) / 2
  return Array.from({length: levelCount}, (_, index) => Number((((index - half) / half) * largest).toPrecision(5)))
}

/** Index of the level nearest `value`. */
function nearest(levels: readonly number[], value: number): number {
  let best = 0
  for (let index = 1; index < levels.length; index++) {
    if (Math.abs((levels[index] as number) - value) < Math.abs((levels[best] as number) - value)) best = index
  }
  return best
}

function pack(weights: Float32Array, transitions: Float64Array): string {
  const kept: number[] = []
  for (let id = 0; id < 1 << featureBits; id++) {
    let max = 0
    for (let tag = 0; tag < tagCount; tag++) max = Math.max(max, Math.abs(weights[id * tagCount + tag] as number))
    if (max >= pruneBelow) kept.push(id)
  }
  const values = new Float64Array(kept.length * tagCount)
  kept.forEach((id, row) => {
    for (let tag = 0; tag < tagCount; tag++) {
      const weight = weights[id * tagCount + tag] as number
      values[row * tagCount + tag] = Math.abs(weight) < zeroBelow ? 0 : weight
    }
  })
  const levels = uniformLevels(values)
  if (levels.length > levelAlphabet.length) throw new Error(`at most ${levelAlphabet.length} levels`)
  // Column-major: every feature's score for tag 0, then for tag 1, … (gzip finds runs per tag).
  let rows = ''
  for (let tag = 0; tag < tagCount; tag++) {
    for (let row = 0; row < kept.length; row++) rows += levelAlphabet.charAt(nearest(levels, values[row * tagCount + tag] as number))
  }
  const meanGap = kept.length > 0 ? (kept[kept.length - 1] as number) / kept.length : 1
  const rice = Math.max(0, Math.round(Math.log2(meanGap * Math.LN2)))
  console.log(`kept ${kept.length} features, ${levels.length} levels, rice ${rice}`)
  const model = {
    bits: featureBits,
    rice,
    levels,
    transitions: [...transitions].map((value) => Number(value.toFixed(3))),
    ids: Buffer.from(riceCode(kept, rice)).toString('base64'),
    rows,
  }
  return `/**
 * Weights of the name tagger. GENERATED by scripts/generate/train-ner.ts (\`npm run train:ner\`)
 * from openly licensed data (see NOTICE); do not edit.
 *
 * @internal
 */
import type {PackedModel} from './packed-model.js'

/**
 * The packed perceptron weights (${kept.length} features, ${levels.length} levels).
 *
 * @example
 * \`\`\`ts
 * unpack(nerModel).rows.length / tagCount // ${kept.length}
 * \`\`\`
 */
export const nerModel: PackedModel = ${JSON.stringify(model)}
`
}

/** Train, or reuse the averaged weights cached at NER_WEIGHTS_CACHE (for trying packings). */
function trainedWeights(): {weights: Float32Array; transitions: Float64Array} {
  const cache = process.env.NER_WEIGHTS_CACHE
  if (cache && existsSync(cache)) {
    const bytes = readFileSync(cache)
    const transitionBytes = (tagCount + 1) * tagCount * 8
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)
    return {transitions: new Float64Array(copy, 0, transitionBytes / 8), weights: new Float32Array(copy, transitionBytes)}
  }
  const documents = loadTraining()
  const examples = featurize(documents)
  console.log(`training on ${documents.length} documents, ${examples.length} sentences (${tagCount} tags, start ${startState})`)
  const trained = train(examples)
  if (cache) writeFileSync(cache, Buffer.concat([Buffer.from(trained.transitions.buffer), Buffer.from(trained.weights.buffer)]))
  return trained
}

const {weights, transitions} = trainedWeights()
const packed = pack(weights, transitions)
writeFileSync(new URL('../../src/data/ner-model.ts', import.meta.url), packed)
recordEntry('src/data/ner-model.ts', {
  generator: 'scripts/generate/train-ner.ts',
  command: 'npm run train:ner',
  inputs: nerModelInputs(gumCopies),
  output: sha256(packed),
})
