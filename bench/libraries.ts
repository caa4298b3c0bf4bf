/**
 * The contenders, each a name and a function run on one document: nutgraf's entry
 * points (from the built dist/, as users get it; and, with `--baseline`, the same from
 * an earlier build), compromise with compromise-dates, wink-nlp with its English lite
 * model, and chrono-node.
 */
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import * as chrono from 'chrono-node'
import nlp from 'compromise'
import datesPlugin from 'compromise-dates'
import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import {projectRoot} from '../test/helpers/fixtures.js'

export interface Contender {
  name: string
  /** What the run does, for the table. */
  task: string
  run: (text: string) => unknown
}

type Nutgraf = typeof import('../src/index.js')

/** A nutgraf build to measure: its label and the folder of its `index.js`. */
export interface Build {
  label: string
  dir: string
}

/** nutgraf as built in dist/ (`npm run bench` builds it first). */
export const currentBuild: Build = {label: 'nutgraf', dir: join(projectRoot, 'dist')}

/** Import nutgraf from a build folder. */
export async function loadNutgraf(build: Build = currentBuild): Promise<Nutgraf> {
  return (await import(pathToFileURL(join(build.dir, 'index.js')).href)) as Nutgraf
}

/** Each contender, ready to run (models loaded): every build's nutgraf, then (unless `nutgrafOnly`) the others. */
export async function contenders(builds: readonly Build[] = [currentBuild], nutgrafOnly = false): Promise<Contender[]> {
  const nutgrafs: Contender[] = []
  for (const build of builds) {
    const nutgraf = await loadNutgraf(build)
    nutgrafs.push(
      {name: `${build.label} segment`, task: 'headline, captions, byline, body, notes, references', run: (text) => nutgraf.segment(text)},
      {name: `${build.label} extractEntities`, task: 'people, organizations, places, dates', run: (text) => nutgraf.extractEntities(text)},
      {name: `${build.label} parseArticle`, task: 'segment + entities of its parts', run: (text) => nutgraf.parseArticle(text)},
    )
  }
  if (nutgrafOnly) return nutgrafs
  const compromise = nlp.extend(datesPlugin as Parameters<typeof nlp.extend>[0]) as typeof nlp
  const wink = winkNLP(model)
  return [
    ...nutgrafs,
    {
      name: 'compromise + compromise-dates',
      task: 'people, places, organizations, dates',
      run: (text) => {
        const doc = compromise(text) as ReturnType<typeof nlp> & {dates: () => {json: () => unknown}}
        return [doc.people().json(), doc.places().json(), doc.organizations().json(), doc.dates().json()]
      },
    },
    {
      name: 'wink-nlp + wink-eng-lite-web-model',
      task: 'named entities (dates, numbers, …; no people or organizations)',
      run: (text) => wink.readDoc(text).entities().out(wink.its.detail),
    },
    {name: 'chrono-node', task: 'dates and times only', run: (text) => chrono.parse(text)},
  ]
}
