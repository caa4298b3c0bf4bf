/**
 * `nutgraf train`: read annotated files (CoNLL columns or JSONL with offsets), hold some
 * documents out, train the name tagger with the same core as `npm run train:ner`
 * (src/entities/names/training: averaged perceptron, pruning, packing), score the new
 * model and the built-in one on the held-out documents, and write the model as JSON.
 * Progress and the score go to stderr; only the model (with `-o -`) goes to stdout.
 *
 * @internal
 */
import {readFile, writeFile} from 'node:fs/promises'
import {tagDocument} from '../entities/names/tagger.js'
import {tags as tagNames} from '../entities/names/tags.js'
import {type ModelJson, tagIndices, trainModel} from '../entities/names/training/index.js'
import {decodeText} from './decode.js'
import {describeError} from './inputs.js'
import {entityKeys, scoreTags, type TypeScore} from './score.js'
import {emptyNotes, type LabeledDocument, type ReadNotes, readConll, readJsonlRecord, TrainDataError, tokenCount} from './train-data.js'
import type {TrainCommand, TrainFormat} from './train-args.js'

/** Where `nutgraf train` writes: stderr for progress and scores, stdout for `-o -`. */
export interface TrainStreams {
  out: (text: string) => Promise<void>
  err: (text: string) => void
}

/** A problem that stops training (a file unreadable or malformed, no entities): exit status 1. */
export class TrainError extends Error {}

const formatOf = (command: TrainCommand, name: string): TrainFormat => command.format ?? (name.endsWith('.jsonl') ? 'jsonl' : 'conll')

/** The documents of one file. */
async function readDocuments(name: string, format: TrainFormat, notes: ReadNotes): Promise<LabeledDocument[]> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(name)
  } catch (error) {
    throw new TrainError(`${name}: ${describeError(error)}`)
  }
  const decoded = decodeText(bytes)
  if ('error' in decoded) throw new TrainError(`${name}: ${decoded.error}`)
  try {
    if (format === 'conll') return readConll(decoded.text, name, notes)
    const documents: LabeledDocument[] = []
    decoded.text.split('\n').forEach((line, index) => {
      if (line.trim() !== '') documents.push(readJsonlRecord(line, `${name}:${index + 1}`, notes))
    })
    return documents
  } catch (error) {
    if (error instanceof TrainDataError) throw new TrainError(error.message)
    throw error
  }
}

const entityCount = (documents: readonly LabeledDocument[]): number =>
  documents.reduce((sum, document) => sum + document.sentences.reduce((count, sentence) => count + entityKeys(sentence.tags, 0).length, 0), 0)

const thousands = (value: number): string => value.toLocaleString('en-US')
const percent = (value: number): string => (100 * value).toFixed(1).padStart(5)
const seconds = (micros: number): string => `${(micros / 1e6).toFixed(1)} s`

/** Gold tags in IOB2 (an IOB1 `I-X` that opens an entity becomes `B-X`). */
const iob2 = (sentenceTags: readonly string[]): string[] => tagIndices(sentenceTags).map((index) => tagNames[index] as string)

/** Tag the held-out documents with a model (the built-in one when undefined), sentence by sentence in document order. */
function tagAll(documents: readonly LabeledDocument[], model: ModelJson | undefined): string[][] {
  return documents.flatMap((document) => tagDocument(document.sentences.map((sentence) => sentence.words), model))
}

/** The held-out score table: per type, the new model next to the built-in one. */
export function scoreTable(yours: readonly TypeScore[], builtIn: readonly TypeScore[]): string {
  const rows = [`${'type'.padEnd(5)} ${'gold'.padStart(6)}   your model P / R / F1    built-in P / R / F1`]
  for (const score of yours) {
    const other = builtIn.find((item) => item.type === score.type)
    const cells = (item: TypeScore | undefined) => (item ? `${percent(item.precision)} ${percent(item.recall)} ${percent(item.f1)}` : '    -     -     -')
    rows.push(`${score.type.padEnd(5)} ${String(score.gold).padStart(6)}   ${cells(score)}    ${cells(other)}`)
  }
  return rows.join('\n')
}

