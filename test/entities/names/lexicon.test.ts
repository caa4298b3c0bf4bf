import {describe, expect, it} from 'vitest'
import {extractEntities, parseArticle} from '../../../src/index.js'

const names = (list: ReadonlyArray<{name: string}>): string[] => list.map((entity) => entity.name)

describe('the lexicon option', () => {
  it('finds the given names with their kind, clustered and titled like the rest', () => {
    const text = 'Norilsk Nickel cut output at Talnakh, said Gen. Ivan Petrovsky. Petrovsky left Talnakh.'
    const found = extractEntities(text, {lexicon: {organizations: ['Norilsk Nickel'], places: ['Talnakh'], people: ['Ivan Petrovsky']}})
    expect(names(found.organizations)).toContain('Norilsk Nickel')
    const talnakh = found.places.find((place) => place.name === 'Talnakh')
    expect(talnakh?.mentions.map((mention) => mention.span.start)).toEqual([text.indexOf('Talnakh'), text.lastIndexOf('Talnakh')])
    const person = found.people.find((entry) => entry.name === 'Ivan Petrovsky')
    expect(person?.title).toBe('Gen.')
    expect(person?.mentions.map((mention) => mention.text)).toEqual(['Ivan Petrovsky', 'Petrovsky'])
  })

  it("wins over the model's guess where they overlap", () => {
    const text = 'Washington Post reporters met Jordan Peele.'
    const found = extractEntities(text, {lexicon: {organizations: ['Washington Post'], people: ['Jordan Peele']}})
    expect(names(found.organizations)).toEqual(['Washington Post'])
    expect(names(found.places)).not.toContain('Washington')
    expect(names(found.people)).toEqual(['Jordan Peele'])
  })

  it('takes the longest of entries that are substrings of each other', () => {
    const text = 'Bank of America said America grew.'
    const found = extractEntities(text, {lexicon: {organizations: ['Bank of America', 'Bank'], places: ['America']}})
    expect(names(found.organizations)).toEqual(['Bank of America'])
    expect(found.places.flatMap((place) => place.mentions.map((mention) => mention.span.start))).toEqual([text.lastIndexOf('America')])
  })

  it('is case-sensitive except on words in capitals', () => {
    const found = extractEntities('ACME WINS CONTRACT\n\nThe acme of his career came when Acme won.', {lexicon: {organizations: ['Acme']}})
    expect(found.organizations.flatMap((entity) => entity.mentions.map((mention) => mention.text))).toEqual(['ACME', 'Acme'])
  })

  it('skips empty entries, and an empty lexicon changes nothing', () => {
    const text = 'Mark Milley spoke in Kyiv.'
    expect(extractEntities(text, {lexicon: {people: ['', '  '], places: []}})).toEqual(extractEntities(text))
    expect(extractEntities(text, {lexicon: {}})).toEqual(extractEntities(text))
  })

  it('keeps every span a slice of the input', () => {
    const text = "Moody's Investors Service cut Norilsk Nickel's rating."
    const found = extractEntities(text, {lexicon: {organizations: ["Moody's Investors Service", 'Norilsk Nickel']}})
    for (const entity of found.organizations) for (const mention of entity.mentions) expect(text.slice(mention.span.start, mention.span.end)).toBe(mention.text)
    expect(names(found.organizations)).toEqual(["Moody's Investors Service", 'Norilsk Nickel'])
  })

  it('is a TypeError naming what was given when it is not lists of strings', () => {
    expect(() => extractEntities('x', {lexicon: 'Acme'} as never)).toThrow(/lexicon must be an object.*got a string/)
    expect(() => extractEntities('x', {lexicon: {people: 'Ann'}} as never)).toThrow(/lexicon\.people must be an array of strings, got a string/)
    expect(() => extractEntities('x', {lexicon: {places: ['Brno', 7]}} as never)).toThrow(/lexicon\.places\[1\] must be a string, got number 7/)
    expect(() => parseArticle('x', {lexicon: null} as never)).toThrow(/parseArticle\(\) option lexicon/)
  })

  it('works through parseArticle, spans in the original input', () => {
    const text = 'Talnakh mine reopens\n\nNorilsk Nickel reopened the Talnakh mine on Monday.\n'
    const article = parseArticle(text, {lexicon: {organizations: ['Norilsk Nickel'], places: ['Talnakh']}})
    expect(names(article.entities.organizations)).toContain('Norilsk Nickel')
    for (const entity of [...article.entities.organizations, ...article.entities.places]) {
      for (const mention of entity.mentions) expect(text.slice(mention.span.start, mention.span.end)).toBe(mention.text)
    }
  })
})

describe('dates and names', () => {
  it('a holiday is a date, not an organization', () => {
    const found = extractEntities('Stores closed on Labor Day.')
    expect(found.organizations).toEqual([])
    expect(found.dates.map((date) => date.text)).toContain('Labor Day')
  })
})
