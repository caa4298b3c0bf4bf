/**
 * Cold-start time: a fresh Node process imports the library (and loads its model),
 * timed inside the child from just before the import to just after.
 */
import {execFileSync} from 'node:child_process'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {projectRoot} from '../test/helpers/fixtures.js'
import {median} from './measure.js'

export interface ColdStartRow {
  name: string
  milliseconds: number
}

const programs: Array<{name: string; code: string}> = [
  {name: 'nutgraf', code: `await import(${JSON.stringify(pathToFileURL(join(projectRoot, 'dist', 'index.js')).href)})`},
  {name: 'compromise', code: `await import('compromise')`},
  {
    name: 'compromise + compromise-dates',
    code: `const {default: nlp} = await import('compromise'); const {default: dates} = await import('compromise-dates'); nlp.extend(dates)`,
  },
  {
    name: 'wink-nlp + wink-eng-lite-web-model',
    code: `const {default: winkNLP} = await import('wink-nlp'); const {default: model} = await import('wink-eng-lite-web-model'); winkNLP(model)`,
  },
]

/** Median import time of each library over `runs` fresh processes. */
export function measureColdStart(runs: number): ColdStartRow[] {
  return programs.map(({name, code}) => {
    const times: number[] = []
    for (let run = 0; run < runs; run++) {
      const script = `const start = performance.now(); ${code}; console.log(performance.now() - start)`
      const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {cwd: projectRoot, encoding: 'utf8'})
      times.push(Number(output.trim()))
    }
    return {name, milliseconds: median(times)}
  })
}
