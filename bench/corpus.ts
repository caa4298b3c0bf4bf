/**
 * The benchmark corpus: real text from ../shared/eval (measurement only, never shipped),
 * one string a document. Two mixes:
 * - `news` (what `npm run bench` runs): TimeBank + AQUAINT news articles and the L3S-GN1
 *   dev pages (scraped Google News pages), interleaved: about 640 K characters of news
 *   nobody here wrote;
 * - `mixed` (the default of `loadCorpus`, which scripts/check uses): TimeBank + AQUAINT,
 *   the L3S-GN1 dev pages and GUM (all genres), interleaved; 1.9 MB.
 * Falls back, with a clear message, to the project's own example and fixture articles
 * when ../shared/eval is absent.
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

/** The corpus mixes `loadCorpus` knows. */
export type CorpusName = 'news' | 'mixed'

const evalRoot = join(projectRoot, '..', 'shared', 'eval')

function jsonLines<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T)
}

/** A page of L3S-GN1 as scraped text: its blocks joined with blank lines. */
const pageTexts = (file: string): string[] =>
  jsonLines<{blocks: Array<{text: string}>}>(join(evalRoot, 'segmentation', file)).map((page) =>
    page.blocks.map((block) => block.text).join('\n\n'),
  )

/** Take one document of each list in turn, so that any prefix mixes the sources. */
function interleave(lists: ReadonlyArray<readonly string[]>): string[] {
  const documents: string[] = []
  for (let index = 0; lists.some((list) => index < list.length); index++) {
    for (const list of lists) {
      const doc = list[index]
      if (doc !== undefined) documents.push(doc)
    }
  }
  return documents
}

/**
 * A flat copy of `text`. A string built by joining is a rope inside V8; whichever
 * library reads it first would pay for flattening it. A JSON round trip gives a flat one.
 */
const flat = (text: string): string => JSON.parse(JSON.stringify(text)) as string

/** Real documents of the named mix, up to `limit` characters (whole documents only). */
export function loadCorpus(limit = Infinity, name: CorpusName = 'mixed'): Corpus {
  let documents: string[]
  let source: string
  if (existsSync(join(evalRoot, 'timex'))) {
    const timex = ['tbaq_timebank_train', 'tbaq_aquaint_train'].flatMap((file) =>
      jsonLines<{text: string}>(join(evalRoot, 'timex', `${file}.jsonl`)).map((doc) => doc.text),
    )
    const pages = pageTexts('l3s-gn1-dev.jsonl')
    if (name === 'news') {
      documents = interleave([timex, pages])
      source = 'TimeBank + AQUAINT news articles and the 20 L3S-GN1 dev pages (scraped Google News), interleaved; from ../shared/eval'
    } else {
      const gum = jsonLines<{text: string}>(join(evalRoot, 'gum', 'gum_entities.jsonl')).map((doc) => doc.text)
      documents = interleave([timex, pages, gum])
      source = 'TimeBank + AQUAINT news, L3S-GN1 dev pages (scraped Google News), GUM (all genres), interleaved; from ../shared/eval'
    }
  } else {
    console.warn('bench: ../shared/eval is absent; using the example and fixture articles, repeated (figures not comparable)')
    const texts = [exampleArticle(), ...sharedFixtureList().map((f) => f.text), ...ownFixtureList().map((f) => f.text)]
    documents = []
    for (let total = 0; total < Math.min(limit, 1_000_000); ) {
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
    kept.push(flat(doc))
    characters += doc.length
  }
  return {source, documents: kept, characters}
}
