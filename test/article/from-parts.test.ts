import {describe, expect, it} from 'vitest'
import {addPartEntities} from '../../src/article/from-parts.js'
import {parseArticle} from '../../src/index.js'
import type {Entities, Entity, Segments, Span} from '../../src/types.js'
import {expectArticle, expectEntities} from '../helpers/invariants.js'

const empty = (): Entities => ({people: [], organizations: [], places: [], dates: [], amounts: []})
const noParts = (): Segments => ({captions: [], body: [], notes: [], references: []})
const spanOf = (input: string, text: string, from = 0): Span => {
  const start = input.indexOf(text, from)
  if (start < 0) throw new Error(`${text} not in input`)
  return {start, end: start + text.length}
}
const entity = (input: string, name: string, ...texts: string[]): Entity => {
  let from = 0
  return {
    name,
    mentions: texts.map((text) => {
      const span = spanOf(input, text, from)
      from = span.end
      return {text, span}
    }),
  }
}
const texts = (list: readonly Entity[]): string[][] => list.map((item) => item.mentions.map((mention) => mention.text))

describe('addPartEntities', () => {
  it('joins the byline author to the person the text names by family name ("Weber reported from Austin.")', () => {
    const input = 'By PAUL J. WEBER\n\nThe vote was late. Weber reported from Austin.'
    const article = parseArticle(input)
    expect(article.entities.people.map((person) => [person.name, person.mentions.map((mention) => mention.text)])).toEqual([['Paul J. Weber', ['PAUL J. WEBER', 'Weber']]])
  })

  it('makes the byline authors people and an agency among them an organization', () => {
    const input = 'By Abdi Sheikh and Aweys Yusuf, Associated Press\n\nGunmen seized two diplomats.'
    const segments = {...noParts(), byline: {text: 'By Abdi Sheikh and Aweys Yusuf, Associated Press', authors: ['Abdi Sheikh', 'Aweys Yusuf', 'Associated Press'], span: spanOf(input, 'By Abdi Sheikh and Aweys Yusuf, Associated Press')}}
    const result = addPartEntities(input, segments, empty())
    expect(result.people.map((person) => person.name)).toEqual(['Abdi Sheikh', 'Aweys Yusuf'])
    expect(result.organizations.map((organization) => organization.name)).toEqual(['Associated Press'])
    expectEntities(input, result)
  })

  it('finds an author the byline wrote in capitals, and keeps an agency acronym in capitals', () => {
    const input = 'By FRANCES ROBLES\n\nAuthor : IANS\n\nText.'
    const byline = {text: 'By FRANCES ROBLES', authors: ['Frances Robles'], span: spanOf(input, 'By FRANCES ROBLES')}
    expect(texts(addPartEntities(input, {...noParts(), byline}, empty()).people)).toEqual([['FRANCES ROBLES']])
    const agency = {text: 'Author : IANS', authors: ['Ians'], span: spanOf(input, 'Author : IANS')}
    expect(addPartEntities(input, {...noParts(), byline: agency}, empty()).organizations.map((item) => item.name)).toEqual(['IANS'])
  })

  it('makes the dateline place a place, joined with the same place in the body, and orders entities by first mention', () => {
    const input = 'MOGADISHU (Reuters) - Gunmen in Kenya and Mogadishu seized two diplomats.'
    const found = {...empty(), places: [entity(input, 'Kenya', 'Kenya'), entity(input, 'Mogadishu', 'Mogadishu')]}
    const dateline = {text: 'MOGADISHU (Reuters) -', place: 'Mogadishu', span: spanOf(input, 'MOGADISHU (Reuters) -')}
    const result = addPartEntities(input, {...noParts(), dateline}, found)
    expect(result.places.map((place) => place.name)).toEqual(['Mogadishu', 'Kenya'])
    expect(texts(result.places)).toEqual([['MOGADISHU', 'Mogadishu'], ['Kenya']])
  })

  it('makes each place of a two-place dateline a place of its own (session 7)', () => {
    const input = 'HOUSTON/SINGAPORE, Jan 12 (Reuters) - Oil prices rose in Singapore.'
    const found = {...empty(), places: [entity(input, 'Singapore', 'Singapore')]}
    const dateline = {text: 'HOUSTON/SINGAPORE, Jan 12 (Reuters) -', place: 'Houston/Singapore', span: spanOf(input, 'HOUSTON/SINGAPORE, Jan 12 (Reuters) -')}
    const result = addPartEntities(input, {...noParts(), dateline}, found)
    expect(result.places.map((place) => place.name)).toEqual(['Houston', 'Singapore'])
    expect(texts(result.places)).toEqual([['HOUSTON'], ['SINGAPORE', 'Singapore']])
  })

  it('adds the names a headline repeats, a family name alone only when the body used it alone', () => {
    const input = 'Redknapp and Adams in Talks as Portsmouth Wait\n\nHarry Redknapp met Tony Adams in Portsmouth. Redknapp left.'
    const found = {
      ...empty(),
      people: [entity(input, 'Harry Redknapp', 'Harry Redknapp', 'Redknapp'), entity(input, 'Tony Adams', 'Tony Adams')],
      places: [entity(input, 'Portsmouth', 'Portsmouth')],
    }
    // Entity spans above start in the body: the headline's words come first in the input.
    found.people[0] = {name: 'Harry Redknapp', mentions: [{text: 'Harry Redknapp', span: spanOf(input, 'Harry Redknapp')}, {text: 'Redknapp', span: spanOf(input, 'Redknapp', input.indexOf('left') - 9)}]}
    found.places[0] = {name: 'Portsmouth', mentions: [{text: 'Portsmouth', span: spanOf(input, 'Portsmouth', 50)}]}
    const headline = {text: 'Redknapp and Adams in Talks as Portsmouth Wait', span: spanOf(input, 'Redknapp and Adams in Talks as Portsmouth Wait')}
    const result = addPartEntities(input, {...noParts(), headline}, found)
    expect(result.people[0]?.mentions.map((mention) => mention.span.start)).toEqual([0, input.indexOf('Harry'), input.lastIndexOf('Redknapp')])
    // "Adams" alone never stood in the body: not a mention.
    expect(texts(result.people)[1]).toEqual(['Tony Adams'])
    expect(result.places[0]?.mentions[0]?.span).toEqual(spanOf(input, 'Portsmouth'))
  })

  it('matches whole words only, and a headline in capitals by its capitals', () => {
    const input = 'ROME TALKS FAIL\n\nRomero flew to Rome on Monday.'
    const found = {...empty(), places: [{name: 'Rome', mentions: [{text: 'Rome', span: spanOf(input, 'Rome ')}]}]}
    const headline = {text: 'ROME TALKS FAIL', span: spanOf(input, 'ROME TALKS FAIL')}
    expect(texts(addPartEntities(input, {...noParts(), headline}, found).places)).toEqual([['ROME', 'Rome']])
    const lower = 'Romero Wins\n\nRomero flew to Rome.'
    const rome = {...empty(), places: [{name: 'Rome', mentions: [{text: 'Rome', span: spanOf(lower, 'Rome.')}]}]}
    expect(texts(addPartEntities(lower, {...noParts(), headline: {text: 'Romero Wins', span: spanOf(lower, 'Romero Wins')}}, rome).places)).toEqual([['Rome']])
  })
})

