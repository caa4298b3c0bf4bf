import {describe, expect, it} from 'vitest'
import {extractEntities} from '../../src/index.js'
import {findNames} from '../../src/entities/names/index.js'
import {peopleBeforeCountry} from '../../src/entities/names/patterns.js'
import {taggerWords} from '../../src/entities/names/tagger-words.js'
import {tokenize} from '../../src/entities/tokens.js'

const names = (text: string) => {
  const found = extractEntities(text)
  return {
    people: found.people.map((entity) => entity.name),
    organizations: found.organizations.map((entity) => entity.name),
    places: found.places.map((entity) => entity.name),
  }
}

describe('findNames', () => {
  it('keeps the title apart and drops the nationality adjective', () => {
    const {people} = extractEntities('Kyiv denounced the games while French Foreign Minister Jean-Yves Le Drian called them violent.')
    expect(people.map((person) => [person.name, person.title])).toEqual([['Jean-Yves Le Drian', 'Foreign Minister']])
  })

  it('finds multi-word organizations, titled people and places in one sentence', () => {
    const found = names(
      'U.S. Joint Chiefs of Staff General Mark Milley spoke with General Staff of the Armed Forces Major General Viktor Gulevich of Belarus.',
    )
    expect(found.organizations).toEqual(['U.S. Joint Chiefs of Staff', 'General Staff of the Armed Forces'])
    expect(found.people).toEqual(['Mark Milley', 'Viktor Gulevich'])
    expect(found.places).toEqual(['Belarus'])
  })

  it('gives titles as they are written', () => {
    const found = extractEntities('Major General Viktor Gulevich and Gen. Mark Milley talked.')
    expect(found.people.map((person) => [person.name, person.title])).toEqual([
      ['Viktor Gulevich', 'Major General'],
      ['Mark Milley', 'Gen.'],
    ])
  })

  it.each(['Ludwig van Beethoven', "Sean O'Neill", 'Jean-Yves Le Drian'])('keeps %s whole', (name) => {
    expect(names(`Critics say ${name} changed everything.`).people).toEqual([name])
  })

  it('takes buildings that stand for institutions as organizations', () => {
    const found = names('The Kremlin said on Monday that it had told the Pentagon.')
    expect(found.organizations).toEqual(['Kremlin', 'Pentagon'])
    expect(found.places).toEqual([])
  })

  it('tags a name again when it comes back (document consistency)', () => {
    const found = extractEntities('Mark Milley spoke in Minsk. Later, Milley flew home.')
    expect(found.people[0]?.mentions.map((mention) => mention.text)).toEqual(['Mark Milley', 'Milley'])
  })

  it('takes an untagged acronym the document spells out as an organization', () => {
    expect(names('The Federal Open Market Committee met. Officials said the FOMC would meet again.').organizations).toContain('FOMC')
  })

  it('returns mentions ordered, non-overlapping, as exact slices of the text', () => {
    const text = 'NATO said Russia\'s deployment of missiles marked a "dangerous moment" for Europe, the Pentagon said.'
    const mentions = findNames(tokenize(text))
    expect(mentions.length).toBeGreaterThanOrEqual(3)
    for (let index = 1; index < mentions.length; index++) {
      expect(mentions[index]?.start).toBeGreaterThanOrEqual(mentions[index - 1]?.end ?? 0)
    }
    expect(mentions.map((mention) => text.slice(mention.start, mention.end))).toEqual(['NATO', 'Russia', 'Europe', 'Pentagon'])
  })

  it.each([
    'May I ask a question?',
    'The French and the Belarusian delegations met on Thursday.',
    'Western leaders have been shuttling back and forth.',
    'See https://www.themoscowtimes.com/author/afp for more.',
    'Read more at www.example.com/Paris/Berlin/NATO today.',
    'the committee sat and members left.',
    'Despite the rain, the match went ahead.',
    'Officials said the talks would resume.',
    'Many Americans disagree.',
    'Ministers met again.',
    'Western officials declined to comment.',
    'General elections are due in May.',
    '',
    '   \n\n\t ',
  ])('finds no name in %j', (text) => {
    expect(findNames(tokenize(text))).toEqual([])
  })
})

