/**
 * Load article fixtures: the shared ones in ../shared/fixtures (when present; else the
 * copy of the seed fixture kept in test/fixtures/seed, so that its test does not vanish)
 * and the project's own in test/fixtures/articles. Each is `<slug>.txt` beside
 * `<slug>.expected.json`, written and reviewed by a person.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Quote} from '../../src/index.js'

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url))
export const sharedFixtures = join(projectRoot, '..', 'shared', 'fixtures')
export const ownFixtures = join(projectRoot, 'test', 'fixtures', 'articles')
/** A copy of the seed fixture of ../shared/fixtures, used when ../shared is absent. */
export const seedFixtures = join(projectRoot, 'test', 'fixtures', 'seed')

/** The expected-file format (see ../shared/fixtures). Every field is optional. */
export interface Expected {
  source?: string
  note?: string
  referenceDate?: string
  headline?: {text: string; dek?: string} | null
  caption?: {text: string; credit?: string} | null
  /** Every caption, in input order (the first is also `caption`). */
  captions?: Array<{text: string; credit?: string}>
  byline?: {text?: string; authors?: string[]} | null
  dateline?: {text?: string; place?: string; date?: string} | null
  /** Body paragraphs: a string, or `{text, list: true}` for a list item. */
  body?: Array<string | {text: string; list?: boolean}>
  notes?: Array<{kind: string; text: string}>
  /** The article's own date, as parseArticle finds it without a referenceDate option. */
  articleDate?: {value: string; source?: string}
  /** Strings that must not appear in any body paragraph (leaks). */
  notInBody?: string[]
  references?: Array<{kind: string; title?: string; url?: string; name?: string; text?: string}>
  entities?: {
    people?: Array<{name: string; title?: string; mentions?: string[]} | string>
    organizations?: Array<string | {name: string}>
    places?: Array<string | {name: string}>
    dates?: Array<{text: string; value?: string; count?: number; kind?: string; optional?: boolean}>
    optional?: {note?: string; people?: string[]; organizations?: string[]; places?: string[]; dates?: string[]}
  }
  /** Direct and partial quotes, in the shape of `Quote` (reported speech is not listed: a parser may add it). */
  quotes?: Quote[]
}

export interface Fixture {
  name: string
  text: string
  expected: Expected
}

function load(directory: string): Fixture[] {
  if (!existsSync(directory)) return []
  return readdirSync(directory)
    .filter((file) => file.endsWith('.expected.json'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.expected.json'.length)
      return {
        name,
        text: readFileSync(join(directory, name + '.txt'), 'utf8'),
        expected: JSON.parse(readFileSync(join(directory, file), 'utf8')) as Expected,
      }
    })
}

/** The shared fixtures, or the copy of the seed fixture when ../shared/fixtures is absent. */
export function sharedFixtureList(): Fixture[] {
  return existsSync(sharedFixtures) ? load(sharedFixtures) : load(seedFixtures)
}

export function ownFixtureList(): Fixture[] {
  return load(ownFixtures)
}
