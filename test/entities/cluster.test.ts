import {describe, expect, it} from 'vitest'
import {clusterMentions, isAcronymOf} from '../../src/entities/cluster.js'
import type {NameMention} from '../../src/entities/names/index.js'

/** Mentions for the listed surfaces, each found after the one before. */
function mentionsOf(text: string, items: Array<[NameMention['kind'], string, string?]>): NameMention[] {
  let from = 0
  return items.map(([kind, surface, title]) => {
    const start = text.indexOf(surface, from)
    from = start + surface.length
    return {kind, start, end: start + surface.length, rule: 'test', ...(title ? {title} : {})}
  })
}

describe('clusterMentions', () => {
  it('joins a team\'s nickname to the one team of the text that ends with it', () => {
    const text = 'Warriors fall. The Golden State Warriors lost to the Boston Celtics. The Warriors have lost four of five.'
    const {organizations} = clusterMentions(text, mentionsOf(text, [['organization', 'Warriors'], ['organization', 'Golden State Warriors'], ['organization', 'Boston Celtics'], ['organization', 'Warriors']]))
    expect(organizations.map((entity) => [entity.name, entity.mentions.length])).toEqual([['Golden State Warriors', 3], ['Boston Celtics', 1]])
  })

  it('joins a place written in capitals (a dateline) to the same place in title case, and names it in title case (session 10)', () => {
    const text = 'BOSTON, Nov. 30 -- Boston officials met. The UAE said so.'
    const {places} = clusterMentions(text, mentionsOf(text, [['place', 'BOSTON'], ['place', 'Boston'], ['place', 'UAE']]))
    expect(places.map((entity) => [entity.name, entity.mentions.length])).toEqual([['Boston', 2], ['UAE', 1]])
  })

  it('joins a name to the same name with a regnal number or suffix, but not two different numbers (session 10)', () => {
    const text = 'Pope Leo XIV spoke. Leo left. Henry VIII and Henry VII.'
    const {people} = clusterMentions(text, mentionsOf(text, [['person', 'Leo XIV'], ['person', 'Leo'], ['person', 'Henry VIII'], ['person', 'Henry VII']]))
    expect(people.map((person) => [person.name, person.mentions.length])).toEqual([['Leo XIV', 2], ['Henry VIII', 1], ['Henry VII', 1]])
  })

  it('joins no nickname that two teams of the text share', () => {
    const text = 'The New York Rangers and the Texas Rangers. The Rangers won.'
    const {organizations} = clusterMentions(text, mentionsOf(text, [['organization', 'New York Rangers'], ['organization', 'Texas Rangers'], ['organization', 'Rangers']]))
    expect(organizations.map((entity) => entity.name)).toEqual(['New York Rangers', 'Texas Rangers', 'Rangers'])
  })

  it('links a family name to the full name, before or after it, and keeps the title apart', () => {
    const text = 'Gen. Milley arrived. General Mark Milley spoke. Milley left.'
    const {people} = clusterMentions(text, mentionsOf(text, [['person', 'Milley', 'Gen.'], ['person', 'Mark Milley', 'General'], ['person', 'Milley']]))
    expect(people).toHaveLength(1)
    expect(people[0]?.name).toBe('Mark Milley')
    expect(people[0]?.title).toBe('Gen.')
    expect(people[0]?.mentions.map((mention) => mention.text)).toEqual(['Milley', 'Mark Milley', 'Milley'])
  })

  it('links a family name to a full name written in capitals, and names the person in title case', () => {
    const text = "By PAUL J. WEBER and MATT O'BRIEN. Weber reported from Austin."
    const {people} = clusterMentions(text, mentionsOf(text, [['person', 'PAUL J. WEBER'], ['person', "MATT O'BRIEN"], ['person', 'Weber']]))
    expect(people.map((person) => [person.name, person.mentions.map((mention) => mention.text)])).toEqual([
      ['Paul J. Weber', ['PAUL J. WEBER', 'Weber']],
      ["Matt O'Brien", ["MATT O'BRIEN"]],
    ])
  })

  it('links a family name to the most recent person with it', () => {
    const text = 'Mark Smith and Jane Smith came. Smith spoke.'
    const {people} = clusterMentions(text, mentionsOf(text, [['person', 'Mark Smith'], ['person', 'Jane Smith'], ['person', 'Smith']]))
    expect(people.map((person) => [person.name, person.mentions.length])).toEqual([['Mark Smith', 1], ['Jane Smith', 2]])
  })

  it('links a family name by its whole last word, whoever came in between', () => {
    const text = 'Jane Smith met John Smithers and Ann Lee Smith-Jones. Smith spoke.'
    const {people} = clusterMentions(text, mentionsOf(text, [['person', 'Jane Smith'], ['person', 'John Smithers'], ['person', 'Ann Lee Smith-Jones'], ['person', 'Smith']]))
    expect(people.map((person) => [person.name, person.mentions.length])).toEqual([['Jane Smith', 2], ['John Smithers', 1], ['Ann Lee Smith-Jones', 1]])
  })

  it('keeps people with different family names apart', () => {
    const text = 'Mark Milley met Viktor Gulevich.'
    const {people} = clusterMentions(text, mentionsOf(text, [['person', 'Mark Milley'], ['person', 'Viktor Gulevich']]))
    expect(people.map((person) => person.name)).toEqual(['Mark Milley', 'Viktor Gulevich'])
  })

  it('groups "the Pentagon" with "Pentagon" and an acronym with its expansion', () => {
    const text = 'The North Atlantic Treaty Organization (NATO) and the Pentagon met. NATO and Pentagon officials left.'
    const mentions = mentionsOf(text, [
      ['organization', 'North Atlantic Treaty Organization'],
      ['organization', 'NATO'],
      ['organization', 'the Pentagon'],
      ['organization', 'NATO'],
      ['organization', 'Pentagon'],
    ])
    const {organizations} = clusterMentions(text, mentions)
    expect(organizations.map((entity) => [entity.name, entity.mentions.length])).toEqual([
      ['North Atlantic Treaty Organization', 3],
      ['Pentagon', 2],
    ])
  })

  it('reads an alias in brackets up to three spaces after the name, not further', () => {
    const near = 'The Islamic Revolutionary Guard Corps   (IRGC) said so. IRGC officials left.'
    const far = 'The Islamic Revolutionary Guard Corps    (IRGC) said so. IRGC officials left.'
    const items: Array<[NameMention['kind'], string]> = [['organization', 'Islamic Revolutionary Guard Corps'], ['organization', 'IRGC'], ['organization', 'IRGC']]
    expect(clusterMentions(near, mentionsOf(near, items)).organizations.map((entity) => entity.mentions.length)).toEqual([3])
    expect(clusterMentions(far, mentionsOf(far, items)).organizations.map((entity) => entity.mentions.length)).toEqual([1, 2])
  })

  it('groups an acronym with and without dots, named by its fullest form', () => {
    const text = 'US officials said the U.S. would not move. Talks at the U.N. stalled, and the UN said the E.U. and the EU agreed.'
    const mentions = mentionsOf(text, [
      ['place', 'US'],
      ['place', 'U.S.'],
      ['organization', 'U.N.'],
      ['organization', 'UN'],
      ['organization', 'E.U.'],
      ['organization', 'EU'],
    ])
    const {places, organizations} = clusterMentions(text, mentions)
    expect(places.map((entity) => [entity.name, entity.mentions.map((mention) => mention.text)])).toEqual([['U.S.', ['US', 'U.S.']]])
    expect(organizations.map((entity) => [entity.name, entity.mentions.length])).toEqual([
      ['U.N.', 2],
      ['E.U.', 2],
    ])
  })

  it('joins a dotted acronym to the expansion its undotted form was given', () => {
    const text = 'The United Nations (UN) met in Geneva. Later the U.N. said talks would resume.'
    const mentions = mentionsOf(text, [
      ['organization', 'United Nations'],
      ['organization', 'UN'],
      ['place', 'Geneva'],
      ['organization', 'U.N.'],
    ])
    const {organizations} = clusterMentions(text, mentions)
    expect(organizations.map((entity) => [entity.name, entity.mentions.length])).toEqual([['United Nations', 3]])
  })

  it('keeps apart capitals that differ by more than dots', () => {
    const text = 'The U.S. and the USA and the US-led coalition.'
    const {places} = clusterMentions(text, mentionsOf(text, [['place', 'U.S.'], ['place', 'USA']]))
    expect(places.map((entity) => entity.name)).toEqual(['U.S.', 'USA'])
  })

  it('normalizes whitespace in names but keeps the exact source text of mentions', () => {
    const text = 'Russian Defense\nMinistry said.'
    const {organizations} = clusterMentions(text, mentionsOf(text, [['organization', 'Russian Defense\nMinistry']]))
    expect(organizations[0]?.name).toBe('Russian Defense Ministry')
    expect(organizations[0]?.mentions[0]?.text).toBe('Russian Defense\nMinistry')
  })
})

describe('isAcronymOf', () => {
  it.each([
    ['NATO', 'North Atlantic Treaty Organization', true],
    ['U.N.', 'United Nations', true],
    ['FOMC', 'Federal Open Market Committee', true],
    ['NATO', 'National Rifle Association', false],
    ['Paris', 'Pierre Alain Rene Ivan Sarkozy', false],
  ])('%s of %s → %s', (short, long, expected) => {
    expect(isAcronymOf(short, long)).toBe(expected)
  })
})