describe('results tables', () => {
  it('takes the names in a score line as teams (organizations), countries as places', () => {
    const found = names('Bournemouth 1 Peterborough 2\n\nJapan 2 Syria 1')
    expect(found.organizations).toEqual(['Bournemouth', 'Peterborough'])
    expect(found.places).toEqual(['Japan', 'Syria'])
  })

  it('leaves prose with a few numbers alone', () => {
    expect(names('Peterborough won 2 of its 10 games, said coach Barry Fry.').organizations).toEqual([])
  })
})

describe('news patterns', () => {
  it('takes the place of a dateline as a place', () => {
    expect(names('BONN 1996-08-30\n\nRepresentatives of the two sides met.').places).toEqual(['BONN'])
  })

  it('takes initials before a family name as a person', () => {
    expect(names('The bowlers were T. Moody and J.R. Ratcliffe.').people).toEqual(['T. Moody', 'J.R. Ratcliffe'])
  })

  it('takes a street written with a compass initial for a place, not a person', () => {
    const found = names('A memorial service will be held at First Congregational Church, 444 E. Broad St.')
    expect(found.people).toEqual([])
    expect(found.places).toContain('E. Broad St.')
  })

  it('takes a law for no person, organization or place', () => {
    const found = names('The release contains statements within the meaning of the Private Securities Litigation Reform Act of 1995.')
    expect(found).toMatchObject({people: [], organizations: [], places: []})
  })

  it.each(['Rwandan', 'Iraqi', 'Zairean'])('drops the demonym %s before a noun', (word) => {
    expect(extractEntities(`The ${word} border town was quiet.`)).toMatchObject({people: [], organizations: [], places: []})
  })
})

describe('events', () => {
  it('takes neither the World Cup nor the U.S. Open for an organization or a place', () => {
    const found = names('Brazil won the World Cup before the U.S. Open began in New York.')
    expect(found.organizations).toEqual([])
    expect(found.places).toEqual(['Brazil', 'New York'])
  })
})

describe('demonyms of two words', () => {
  it('drops "South Korean" before a noun but keeps "Le Drian"', () => {
    const found = names('South Korean officials met Jean-Yves Le Drian in Seoul.')
    expect(found.places).toEqual(['Seoul'])
    expect(found.people).toEqual(['Jean-Yves Le Drian'])
  })
})

describe('roles and long titles', () => {
  it('finds the person after a lower-case role, without making the role a title', () => {
    const {people} = extractEntities('The company said, Ericsson spokesman Per Zetterquist told reporters.')
    expect(people.map((person) => [person.name, person.title])).toEqual([['Per Zetterquist', undefined]])
  })

  it('splits a long title with "of" from the name', () => {
    const {people} = extractEntities('U.S. Assistant Secretary of State John Kornblum had reassured officials.')
    expect(people.map((person) => [person.name, person.title])).toEqual([['John Kornblum', 'Assistant Secretary of State']])
  })

  it('keeps a family name that is also a title word', () => {
    expect(names('The novelist Stephen King spoke.').people).toEqual(['Stephen King'])
  })
})

describe('peopleBeforeCountry', () => {
  it('takes two capitalized words before a bracketed country as a person, when untagged', () => {
    const [words = []] = taggerWords(tokenize('Noureddine Morceli (Algeria) 3 minutes'))
    expect(peopleBeforeCountry(words, 0, new Uint8Array(words.length))).toEqual([{type: 'PER', sentence: 0, first: 0, last: 2}])
  })

  it('does nothing before a bracket that holds no country, or before one word', () => {
    const [words = []] = taggerWords(tokenize('Noureddine Morceli (captain) and Morceli (Algeria) ran'))
    expect(peopleBeforeCountry(words, 0, new Uint8Array(words.length))).toEqual([])
  })
})

describe('particles', () => {
  it('keeps "Osama bin Laden" whole even when the tagger cuts it at the particle', () => {
    expect(names('He met Osama bin Laden in Kabul.')).toEqual({people: ['Osama bin Laden'], organizations: [], places: ['Kabul']})
  })

  it('extends a name back over "Capital de" ("Charles de Gaulle Airport")', () => {
    expect(names('Charles de Gaulle Airport is in Paris.').places).toEqual(['Charles de Gaulle Airport', 'Paris'])
  })
})

describe('organization cues', () => {
  it('takes the name after "news agency" or "club" as an organization', () => {
    const found = names('The Yugoslav news agency Tanjug said Lentini was loaned to club Atalanta.')
    expect(found.organizations).toEqual(['Tanjug', 'Atalanta'])
  })
})
