/**
 * The quote fixtures written for nutgraf (test/fixtures/quotes, read by hand; conventions
 * in its README): every result keeps the invariants, and on the tune fixtures the quotes
 * and speakers stay at the level the eval reports. The held-out fixtures are scored only
 * by `scripts/eval/quotes.ts`, whose errors for them are never listed.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {extractEntities} from '../../src/index.js'
import {findQuotes, type Quote} from '../../src/quotes/index.js'
import {projectRoot} from '../helpers/fixtures.js'
import {expectQuotes, paragraphsOf} from './helpers.js'

const folder = join(projectRoot, 'test', 'fixtures', 'quotes')
const split = JSON.parse(readFileSync(join(folder, 'split.json'), 'utf8')) as {own: {tune: string[]; heldout: string[]}}

interface Expected {
  quotes: Array<Pick<Quote, 'span' | 'kind'> & {speaker?: {span: Quote['span']; name?: string}}>
}

const overlapHalf = (a: Quote['span'], b: Quote['span']): boolean =>
  2 * Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start)) >= Math.max(a.end - a.start, b.end - b.start)

/** Each fixture's text, quotes found and expected file, computed once (by whichever test asks first). */
const runs = new Map<string, {text: string; found: Quote[]; expected: Expected}>()
function run(slug: string): {text: string; found: Quote[]; expected: Expected} {
  let result = runs.get(slug)
  if (!result) {
    const text = readFileSync(join(folder, `${slug}.txt`), 'utf8')
    const expected = JSON.parse(readFileSync(join(folder, `${slug}.expected.json`), 'utf8')) as Expected
    result = {text, found: findQuotes(text, paragraphsOf(text), extractEntities(text)), expected}
    runs.set(slug, result)
  }
  return result
}

describe('own quote fixtures (tune)', () => {
  it.each(split.own.tune)('%s', (slug) => {
    const {text, found} = run(slug)
    expectQuotes(text, found)
  })
  // Scored over every tune fixture here, not from counters the tests above fill: tests may
  // run in any order (vitest --sequence.shuffle), and this one first would divide 0 by 0.
  it('finds nearly every quote and its speaker', () => {
    let gold = 0
    let matched = 0
    let predicted = 0
    let speakers = 0
    for (const slug of split.own.tune) {
      const {found, expected} = run(slug)
      const quotes = found.filter((quote) => quote.kind !== 'indirect')
      const wanted = expected.quotes.filter((quote) => quote.kind !== 'indirect')
      gold += wanted.length
      predicted += quotes.length
      for (const quote of wanted) {
        const hit = quotes.find((candidate) => overlapHalf(candidate.span, quote.span))
        if (!hit) continue
        matched++
        const name = quote.speaker?.name
        if (name ? hit.speaker?.name?.endsWith(name.split(' ').pop() as string) : !quote.speaker || !!hit.speaker) speakers++
      }
    }
    expect(gold).toBeGreaterThan(0)
    expect(matched / gold).toBeGreaterThanOrEqual(0.95)
    expect(matched / predicted).toBeGreaterThanOrEqual(0.95)
    expect(speakers / matched).toBeGreaterThanOrEqual(0.85)
  })
})