/** Run `nutgraf train`; returns the exit status (a {@link TrainError} is reported by the caller). */
export async function runTrain(command: TrainCommand, streams: TrainStreams): Promise<number> {
  const started = process.cpuUsage()
  const wallStart = Date.now()
  const notes = emptyNotes()
  const read = async (names: readonly string[]) => (await Promise.all(names.map((name) => readDocuments(name, formatOf(command, name), notes)))).flat()
  const documents = await read(command.inputs)
  let train = documents
  let heldOut: LabeledDocument[] = []
  if (command.heldOut.length > 0) heldOut = await read(command.heldOut)
  else if (command.heldOutEvery > 0) {
    const every = command.heldOutEvery
    train = documents.filter((_, index) => index % every !== every - 1)
    heldOut = documents.filter((_, index) => index % every === every - 1)
  }
  const ignored = [...notes.ignoredTypes].map(([type, count]) => `${type} ${thousands(count)}`).join(', ')
  if (ignored) streams.err(`types left out (not PER/ORG/LOC/MISC): ${ignored}\n`)
  if (notes.inexact > 0) streams.err(`${thousands(notes.inexact)} JSONL entities start or end inside a word: the whole words are tagged\n`)
  if (notes.overlapping > 0) streams.err(`${thousands(notes.overlapping)} JSONL entities overlap an earlier one: left out\n`)
  const trainEntities = entityCount(train)
  if (tokenCount(train) === 0) throw new TrainError('no training sentences in the input')
  if (trainEntities === 0) throw new TrainError('no PER, ORG, LOC or MISC entities to learn in the training documents')
  const split = command.heldOut.length > 0 ? `--held-out ${command.heldOut.join(', ')}` : command.heldOutEvery > 0 ? `every ${ordinal(command.heldOutEvery)} document` : 'none (--held-out-every 0)'
  streams.err(
    `training on ${thousands(train.length)} documents, ${thousands(tokenCount(train))} tokens, ${thousands(trainEntities)} entities; ` +
      `held out: ${thousands(heldOut.length)} documents, ${thousands(tokenCount(heldOut))} tokens (${split})\n`,
  )
  const model = trainModel(train, {epochs: command.epochs, prune: command.prune}, (progress) => {
    const cpu = seconds(process.cpuUsage(started).user)
    if (progress.stage === 'featurize') streams.err(`features made for ${thousands(progress.sentences)} sentences (CPU ${cpu})\n`)
    if (progress.stage === 'epoch') streams.err(`epoch ${progress.epoch}/${progress.epochs}: ${thousands(progress.errors)} tokens tagged wrong (CPU ${cpu})\n`)
    if (progress.stage === 'pack') {
      streams.err(`packed: ${thousands(progress.features)} features kept\n`)
      if (progress.features === 0) streams.err(`warning: no feature has a weight of ${command.prune} or more: the model knows no words (give more training data, or a lower --prune)\n`)
    }
  })
  const json = JSON.stringify(model)
  if (heldOut.length > 0 && tokenCount(heldOut) > 0) {
    const gold = heldOut.flatMap((document) => document.sentences.map((sentence) => iob2(sentence.tags)))
    streams.err(`held-out score (${thousands(heldOut.length)} documents; the tagger alone, an entity right only with its type and exact words):\n`)
    streams.err(scoreTable(scoreTags(gold, tagAll(heldOut, model)), scoreTags(gold, tagAll(heldOut, undefined))) + '\n')
  }
  if (command.output === '-') await streams.out(json + '\n')
  else {
    try {
      await writeFile(command.output, json + '\n')
    } catch (error) {
      throw new TrainError(`${command.output}: ${describeError(error)}`)
    }
  }
  const cpu = process.cpuUsage(started)
  const where = command.output === '-' ? 'stdout' : command.output
  streams.err(`wrote ${where} (${thousands(Math.round(json.length / 1024))} KB) in ${((Date.now() - wallStart) / 1000).toFixed(1)} s (CPU ${seconds(cpu.user + cpu.system)})\n`)
  return 0
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${n}${suffix}`
}
