/**
 * The benchmark report as Markdown: machine, command, and one table a measurement.
 */
import {availableParallelism, cpus, loadavg, totalmem} from 'node:os'
import type {WorstCaseRow} from './adversarial.js'
import type {BundleRow} from './bundle-size.js'
import type {ColdStartRow} from './cold-start.js'
import {formatNumber, median} from './measure.js'
import type {MemoryResults} from './memory.js'
import {type Clock, type GrowthRow, speedRatio, type ThroughputRow} from './throughput.js'

export interface Results {
  date: string
  command: string
  /** The nutgraf commit measured. */
  revision: string
  /** The load average (1 minute) when the run started and ended: how shared the machine was. */
  load: number[]
  corpus: {source: string; documents: number; characters: number}
  rounds?: number
  throughput?: ThroughputRow[]
  growth?: GrowthRow[]
  memory?: MemoryResults
  coldStart?: ColdStartRow[]
  bundles?: BundleRow[]
  worstCases?: WorstCaseRow[]
}

/** The machine the figures come from. */
export function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU'
  return `${availableParallelism()} cores (nproc), ${cpu}, ${formatNumber(totalmem() / 2 ** 30, 1)} GiB RAM, Node ${process.version}, ${process.platform}-${process.arch}`
}

/** The 1-minute load average now. */
export const currentLoad = (): number => loadavg()[0] ?? 0

const kb = (bytes: number): string => `${formatNumber(bytes / 1024, 1)} KiB`
const mib = (value: number): string => formatNumber(value, 0)

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

function throughputSection(results: Results, rows: ThroughputRow[]): string[] {
  const characters = results.corpus.characters
  const find = (prefix: string): ThroughputRow | undefined => rows.find((row) => row.name.startsWith(prefix))
  const compromise = find('compromise')
  const wink = find('wink')
  // The main thread's CPU time where it could be read (Linux), else the process's.
  const main: Clock = rows.every((row) => row.thread.every(Number.isFinite)) ? 'thread' : 'cpu'
  const ratio = (row: ThroughputRow, reference: ThroughputRow | undefined, clock: Clock): string =>
    reference ? formatNumber(speedRatio(row, reference, clock), reference === wink ? 2 : 1) : '-'
  const speed = (row: ThroughputRow, clock: Clock): string => formatNumber((characters / median(row[clock])) * 1000)
  const mainName = main === 'thread' ? 'main-thread CPU' : 'process CPU'
  const parts = [
    `### Throughput (${results.rounds ?? 1} interleaved rounds, one call a document; medians)`,
    [
      'Each document goes to every library in turn (the order rotating) before the next document. chars/s from the median round;',
      '"main-thread CPU" is the JavaScript thread\'s CPU time (Linux schedstat), "process CPU" adds V8\'s helper threads (concurrent',
      'garbage collection, which also works on garbage another library left), "wall" is elapsed time on a shared machine.',
      'Ratios are taken within each round, then their median.',
    ].join(' '),
    table(
      ['library', 'task', `chars/s (${mainName})`, 'chars/s (process CPU)', 'chars/s (wall)', `× compromise+dates (${mainName})`, '× compromise+dates (process CPU)', '× compromise+dates (wall)', `× wink-nlp (${mainName})`, 'threw on'],
      rows.map((row) => [
        row.name,
        row.task,
        speed(row, main),
        speed(row, 'cpu'),
        speed(row, 'wall'),
        ratio(row, compromise, main),
        ratio(row, compromise, 'cpu'),
        ratio(row, compromise, 'wall'),
        ratio(row, wink, main),
        String(row.errors),
      ]),
    ),
  ]
  const baselines = rows.filter((row) => row.name.startsWith('nutgraf@'))
  if (baselines.length > 0) {
    parts.push(
      '#### Before → after (same rounds)',
      table(
        ['entry point', `before chars/s (${mainName})`, `after chars/s (${mainName})`, `speed-up (${mainName})`, 'speed-up (process CPU)', 'speed-up (wall)'],
        baselines.flatMap((before) => {
          const entry = before.name.slice(before.name.indexOf(' ') + 1)
          const after = rows.find((row) => row.name === `nutgraf ${entry}`)
          if (!after) return []
          const up = (clock: Clock): string => `×${formatNumber(speedRatio(after, before, clock), 2)}`
          return [[entry, speed(before, main), speed(after, main), up(main), up('cpu'), up('wall')]]
        }),
      ),
    )
  }
  return parts
}

function growthSection(rows: GrowthRow[]): string[] {
  const sizes = rows[0]?.sizes ?? []
  return [
    '### Growth (one input of 1×, 10×, 100× the size, CPU time; linear growth keeps each step near ×10)',
    table(
      ['library', ...sizes.map((size) => `${formatNumber(size)} chars`), '10×/1×', '100×/10×'],
      rows.map((row) => {
        const [a = 0, b = 0, c = 0] = row.milliseconds
        const cell = (ms: number): string => (Number.isNaN(ms) ? 'skipped (> 30 s)' : `${formatNumber(ms, 1)} ms`)
        const ratio = (x: number, y: number): string => (Number.isNaN(x) || Number.isNaN(y) ? '-' : formatNumber(x / y, 1))
        return [row.name, ...row.milliseconds.map(cell), ratio(b, a), ratio(c, b)]
      }),
    ),
  ]
}

