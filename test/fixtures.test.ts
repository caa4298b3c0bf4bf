/**
 * Acceptance tests on real articles: each fixture's result is compared, field by field,
 * with the `.expected.json` a careful reader wrote. The expected files are never
 * written by the code under test.
 */
import {describe, expect, it} from 'vitest'
import {parseArticle, type Article, type Entity} from '../src/index.js'
import {type Expected, type Fixture, ownFixtureList, sharedFixtureList} from './helpers/fixtures.js'
import {expectArticle} from './helpers/invariants.js'
import sharedOptional from './fixtures/shared-optional.json' with {type: 'json'}

const fixtures: Fixture[] = [...sharedFixtureList().map(withOptional), ...ownFixtureList()]

/** Merge the optional lists that a shared fixture's note gives in prose. */
function withOptional(fixture: Fixture): Fixture {
  const extra = (sharedOptional as unknown as Record<string, Record<string, string[]>>)[fixture.name]
  if (!extra || !fixture.expected.entities) return fixture
  const optional = {...extra, ...fixture.expected.entities.optional}
  return {...fixture, expected: {...fixture.expected, entities: {...fixture.expected.entities, optional}}}
}

const nameOf = (item: string | {name: string}): string => (typeof item === 'string' ? item : item.name)

describe.each(fixtures)('fixture $name', ({text, expected}) => {
  const article = parseArticle(text, expected.referenceDate ? {referenceDate: expected.referenceDate} : {})

  it('keeps the invariants', () => {
    expectArticle(text, article)
  })

  it.runIf(expected.headline !== undefined)('finds the headline and dek', () => {
    if (expected.headline === null) return expect(article.headline).toBeUndefined()
    expect(article.headline?.text).toBe(expected.headline?.text)
    expect(article.headline?.dek?.text).toBe(expected.headline?.dek)
  })

  it.runIf(expected.captions !== undefined)('finds every caption and credit, the first as caption', () => {
    expect(article.captions.map((caption) => ({text: caption.text, ...(caption.credit ? {credit: caption.credit.text} : {})}))).toEqual(expected.captions)
    expect(article.caption).toEqual(article.captions[0])
  })

  it.runIf(expected.notes !== undefined)('finds the notes', () => {
    expect(article.notes.map((note) => ({kind: note.kind, text: note.text}))).toEqual(expected.notes)
  })

  it.runIf(expected.articleDate !== undefined)("finds the article's date", () => {
    const own = parseArticle(text).referenceDate
    expect(own?.value).toBe(expected.articleDate?.value)
    if (expected.articleDate?.source !== undefined) expect(own?.source).toBe(expected.articleDate.source)
  })

  it.runIf(expected.caption !== undefined)('finds the caption and credit', () => {
    if (expected.caption === null) return expect(article.caption).toBeUndefined()
    expect(article.caption?.text).toBe(expected.caption?.text)
    expect(article.caption?.credit?.text).toBe(expected.caption?.credit)
  })

  it.runIf(expected.byline !== undefined)('finds the byline', () => {
    if (expected.byline === null) return expect(article.byline).toBeUndefined()
    if (expected.byline?.text !== undefined) expect(article.byline?.text).toBe(expected.byline.text)
    if (expected.byline?.authors) expect(article.byline?.authors).toEqual(expected.byline.authors)
  })

  it.runIf(expected.dateline !== undefined)('finds the dateline', () => {
    if (expected.dateline === null) return expect(article.dateline).toBeUndefined()
    if (expected.dateline?.text !== undefined) expect(article.dateline?.text).toBe(expected.dateline.text)
    if (expected.dateline?.place !== undefined) expect(article.dateline?.place).toBe(expected.dateline.place)
  })

  it.runIf(expected.body !== undefined)('finds the body paragraphs', () => {
    const want = (expected.body ?? []).map((item) => (typeof item === 'string' ? {text: item} : item))
    expect(article.body.map((paragraph) => (paragraph.list ? {text: paragraph.text, list: true} : {text: paragraph.text}))).toEqual(want)
  })

  it.runIf(expected.notInBody !== undefined)('leaks nothing into the body', () => {
    const body = article.body.map((paragraph) => paragraph.text).join('\n')
    for (const leak of expected.notInBody ?? []) expect(body).not.toContain(leak)
  })

  it.runIf(expected.references !== undefined)('finds the references', () => {
    const found = article.references.map((reference) => ({
      kind: reference.kind,
      ...(reference.title !== undefined ? {title: reference.title} : {}),
      ...(reference.url !== undefined ? {url: reference.url} : {}),
      ...(reference.name !== undefined ? {name: reference.name} : {}),
    }))
    for (const reference of expected.references ?? []) {
      const {text: _text, ...fields} = reference
      expect(found).toContainEqual(expect.objectContaining(fields))
    }
    expect(found.length).toBe(expected.references?.length)
  })

  const entities = expected.entities
  it.runIf(entities?.people !== undefined)('finds the people, with titles and every mention', () => {
    const people = entities?.people ?? []
    for (const person of people) {
      const want = typeof person === 'string' ? {name: person} : person
      const entity = article.entities.people.find((candidate) => candidate.name === want.name)
      expect(entity, `person ${want.name}`).toBeDefined()
      if (want.title !== undefined) expect(entity?.title).toBe(want.title)
      if (want.mentions) expect(mentionTexts(entity)).toEqual(want.mentions)
    }
    expectOnly(article, 'people', people.map(nameOf), entities?.optional?.people)
  })

  it.runIf(entities?.organizations !== undefined)('finds the organizations', () => {
    const names = (entities?.organizations ?? []).map(nameOf)
    expect(article.entities.organizations.map((entity) => entity.name)).toEqual(expect.arrayContaining(names))
    expectOnly(article, 'organizations', names, entities?.optional?.organizations)
  })

  it.runIf(entities?.places !== undefined)('finds the places', () => {
    const names = (entities?.places ?? []).map(nameOf)
    expect(article.entities.places.map((entity) => entity.name)).toEqual(expect.arrayContaining(names))
    expectOnly(article, 'places', names, entities?.optional?.places)
  })

  it.runIf(entities?.dates !== undefined)('finds the dates with their values', () => {
    for (const date of entities?.dates ?? []) {
      const found = article.entities.dates.filter((mention) => mention.text === date.text)
      if (date.optional && found.length === 0) continue
      expect(found.length, `date ${date.text}`).toBe(date.count ?? 1)
      for (const mention of found) {
        if (date.value !== undefined) expect(mention.value).toBe(date.value)
        if (date.kind === 'duration') expect(mention.type).toBe('DURATION')
      }
    }
    const allowed = new Set([...(entities?.dates ?? []).map((date) => date.text), ...(entities?.optional?.dates ?? [])])
    expect(article.entities.dates.map((date) => date.text).filter((text) => !allowed.has(text))).toEqual([])
  })
})

describe.each(fixtures.filter((fixture) => fixture.expected.quotes))('quotes of fixture $name', ({text, expected}) => {
  const article = parseArticle(text, expected.referenceDate ? {referenceDate: expected.referenceDate} : {})
  it('finds the direct and partial quotes, their speakers and cues', () => {
    expect(article.quotes.filter((quote) => quote.kind !== 'indirect')).toEqual(expected.quotes)
  })
})

function mentionTexts(entity: Entity | undefined): string[] {
  return (entity?.mentions ?? []).map((mention) => mention.text.replace(/\s+/g, ' '))
}

/** No entity of this kind beyond the expected ones and those the reader marked optional. */
function expectOnly(article: Article, kind: 'people' | 'organizations' | 'places', names: string[], optional: string[] = []): void {
  const allowed = new Set([...names, ...optional])
  expect(article.entities[kind].map((entity) => entity.name).filter((name) => !allowed.has(name))).toEqual([])
}

export type {Expected}
