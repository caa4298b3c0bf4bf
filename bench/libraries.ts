/**
 * The contenders, each a name and a function run on one document: nutgraf's three
 * entry points (from the built dist/, as users get it), compromise with
 * compromise-dates, and wink-nlp with its English lite model.
 */
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
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

/** nutgraf as built in dist/ (`npm run bench` builds it first). */
export async function loadNutgraf(): Promise<Nutgraf> {
  return (await import(pathToFileURL(join(projectRoot, 'dist', 'index.js')).href)) as Nutgraf
}

/** Each contender, ready to run (models loaded). */
export async function contenders(): Promise<Contender[]> {
  const nutgraf = await loadNutgraf()
  const compromise = nlp.extend(datesPlugin as Parameters<typeof nlp.extend>[0]) as typeof nlp
  const wink = winkNLP(model)
  return [
    {name: 'nutgraf segment', task: 'caption, byline, body, references', run: (text) => nutgraf.segment(text)},
    {name: 'nutgraf extractEntities', task: 'people, organizations, places, dates', run: (text) => nutgraf.extractEntities(text)},
    {name: 'nutgraf parseArticle', task: 'segment + entities of caption and body', run: (text) => nutgraf.parseArticle(text)},
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
      task: 'named entities (dates, numbers, …)',
      run: (text) => wink.readDoc(text).entities().out(wink.its.detail),
    },
  ]
}