function memorySection(memory: MemoryResults): string[] {
  const parts = [
    '### Memory: one large input (fresh process each; RSS in MiB)',
    'The input is one long article made of the corpus documents\' body paragraphs. "Growth per MB" is (peak RSS − RSS after import and a warm-up call) per MB of input.',
    table(
      ['entry point', 'input chars', 'entities over (chars)', 'RSS after import', 'peak RSS', 'growth per MB of input', 'peak per MB of input', 'ms'],
      memory.peaks.map((row) => {
        const mb = row.characters / 1_000_000
        return [
          row.name,
          formatNumber(row.characters),
          formatNumber(row.entitiesOver),
          mib(row.baselineMiB),
          mib(row.peakMiB),
          formatNumber((row.peakMiB - row.baselineMiB) / mb, 0),
          formatNumber(row.peakMiB / mb, 0),
          formatNumber(row.ms),
        ]
      }),
    ),
  ]
  if (memory.calls.length > 0) {
    parts.push(
      '### Memory across calls (fresh process; after a full collection; each call adds a sentence of never-seen names)',
      table(
        ['entry point', 'calls', 'RSS at first sample', 'RSS at last', 'heap at first sample', 'heap at last', 'heap growth', 'ms a call'],
        memory.calls.map((row) => {
          const first = row.samples[0]
          const last = row.samples[row.samples.length - 1]
          if (!first || !last) return [row.name, String(row.calls), '-', '-', '-', '-', '-', '-']
          return [
            row.name,
            `${formatNumber(first.calls)} → ${formatNumber(last.calls)}`,
            formatNumber(first.rssMiB, 1),
            formatNumber(last.rssMiB, 1),
            formatNumber(first.heapMiB, 2),
            formatNumber(last.heapMiB, 2),
            `${formatNumber(last.heapMiB - first.heapMiB, 2)} MiB`,
            formatNumber(row.ms / row.calls, 2),
          ]
        }),
      ),
    )
  }
  return parts
}

function coldStartSection(rows: ColdStartRow[]): string[] {
  const nutgraf = rows.find((row) => row.name === 'nutgraf extractEntities')
  return [
    '### Cold start (fresh Node process: import and build the pipeline, then a first call on the 2 KB example article; medians)',
    'Wall-clock milliseconds swing with the machine\'s load; CPU milliseconds (all threads of the child) less so. "÷ nutgraf" compares CPU time of import + first call.',
    table(
      ['library', 'import ms', 'first call ms', 'import + first call ms', 'import CPU ms', 'import + first call CPU ms', '÷ nutgraf (CPU)'],
      rows.map((row) => [
        row.name,
        formatNumber(row.importMs, 1),
        formatNumber(row.firstCallMs, 1),
        formatNumber(row.totalMs, 1),
        formatNumber(row.importCpuMs, 1),
        formatNumber(row.totalCpuMs, 1),
        nutgraf ? formatNumber(row.totalCpuMs / nutgraf.totalCpuMs, 2) : '-',
      ]),
    ),
  ]
}

/** Render every measured section. */
export function renderReport(results: Results): string {
  const parts: string[] = [
    `Measured ${results.date} on ${machine()}; load average ${results.load.map((value) => formatNumber(value, 1)).join(' → ')} (the machine is shared).`,
    `Command: \`${results.command}\`, nutgraf at ${results.revision}.`,
    `Corpus: ${formatNumber(results.corpus.characters)} characters in ${results.corpus.documents} documents (${results.corpus.source}).`,
  ]
  if (results.throughput) parts.push(...throughputSection(results, results.throughput))
  if (results.growth) parts.push(...growthSection(results.growth))
  if (results.memory) parts.push(...memorySection(results.memory))
  if (results.coldStart) parts.push(...coldStartSection(results.coldStart))
  if (results.bundles) {
    parts.push(
      '### Browser bundle (esbuild, platform browser, minified ESM; gzip -9)',
      table(['library', 'minified', 'gzipped'], results.bundles.map((row) => [row.name, kb(row.minified), kb(row.gzipped)])),
    )
  }
  if (results.worstCases) {
    parts.push(
      '### Worst-case inputs (nutgraf parseArticle, one run each, CPU time, slowest per character first)',
      table(
        ['input', 'chars', 'CPU ms', 'chars/s'],
        results.worstCases.map((row) => [row.name, formatNumber(row.characters), formatNumber(row.milliseconds), formatNumber((row.characters / row.milliseconds) * 1000)]),
      ),
    )
  }
  return parts.join('\n\n') + '\n'
}
