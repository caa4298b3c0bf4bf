/**
 * A multi-word name that ends in an organization's word is an organization, whatever the
 * tagger typed it (session 7: "Queen Alexandra Hospital" came out as the person
 * "Alexandra Hospital", "Green Mountain Electric" as a place).
 */
import {describe, expect, it} from 'vitest'
import {extractEntities} from '../../../src/index.js'

const typed = (text: string): {people: string[]; organizations: string[]; places: string[]} => {
  const {people, organizations, places} = extractEntities(text)
  return {people: people.map((x) => x.name), organizations: organizations.map((x) => x.name), places: places.map((x) => x.name)}
}

describe('names ending in an organization word', () => {
  it.each([
    ['Queen Alexandra Hospital in Portsmouth declared a critical incident.', 'Queen Alexandra Hospital'],
    ['Green Mountain Electric, the utility that serves the town, said it would act.', 'Green Mountain Electric'],
    ['Staff at St Thomas Hospital were praised.', 'St Thomas Hospital'],
  ])('%j', (text, name) => {
    const found = typed(text)
    expect(found.organizations).toContain(name)
    expect([...found.people, ...found.places].some((other) => name.includes(other) || other.includes(name))).toBe(false)
  })

  it.each([
    ['Crowds gathered at Rockefeller Center on Tuesday.', 'Rockefeller Center'],
    ['He was born in the Soviet Union in 1961.', 'Soviet Union'],
  ])('leaves a head that also ends place names alone: %j', (text, name) => {
    expect(typed(text).organizations).not.toContain(name)
  })
})
