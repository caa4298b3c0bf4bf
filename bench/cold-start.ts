/**
 * Cold start: a fresh Node process imports the library (and builds its pipeline), then
 * makes its first call on a short article (the example article), each timed inside the
 * child (bench/child.mjs); for nutgraf, a first `extractEntities` and, apart, a first
 * `parseArticle`. The libraries take turns run after run, so machine load hits
 * them alike; the median of the runs is reported.
 */
import {execFileSync} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {exampleArticle} from '../test/adversarial/inputs.js'
import {projectRoot} from '../test/helpers/fixtures.js'
import type {Build} from './libraries.js'
import {median} from './measure.js'

export interface ColdStartRow {
  name: string
  /** Median milliseconds (wall clock) of the import, of the first call, and of both (medians of each run's sum). */
  importMs: number
  firstCallMs: number
  totalMs: number
  /** Median CPU milliseconds (all threads) of the import, and of import + first call. */
  importCpuMs: number
  totalCpuMs: number
}

type ChildFigures = Omit<ColdStartRow, 'name'>

/** Characters of the short article every library's first call gets. */
export const coldStartText = (): string => exampleArticle()

/** Median cold start of each nutgraf build and of each other library over `runs` fresh processes. */
export function measureColdStart(builds: readonly Build[], runs: number): ColdStartRow[] {
  const textFile = join(tmpdir(), `nutgraf-bench-cold-${process.pid}.txt`)
  writeFileSync(textFile, coldStartText())
  const programs = [
    ...builds.flatMap((build) => [
      {name: `${build.label} extractEntities`, args: ['nutgraf', textFile, build.dir]},
      {name: `${build.label} parseArticle`, args: ['nutgraf-parseArticle', textFile, build.dir]},
    ]),
    {name: 'compromise + compromise-dates', args: ['compromise', textFile]},
    {name: 'wink-nlp + wink-eng-lite-web-model', args: ['wink', textFile]},
    {name: 'chrono-node', args: ['chrono', textFile]},
  ]
  const figures: ChildFigures[][] = programs.map(() => [])
  for (let run = 0; run < runs; run++) {
    for (let turn = 0; turn < programs.length; turn++) {
      const which = (run + turn) % programs.length
      const output = execFileSync(process.execPath, [join(projectRoot, 'bench', 'child.mjs'), 'cold', ...(programs[which]?.args ?? [])], {
        cwd: projectRoot,
        encoding: 'utf8',
      })
      figures[which]?.push(JSON.parse(output) as ChildFigures)
    }
  }
  return programs.map((program, which) => {
    const runsOf = figures[which] ?? []
    const of = (key: keyof ChildFigures): number => median(runsOf.map((figure) => figure[key]))
    return {
      name: program.name,
      importMs: of('importMs'),
      firstCallMs: of('firstCallMs'),
      totalMs: of('totalMs'),
      importCpuMs: of('importCpuMs'),
      totalCpuMs: of('totalCpuMs'),
    }
  })
}
