/**
 * Command-line arguments of `nutgraf`: parsed and checked before any file is read.
 *
 * @internal
 */
import {parseArgs} from 'node:util'
import {normalizeReferenceDate} from '../internal/reference-date.js'

/** How results are printed. */
export type Format = 'json' | 'jsonl' | 'pretty'

/** What the command was asked to do. */
export type Command =
  | {kind: 'help'}
  | {kind: 'version'}
  | {kind: 'run'; inputs: string[]; format: Format; referenceDate?: string; extensions: string[]}

export const usage = `usage: nutgraf [options] FILE|DIR|- …

Parse news articles: caption, credit, byline, dateline, body, references, entities.
A directory is read recursively for files with the --ext extensions; - is stdin.

options:
  -f, --format json|jsonl|pretty  output (default json; --pretty = --format pretty)
                                  json: one input → the article; several → an array
                                  of {file, article} or {file, error}
                                  jsonl: one {file, article} or {file, error} a line
  -r, --reference-date YYYY-MM-DD resolve relative dates ("Thursday") against this date
  -e, --ext .txt,.md              file extensions read from directories (default .txt)
  -h, --help                      this help
  -v, --version                   the version

exit status: 0 all parsed, 1 some input failed (the others are still printed), 2 usage error`

/** A usage error: the message goes to stderr with the usage, and the exit status is 2. */
export class UsageError extends Error {}

/** Parse argv (without `node` and the script). */
export function parseCommand(argv: string[]): Command {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: {type: 'string', short: 'f'},
        pretty: {type: 'boolean'},
        'reference-date': {type: 'string', short: 'r'},
        ext: {type: 'string', short: 'e'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'},
      },
    })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  const {values, positionals} = parsed
  if (values.help) return {kind: 'help'}
  if (values.version) return {kind: 'version'}
  const format = values.pretty ? 'pretty' : (values.format ?? 'json')
  if (format !== 'json' && format !== 'jsonl' && format !== 'pretty') throw new UsageError(`unknown --format ${JSON.stringify(format)}: use json, jsonl or pretty`)
  if (values.pretty && values.format !== undefined && values.format !== 'pretty') throw new UsageError('--pretty and --format disagree')
  if (positionals.length === 0) throw new UsageError('no input: give FILE, DIR or - for stdin')
  const extensions = (values.ext ?? '.txt').split(',').map((ext) => ext.trim()).filter(Boolean).map((ext) => (ext.startsWith('.') ? ext : `.${ext}`))
  const command: Command = {kind: 'run', inputs: positionals, format, extensions}
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
