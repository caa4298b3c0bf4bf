/**
 * `nutgraf FILE|DIR|- …`: parse articles and print them as JSON, JSON lines or a
 * readable summary. Files are read and printed one at a time; a failing file is
 * reported and the batch goes on; the exit status is 1 when any input failed.
 *
 * @internal
 */
import {readFile} from 'node:fs/promises'
import {parseArticle} from './index.js'
import {parseCommand, usage, UsageError} from './cli/args.js'
import {describeError, expandInputs, type Input} from './cli/inputs.js'
import {printerFor, type Result} from './cli/output.js'

async function main(argv: string[]): Promise<number> {
  let command
  try {
    command = parseCommand(argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    process.stderr.write(`nutgraf: ${error.message}\n${usage}\n`)
    return 2
  }
  if (command.kind === 'help') return write(process.stdout, usage + '\n').then(() => 0)
  if (command.kind === 'version') return write(process.stdout, (await version()) + '\n').then(() => 0)

  const inputs = await expandInputs(command.inputs, command.extensions)
  const single = command.inputs.length === 1 && inputs.length === 1 && inputs[0]?.name === command.inputs[0]
  const printer = printerFor(command.format, single)
  const options = command.referenceDate ? {referenceDate: command.referenceDate} : {}
  const progress = process.stderr.isTTY === true && inputs.length > 1
  let failed = 0
  await write(process.stdout, printer.open)
  for (const [index, input] of inputs.entries()) {
    if (progress) process.stderr.write(`\r\x1b[K[${index + 1}/${inputs.length}] ${input.name}`)
    const result = await parseInput(input, options)
    // Clear the progress line first: stdout may be the same terminal.
    if (progress) process.stderr.write('\r\x1b[K')
    if (result.error !== undefined) {
      failed++
      process.stderr.write(`nutgraf: ${result.file}: ${result.error}\n`)
    }
    await write(process.stdout, printer.item(result, index))
  }
  if (progress) process.stderr.write(`\r\x1b[K${inputs.length - failed} of ${inputs.length} parsed\n`)
  await write(process.stdout, printer.close)
  return failed > 0 ? 1 : 0
}

async function parseInput(input: Input, options: {referenceDate?: string}): Promise<Result> {
  if (input.error !== undefined) return {file: input.name, error: input.error}
  try {
    const text = input.name === '-' ? await readStdin() : await readFile(input.name, 'utf8')
    return {file: input.name, article: parseArticle(text, options)}
  } catch (error) {
    return {file: input.name, error: describeError(error)}
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/** Write and wait for the stream to drain when it asks to, so a batch never piles up in memory. */
function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
  if (text === '' || stream.write(text)) return Promise.resolve()
  return new Promise((resolve) => stream.once('drain', () => resolve()))
}

async function version(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}
  return pkg.version
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // `nutgraf dir | head`: the reader left; stop quietly.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`nutgraf: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  },
)
