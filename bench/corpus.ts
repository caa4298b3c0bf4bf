/**
 * The benchmark corpus: real text from ../shared/eval (measurement only, never shipped),
 * one string a document. Falls back, with a clear message, to the project's own
 * example and fixture articles when ../shared/eval is absent.
 */
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {ownFixtureList, projectRoot, sharedFixtureList} from '../test/helpers/fixtures.js'
import {exampleArticle} from '../test/adversarial/inputs.js'

export interface Corpus {
  /** Where the text came from, for the report. */
  source: string
  documents: string[]
  characters: number
}

const evalRoot = join(projectRoot, '..', 'shared', 'eval')

function jsonLines<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T)
}

/** Real documents, up to `limit` characters (whole documents only). */
export function loadCorpus(limit: number): Corpus {
  const documents: string[] = []
  let source: string
  if (existsSync(join(evalRoot, 'timex'))) {
    const timex = ['tbaq_timebank_train', 'tbaq_aquaint_train'].flatMap((name) =>
      jsonLines<{text: string}>(join(evalRoot, 'timex', `${name}.jsonl`)).map((doc) => doc.text),
    )
    const pages = jsonLines<{blocks: Array<{text: string}>}>(join(evalRoot, 'segmentation', 'l3s-gn1-dev.jsonl')).map((page) =>
      page.blocks.map((block) => block.text).join('\n\n'),
    )
    const gum = jsonLines<{text: string}>(join(evalRoot, 'gum', 'gum_entities.jsonl')).map((doc) => doc.text)
    // Interleave so that any prefix mixes news articles, scraped pages and GUM's genres.
    const lists = [timex, pages, gum]
    for (let index = 0; lists.some((list) => index < list.length); index++) {
      for (const list of lists) {
        const doc = list[index]
        if (doc !== undefined) documents.push(doc)
      }
    }
    source = 'TimeBank + AQUAINT news, L3S-GN1 scraped Google News pages, GUM (all genres), interleaved; from ../shared/eval'
  } else {
    console.warn('bench: ../shared/eval is absent; using the example and fixture articles, repeated (figures not comparable)')
    const texts = [exampleArticle(), ...sharedFixtureList().map((f) => f.text), ...ownFixtureList().map((f) => f.text)]
    for (let total = 0; total < limit; ) {
      for (const text of texts) {
        documents.push(text)
        total += text.length
      }
    }
    source = 'examples/ and fixture articles, repeated (../shared/eval absent)'
  }
  const kept: string[] = []
  let characters = 0
  for (const doc of documents) {
    if (characters + doc.length > limit && kept.length > 0) break
    kept.push(doc)
    characters += doc.length
  }
  return {source, documents: kept, characters}
}