describe('parseArticle: entities of every part', () => {
  const input = [
    'Premiers Meet Harper in Ottawa',
    '',
    'By Murray Brewster, The Canadian Press',
    '',
    'OTTAWA - Prime Minister Stephen Harper met the premiers on Friday to talk about the economy and the budget.',
    '',
    'Photo: British Columbia Premier Gordon Campbell (left) is greeted by Prime Minister Stephen Harper. (Reuters)',
    '',
    'Harper said the talks in Ottawa had gone well and that the premiers would meet again in the spring.',
  ].join('\n')
  const article = parseArticle(input)

  it('has mentions in the headline, byline, dateline and body, each a slice of the input', () => {
    const harper = article.entities.people.find((person) => person.name === 'Stephen Harper')
    expect(harper?.mentions[0]?.span.start).toBe(input.indexOf('Harper'))
    expect(article.entities.people[0]?.name).toBe('Stephen Harper')
    expect(article.entities.people.map((person) => person.name)).toContain('Murray Brewster')
    const ottawa = article.entities.places.find((place) => place.name === 'Ottawa')
    expect(ottawa?.mentions.map((mention) => mention.text)).toEqual(['Ottawa', 'OTTAWA', 'Ottawa'])
    expectArticle(input, article)
  })
})

describe('parseArticle: every caption and credit is read, not only the first', () => {
  it('finds the agency of the third caption\'s credit and the place of the headline, dek and dateline', async () => {
    const {readFileSync} = await import('node:fs')
    const input = readFileSync(new URL('../fixtures/articles/captions-inside-body.txt', import.meta.url), 'utf8')
    const article = parseArticle(input)
    expect(article.captions).toHaveLength(3)
    const reuters = article.entities.organizations.find((organization) => organization.name === 'Reuters')
    const credit = article.captions[2]?.credit?.span
    expect(reuters?.mentions[0]?.span.start).toBeGreaterThanOrEqual(credit?.start ?? Infinity)
    const belgrade = article.entities.places.find((place) => place.name === 'Belgrade')
    expect(belgrade?.mentions.map((mention) => mention.text)).toEqual(['Belgrade', 'Belgrade', 'BELGRADE'])
    expect(belgrade?.mentions[0]?.span.start).toBe(input.indexOf('Belgrade'))
  })
})

describe('parseArticle: notes name people, a copyright line does not', () => {
  it('finds the reporters of a contributors line and leaves the publisher of a copyright line alone', () => {
    const input = [
      'LONDON (Reuters) - Oil prices rose on Monday after producers agreed to cut output, traders said.',
      '',
      'Brent crude futures rose to $85 a barrel, analyst Tom Brown of Acme Capital said.',
      '',
      'Reporting by Jane Smith in London and Ahmad Ghaddar in Dubai; Editing by Susan Fenton',
      '',
      'Copyright 2008 Brandon Sun All Rights Reserved.',
    ].join('\n')
    const article = parseArticle(input)
    expect(article.notes.map((note) => note.kind)).toEqual(['contributors', 'copyright'])
    expect(article.entities.people.map((person) => person.name)).toEqual(['Tom Brown', 'Jane Smith', 'Ahmad Ghaddar', 'Susan Fenton'])
    expect(article.entities.places.map((place) => place.name)).toEqual(['London', 'Dubai'])
    const copyright = article.notes[1]?.span
    for (const organization of article.entities.organizations) {
      for (const mention of organization.mentions) expect(mention.span.start < (copyright?.start ?? 0)).toBe(true)
    }
  })
})
