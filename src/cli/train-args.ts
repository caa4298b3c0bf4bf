/**
 * Command-line arguments of `nutgraf train`: parsed and checked before any file is read.
 *
 * @internal
 */
import {parseOptions, UsageError, wholeNumberOption} from './args.js'

/** The formats of training data. */
export type TrainFormat = 'conll' | 'jsonl'

/** What `nutgraf train` was asked to do. */
export interface TrainCommand {
  kind: 'train'
  inputs: string[]
  /** Set by `--format`; otherwise by each file's extension (`.jsonl` → jsonl, else conll). */
  format?: TrainFormat
  output: string
  /** Files scored after training (not trained on). */
  heldOut: string[]
  /** Without `heldOut`: every Nth document of the inputs is held out (0: none). */
  heldOutEvery: number
  epochs: number
  /** Keep a feature only if its largest averaged weight reaches this (4, as the built-in model). */
  prune: number
}

/** What `nutgraf train` was asked to do, or its help. */
export type TrainRequest = {kind: 'train-help'} | TrainCommand

/** Default of `--held-out-every`: the 10th, 20th, … document is held out. */
export const defaultHeldOutEvery = 10

export const trainUsage = `usage: nutgraf train [options] FILE… -o model.json

Train the name tagger on your own annotated text (the same averaged perceptron and
packing as nutgraf's built-in model) and write the model as JSON; use it with
parseArticle(text, {model}) / extractEntities(text, {model}) or nutgraf --model.
Progress and a held-out score (the tagger alone, entity-level P/R/F1 per type, next
to the built-in model's on the same documents) go to stderr.

options:
  -f, --format conll|jsonl   conll: a token a line, its IOB2 (or IOB1/IOBES) tag in
                             the last column, a blank line between sentences,
                             -DOCSTART- between documents
                             jsonl: {"text": "…", "entities": [{"start", "end",
                             "type"}]} a line, offsets in UTF-16 code units
                             default: jsonl for *.jsonl files, conll otherwise
                             types: PER, ORG, LOC, MISC (PERSON, ORGANIZATION, GPE,
                             LOCATION, PLACE too); other types count as outside
  -o, --output FILE          where the model goes (- for stdout)
      --held-out FILE        score on this file, not trained on (repeatable)
      --held-out-every N     without --held-out: hold out every Nth document of the
                             input (default ${defaultHeldOutEvery}; 0: train on all, no score)
      --epochs N             passes over the data (default 8)
      --prune W              keep a feature only if one of its weights reaches W
                             (default 4, as the built-in model; lower it for a
                             very small training set)
  -h, --help                 this help

exit status: 0 model written, 1 a file could not be read or is malformed, 2 usage error`

function pruneOf(value: string | undefined): number {
  if (value === undefined) return 4
  if (!/^\d{1,6}(?:\.\d{1,6})?$/.test(value.trim())) throw new UsageError(`--prune ${JSON.stringify(value)}: give a number from 0, such as 4 or 0.5`)
  return Number(value)
}

/** Parse the arguments after `train`. */
export function parseTrainCommand(argv: string[]): TrainRequest {
  const {values, positionals} = parseOptions(
    argv,
    {
      format: {type: 'string', short: 'f'},
      output: {type: 'string', short: 'o'},
      'held-out': {type: 'string', multiple: true},
      'held-out-every': {type: 'string'},
      epochs: {type: 'string'},
      prune: {type: 'string'},
      help: {type: 'boolean', short: 'h'},
    },
    'train: ',
  )
  if (values.help) return {kind: 'train-help'}
  const format = values.format
  if (format !== undefined && format !== 'conll' && format !== 'jsonl') throw new UsageError(`train: unknown --format ${JSON.stringify(format)}: use conll or jsonl`)
  if (positionals.length === 0) throw new UsageError('train: no training data: give one or more FILEs')
  if (values.output === undefined || values.output === '') throw new UsageError('train: no --output: give -o model.json (or -o - for stdout)')
  const heldOut = values['held-out'] ?? []
  if (heldOut.length > 0 && values['held-out-every'] !== undefined) throw new UsageError('train: --held-out and --held-out-every disagree: give one of them')
  const command: TrainCommand = {
    kind: 'train',
    inputs: positionals,
    output: values.output,
    heldOut,
    heldOutEvery: heldOut.length > 0 ? 0 : wholeNumberOption('--held-out-every', values['held-out-every'], defaultHeldOutEvery, 0, 1_000_000),
    epochs: wholeNumberOption('--epochs', values.epochs, 8, 1, 1000),
    prune: pruneOf(values.prune),
  }
  if (format !== undefined) command.format = format
  return command
}
