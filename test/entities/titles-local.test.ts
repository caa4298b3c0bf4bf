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
