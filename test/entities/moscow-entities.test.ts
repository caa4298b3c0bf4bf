/**
 * The names half of the moscow-times fixture, independent of segmentation: the entities
 * found in the expected caption, credit and body paragraphs (as a careful reader wrote them
 * in ../shared) must be the expected ones, with titles and every mention.
 */
import {existsSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {addReferenceEntities} from '../../src/article/from-references.js'
import {extractEntities} from '../../src/index.js'

const base = new URL('../../../shared/fixtures/moscow-times-belarus-drills', import.meta.url).pathname
const present = existsSync(`${base}.expected.json`)

interface Expected {
  referenceDate: string
  caption: {text: string; credit: string}
  body: string[]
  entities: Record<'people' | 'organizations' | 'places', Array<string | {name: string; title?: string; mentions?: string[]}>>
}

describe.runIf(present)('moscow-times entities from its expected parts', () => {
  const expected = JSON.parse(readFileSync(`${base}.expected.json`, 'utf8')) as Expected
  const input = readFileSync(`${base}.txt`, 'utf8')
  const text = [expected.caption.text, expected.caption.credit, ...expected.body].join('\n\n')
  const url = 'https://www.themoscowtimes.com/author/afp'
  const start = input.indexOf(url)
  const found = addReferenceEntities(
    input,
    [{kind: 'author', name: 'AFP', text: url, url, span: {start, end: start + url.length}}],
    extractEntities(text, {referenceDate: expected.referenceDate}),
  )
  const optional: Record<string, string[]> = {places: ['US'], organizations: ['The Moscow Times']}

  it.each(['people', 'organizations', 'places'] as const)('finds exactly the expected %s', (kind) => {
    const want = expected.entities[kind].map((item) => (typeof item === 'string' ? item : item.name))
    const got = found[kind].map((entity) => entity.name)
    expect(got).toEqual(expect.arrayContaining(want))
    expect(got.filter((name) => !want.includes(name) && !(optional[kind] ?? []).includes(name))).toEqual([])
  })

  it('gives the people their titles and every mention', () => {
    for (const item of expected.entities.people) {
      if (typeof item === 'string') continue
      const person = found.people.find((entity) => entity.name === item.name)
      expect(person?.title, item.name).toBe(item.title)
      if (item.mentions) expect(person?.mentions.map((mention) => mention.text)).toEqual(item.mentions)
    }
  })
})
