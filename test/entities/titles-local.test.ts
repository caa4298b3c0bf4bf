import {describe, expect, it} from 'vitest'
import {extractEntities} from '../../src/index.js'

describe('local-government titles', () => {
  it.each([
    ['Councilor Priya Nandakumar said no.', 'Priya Nandakumar', 'Councilor'],
    ['Alderman Tom Reilly voted against it.', 'Tom Reilly', 'Alderman'],
    ['The motion failed, Assemblywoman Grace Meng said.', 'Grace Meng', 'Assemblywoman'],
  ])('keeps the title of %j apart from the name', (text, name, title) => {
    const person = extractEntities(text).people.find((entity) => entity.name === name)
    expect(person?.title).toBe(title)
  })
})

describe('a suffix after a title word (session 10)', () => {
  it('keeps "Martin Luther King Jr." whole: "King" there is part of the name, not a title over "Jr."', () => {
    const {people} = extractEntities('Martin Luther King Jr. spoke in Selma.')
    expect(people.map((person) => person.name)).toEqual(['Martin Luther King Jr.'])
  })

  it('still splits a title off a name that ends in a regnal number', () => {
    const {people} = extractEntities('King Charles III visited Sydney on Monday.')
    expect(people.map((person) => [person.name, person.title])).toEqual([['Charles III', 'King']])
  })
})
