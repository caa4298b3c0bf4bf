/**
 * The benchmark report as Markdown: machine, command, and one table a measurement.
 */
import {cpus, totalmem, availableParallelism} from 'node:os'
import type {BundleRow} from './bundle-size.js'
import type {ColdStartRow} from './cold-start.js'
import {formatNumber} from './measure.js'
import type {GrowthRow, ThroughputRow} from './throughput.js'
import type {WorstCaseRow} from './adversarial.js'

export interface Results {
  date: string
  command: string
  /** The nutgraf commit measured. */
  revision: string
  corpus: {source: string; documents: number; characters: number}
  throughput?: ThroughputRow[]
  growth?: GrowthRow[]
  coldStart?: ColdStartRow[]
  bundles?: BundleRow[]
  worstCases?: WorstCaseRow[]
}

/** The machine the figures come from. */
export function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU'
  return `${availableParallelism()} cores (nproc), ${cpu}, ${formatNumber(totalmem() / 2 ** 30, 1)} GiB RAM, Node ${process.version}, ${process.platform}-${process.arch}`
}

const kb = (bytes: number): string => `${formatNumber(bytes / 1024, 1)} KiB`

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

/** Render every measured section. */
export function renderReport(results: Results): string {
  const parts: string[] = [
    `Measured ${results.date} on ${machine()}.`,
    `Command: \`${results.command}\`, nutgraf at ${results.revision}.`,
    `Corpus: ${formatNumber(results.corpus.characters)} characters in ${results.corpus.documents} documents (${results.corpus.source}).`,
  ]
  if (results.throughput) {
    const reference = (name: string): number | undefined => results.throughput?.find((row) => row.name.startsWith(name))?.charactersPerSecond
    const compromise = reference('compromise')
    const wink = reference('wink')
    parts.push(
      '### Throughput (same documents, same process, one call a document)',
      table(
        ['library', 'task', 'ms', 'chars/s', '× compromise+dates', '× wink-nlp', 'documents it threw on'],
        results.throughput.map((row) => [
          row.name,
          row.task,
          formatNumber(row.milliseconds),
          formatNumber(row.charactersPerSecond),
          compromise ? formatNumber(row.charactersPerSecond / compromise, 1) : '-',
          wink ? formatNumber(row.charactersPerSecond / wink, 2) : '-',
          String(row.errors),
        ]),
      ),
    )
  }
  if (results.growth) {
    const sizes = results.growth[0]?.sizes ?? []
    parts.push(
      '### Growth (one input of 1×, 10×, 100× the size; linear growth keeps each step near ×10)',
      table(
        ['library', ...sizes.map((size) => `${formatNumber(size)} chars`), '10×/1×', '100×/10×'],
        results.growth.map((row) => {
          const [a = 0, b = 0, c = 0] = row.milliseconds
          const cell = (ms: number): string => (Number.isNaN(ms) ? 'skipped (> 30 s)' : `${formatNumber(ms, 1)} ms`)
          const ratio = (x: number, y: number): string => (Number.isNaN(x) || Number.isNaN(y) ? '-' : formatNumber(x / y, 1))
          return [row.name, ...row.milliseconds.map(cell), ratio(b, a), ratio(c, b)]
        }),
      ),
    )
  }
  if (results.coldStart) {
    parts.push(
      '### Cold start (fresh Node process: import, and load the model; median of 5)',
      table(['library', 'ms'], results.coldStart.map((row) => [row.name, formatNumber(row.milliseconds, 1)])),
    )
  }
  if (results.bundles) {
    parts.push(
      '### Browser bundle (esbuild, platform browser, minified ESM; gzip -9)',
      table(['library', 'minified', 'gzipped'], results.bundles.map((row) => [row.name, kb(row.minified), kb(row.gzipped)])),
    )
  }
  if (results.worstCases) {
    parts.push(
      '### Worst-case inputs (nutgraf parseArticle, one run each, slowest per character first)',
      table(
        ['input', 'chars', 'ms', 'chars/s'],
        results.worstCases.map((row) => [row.name, formatNumber(row.characters), formatNumber(row.milliseconds), formatNumber((row.characters / row.milliseconds) * 1000)]),
      ),
    )
  }
  return parts.join('\n\n') + '\n'
}
