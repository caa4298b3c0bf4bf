/**
 * Command-line arguments of `nutgraf`: parsed and checked before any file is read.
 * A usage error names the one thing that is wrong; the caller adds how to get help.
 *
 * @internal
 */
import {availableParallelism} from 'node:os'
import {parseArgs, type ParseArgsConfig} from 'node:util'
import {normalizeReferenceDate} from '../internal/reference-date.js'

/** How results are printed. */
export type Format = 'json' | 'jsonl' | 'pretty'

/** How an input is read: one article a file, or one `{"id", "text", …}` record a line. */
export type InputMode = 'text' | 'jsonl'

/** What `nutgraf` was asked to parse and how. */
export interface RunCommand {
  kind: 'run'
  inputs: string[]
  format: Format
  /** Set by `--input`; otherwise {@link inputModeOf} decides for each input. */
  input?: InputMode
  referenceDate?: string
  extensions: string[]
  jobs: number
  /** `--model FILE`: a name-tagger model from `nutgraf train`. */
  model?: string
}

/** What the command was asked to do. */
export type Command = {kind: 'help'} | {kind: 'version'} | RunCommand

/** The most worker threads `--jobs` takes. */
const maxJobs = 256

export const usage = `usage: nutgraf [options] FILE|DIR|- …
       nutgraf train [options] FILE… -o model.json   (nutgraf train --help)

Parse news articles: headline, captions, byline, dateline, body, notes, references,
quotes and entities. A directory is read recursively for files with the --ext
extensions; - is stdin.

options:
  -f, --format json|jsonl|pretty  output (default json; --pretty = --format pretty)
                                  json: one input → the article; several → an array
                                  of {file, article} or {file, error}
                                  jsonl: one {file, article} or {file, error} a line
  -i, --input text|jsonl          text: a file (or stdin) is one article
                                  jsonl: each line is {"id", "text", …}; the result
                                  line keeps every field but "text" and adds
                                  "article" (or "error")
                                  default: jsonl for - and *.jsonl with --format
                                  jsonl, text otherwise
  -r, --reference-date YYYY-MM-DD resolve relative dates ("Thursday") against this date
                                  (a record's own "referenceDate" field wins)
  -e, --ext .txt,.md              file extensions read from directories (default .txt)
  -j, --jobs N                    threads that parse: the main one and N-1 workers
                                  (default: the number of cores); results are
                                  printed in input order
  -m, --model FILE                a name-tagger model from \`nutgraf train\`, used
                                  instead of the built-in one
  -h, --help                      this help
  -v, --version                   the version

exit status: 0 all parsed (a bad JSONL record is reported in its result line),
1 some file failed (the others are still printed), 2 usage error (or a --model
file that cannot be used)`

/** A usage error: `nutgraf: <message>` and a pointer to `--help` go to stderr; the exit status is 2. */
export class UsageError extends Error {}

/** Parse argv (without `node` and the script). */
export function parseCommand(argv: string[]): Command {
  const {values, positionals} = parseOptions(argv, {
    format: {type: 'string', short: 'f'},
    pretty: {type: 'boolean'},
    input: {type: 'string', short: 'i'},
    'reference-date': {type: 'string', short: 'r'},
    ext: {type: 'string', short: 'e'},
    jobs: {type: 'string', short: 'j'},
    model: {type: 'string', short: 'm'},
    help: {type: 'boolean', short: 'h'},
    version: {type: 'boolean', short: 'v'},
  })
  if (values.help) return {kind: 'help'}
  if (values.version) return {kind: 'version'}
  const format = values.pretty ? 'pretty' : (values.format ?? 'json')
  if (format !== 'json' && format !== 'jsonl' && format !== 'pretty') throw new UsageError(`unknown --format ${JSON.stringify(format)}: use json, jsonl or pretty`)
  if (values.pretty && values.format !== undefined && values.format !== 'pretty') throw new UsageError(`--pretty and --format ${values.format} disagree: give one of them`)
  const input = values.input
  if (input !== undefined && input !== 'text' && input !== 'jsonl') throw new UsageError(`unknown --input ${JSON.stringify(input)}: use text or jsonl`)
  if (positionals.length === 0) throw new UsageError('no input: give FILE, DIR or - for stdin')
  if (positionals.filter((name) => name === '-').length > 1) throw new UsageError('- (stdin) is given more than once')
  const extensions = (values.ext ?? '.txt')
    .split(',')
    .map((ext) => ext.trim())
    .filter(Boolean)
    .map((ext) => (ext.startsWith('.') ? ext : `.${ext}`))
  if (extensions.length === 0) throw new UsageError('--ext is empty: give extensions such as .txt,.md')
  const command: RunCommand = {kind: 'run', inputs: positionals, format, extensions, jobs: wholeNumberOption('--jobs', values.jobs, availableParallelism(), 1, maxJobs)}
  if (input !== undefined) command.input = input
  if (values.model !== undefined) {
    if (values.model === '') throw new UsageError('--model is empty: give the model file `nutgraf train` wrote')
    command.model = values.model
  }
  const referenceDate = values['reference-date']
  if (referenceDate !== undefined) {
    try {
      command.referenceDate = normalizeReferenceDate(referenceDate) as string
    } catch (error) {
      throw new UsageError(`--reference-date: ${(error as Error).message.replace(/^nutgraf: /, '')}`)
    }
  }
  return command
}

/** How one input of a run is read: `--input` when given; else JSONL for `-` and `*.jsonl` under `--format jsonl`. */
export function inputModeOf(command: RunCommand, name: string): InputMode {
  if (command.input) return command.input
  return command.format === 'jsonl' && (name === '-' || name.endsWith('.jsonl')) ? 'jsonl' : 'text'
}

/** A whole-number option from `min` to `max`; `fallback` when it is not given. */
export function wholeNumberOption(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback
  const number = /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN
  if (!(number >= min && number <= max)) throw new UsageError(`${name} ${JSON.stringify(value)}: give a whole number from ${min} to ${max}`)
  return number
}

/** node's `parseArgs` with positionals allowed; its errors become a {@link UsageError} (after `prefix`, e.g. `train: `). */
export function parseOptions<const T extends ParseArgsConfig['options']>(argv: string[], options: T, prefix = '') {
  try {
    return parseArgs({args: argv, allowPositionals: true, options})
  } catch (error) {
    throw new UsageError(prefix + parseArgsMessage(error))
  }
}

/** The first sentence of node's parseArgs message, e.g. "Unknown option '--x'" (the rest explains `--`). */
function parseArgsMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const first = message.split(/\. (?=[A-Z])/)[0] ?? message
  return (first.charAt(0).toLowerCase() + first.slice(1)).replace(/\.$/, '')
}
