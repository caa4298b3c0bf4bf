/**
 * `nutgraf FILE|DIR|- …`: parse articles and print them as JSON, JSON lines or a
 * readable summary. Files (or the lines of JSONL input) are parsed on `--jobs` worker
 * threads — this same file, run as a worker — and printed in input order as soon as
 * each is ready. A failing input is reported and the batch goes on; the exit status is
 * 1 when any file failed. `nutgraf train …` trains a name-tagger model (cli/train.ts).
 *
 * @internal
 */
import {createReadStream} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {isMainThread, parentPort, workerData} from 'node:worker_threads'
import {inputModeOf, parseCommand, usage, UsageError, type InputMode, type RunCommand} from './cli/args.js'
import {describeError, expandInputs, type Input} from './cli/inputs.js'
import {splitLines} from './cli/lines.js'
import {OrderedOutput} from './cli/ordered.js'
import {framingOf} from './cli/output.js'
import {runnerFor} from './cli/pool.js'
import {Progress} from './cli/progress.js'
import {performSafely, type Done, type Task, type WorkSettings} from './cli/work.js'
import {modelOption} from './entities/names/model-option.js'
import type {NameModel} from './types.js'
import {parseTrainCommand, trainUsage} from './cli/train-args.js'
import {runTrain, TrainError} from './cli/train.js'

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'train') return train(argv.slice(1))
  let command
  try {
    command = parseCommand(argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    process.stderr.write(`nutgraf: ${error.message}\nTry 'nutgraf --help' for the options.\n`)
    return 2
  }
  if (command.kind === 'help') return write(process.stdout, usage + '\n').then(() => 0)
  if (command.kind === 'version') return write(process.stdout, (await version()) + '\n').then(() => 0)
  let model: NameModel | undefined
  if (command.model !== undefined) {
    try {
      model = await loadModel(command.model)
    } catch (error) {
      process.stderr.write(`nutgraf: --model ${command.model}: ${(error as Error).message}\n`)
      return 2
    }
  }
  return run(command, model)
}

/** `nutgraf train …`: 0 when the model is written, 1 when the data could not be used, 2 for a usage error. */
async function train(argv: string[]): Promise<number> {
  let command
  try {
    command = parseTrainCommand(argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    process.stderr.write(`nutgraf: ${error.message}\nTry 'nutgraf train --help' for the options.\n`)
    return 2
  }
  if (command.kind === 'train-help') return write(process.stdout, trainUsage + '\n').then(() => 0)
  try {
    return await runTrain(command, {out: (text) => write(process.stdout, text), err: (text) => process.stderr.write(text)})
  } catch (error) {
    if (!(error instanceof TrainError)) throw error
    process.stderr.write(`nutgraf: train: ${error.message}\n`)
    return 1
  }
}

/** Read a model file and check it as parseArticle would (the reason, without the "nutgraf: …() option model" prefix). */
async function loadModel(path: string): Promise<NameModel> {
  let value: unknown
  try {
    value = JSON.parse(await readFile(path, 'utf8'))
  } catch (error) {
    throw new Error(error instanceof SyntaxError ? `not JSON (${error.message})` : describeError(error))
  }
  try {
    return modelOption(value, 'parseArticle') as NameModel
  } catch (error) {
    throw new Error((error as Error).message.replace(/^nutgraf: parseArticle\(\) option /, ''))
  }
}

async function run(command: RunCommand, model: NameModel | undefined): Promise<number> {
  const inputs = await expandInputs(command.inputs, command.extensions)
  const modes = inputs.map((input) => inputModeOf(command, input.name))
  const records = modes.includes('jsonl')
  const single = !records && command.inputs.length === 1 && inputs.length === 1 && inputs[0]?.name === command.inputs[0]
  const settings: WorkSettings = {format: command.format, single}
  if (command.referenceDate !== undefined) settings.referenceDate = command.referenceDate
  if (model) settings.model = model
  const framing = framingOf(settings)
  const total = records ? undefined : inputs.length
  const jobs = Math.min(command.jobs, total ?? command.jobs)
  // NUTGRAF_INLINE_BYTES (tests): how much input the main thread parses before workers start.
  const inline = Number(process.env['NUTGRAF_INLINE_BYTES'] ?? Number.NaN)
  const runner = runnerFor(jobs, new URL(import.meta.url), settings, Number.isFinite(inline) ? inline : undefined)
  const progress = new Progress(process.stderr, process.stderr.isTTY === true && (records || inputs.length > 1), total)
  let failedFiles = 0
  let badRecords = 0
  const output = new OrderedOutput(
    (text) => {
      if (process.stdout.isTTY) progress.clear()
      return write(process.stdout, text)
    },
    framing.between,
    (done: Done, index: number) => {
      if (done.fileFailed) failedFiles++
      else if (done.error !== undefined) badRecords++
      if (done.error !== undefined) {
        progress.clear()
        process.stderr.write(`nutgraf: ${done.error}\n`)
      }
      progress.update(index + 1, inputs[index]?.name ?? '')
    },
    Math.max(8, 4 * jobs),
  )
  await write(process.stdout, framing.open)
  for (const [index, input] of inputs.entries()) {
    for await (const task of tasksOf(input, modes[index] as InputMode)) {
      // Let workers' answers in first, so the runner sees which worker has room.
      if (jobs > 1) await new Promise((resolve) => setImmediate(resolve))
      await output.submit(runner.run(task))
    }
  }
  const written = await output.finish()
  await runner.close()
  await write(process.stdout, framing.close)
  const threads = runner.threads()
  const on = threads > 1 ? ` on ${threads} threads` : ''
  progress.finish(records ? `${written} records, ${badRecords + failedFiles} with errors${on}` : `${(total ?? 0) - failedFiles} of ${total ?? 0} parsed${on}`)
  return failedFiles > 0 ? 1 : 0
}

/** The tasks of one input: the whole file, or one a JSONL line, read as they are needed. */
async function* tasksOf(input: Input, mode: InputMode): AsyncGenerator<Task> {
  const {name} = input
  if (input.error !== undefined) {
    yield {kind: 'failed', name, error: input.error}
    return
  }
  if (mode === 'text') {
    let bytes: Uint8Array
    try {
      bytes = name === '-' ? await readAll(process.stdin) : await readFile(name)
    } catch (error) {
      yield {kind: 'failed', name, error: describeError(error)}
      return
    }
    yield {kind: 'file', name, bytes}
    return
  }
  try {
    for await (const line of splitLines(name === '-' ? process.stdin : createReadStream(name))) {
      yield {kind: 'record', line: line.number, bytes: line.bytes}
    }
  } catch (error) {
    yield {kind: 'failed', name, error: describeError(error)}
  }
}

async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength))
  return Buffer.concat(chunks)
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

if (isMainThread) {
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
} else {
  // A worker of the pool (cli/pool.ts): one task in, its printed text out.
  const settings = workerData as WorkSettings
  parentPort?.on('message', (task: Task) => parentPort?.postMessage(performSafely(task, settings)))
}
