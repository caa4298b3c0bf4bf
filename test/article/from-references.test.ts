import {describe, expect, it} from 'vitest'
import {addReferenceEntities} from '../../src/article/from-references.js'
import type {Entities, Reference} from '../../src/types.js'

const empty = (): Entities => ({people: [], organizations: [], places: [], dates: [], amounts: []})

function authorReference(input: string, url: string, name: string): Reference {
  const start = input.indexOf(url)
  return {kind: 'author', text: url, url, name, span: {start, end: start + url.length}}
}

describe('addReferenceEntities', () => {
  it('makes an agency named by an author page an organization, its mention the slug in the URL', () => {
    const input = 'Body text.\n\nhttps://www.themoscowtimes.com/author/afp\n'
    const result = addReferenceEntities(input, [authorReference(input, 'https://www.themoscowtimes.com/author/afp', 'AFP')], empty())
    expect(result.organizations).toEqual([{name: 'AFP', mentions: [{text: 'afp', span: {start: 50, end: 53}}]}])
    expect(input.slice(50, 53)).toBe('afp')
  })

  it('makes a news agency named by its author page an organization though it is not in capitals, as a byline would', () => {
    const input = 'Body text.\n\nhttps://example.com/authors/reuters/'
    const result = addReferenceEntities(input, [authorReference(input, 'https://example.com/authors/reuters/', 'Reuters')], empty())
    expect(result.people).toEqual([])
    expect(result.organizations).toEqual([{name: 'Reuters', mentions: [{text: 'reuters', span: {start: 40, end: 47}}]}])
    expect(input.slice(40, 47)).toBe('reuters')
  })

  it('makes a named author a person and joins an entity already found', () => {
    const input = 'Jane Doe wrote this.\n\nhttps://example.com/author/jane-doe'
    const found: Entities = {...empty(), people: [{name: 'Jane Doe', mentions: [{text: 'Jane Doe', span: {start: 0, end: 8}}]}]}
    const result = addReferenceEntities(input, [authorReference(input, 'https://example.com/author/jane-doe', 'Jane Doe')], found)
    expect(result.people).toHaveLength(1)
    expect(result.people[0]?.mentions.map((mention) => mention.text)).toEqual(['Jane Doe', 'jane-doe'])
  })

  it('ignores references that are not authors, and names it cannot place', () => {
    const input = 'See https://example.com/news/paris-talks and https://example.com/author/xyz'
    const references: Reference[] = [
      {kind: 'link', text: 'https://example.com/news/paris-talks', url: 'https://example.com/news/paris-talks', name: 'Paris', span: {start: 4, end: 40}},
      authorReference(input, 'https://example.com/author/xyz', 'Reuters'),
    ]
    expect(addReferenceEntities(input, references, empty())).toEqual(empty())
  })
})
