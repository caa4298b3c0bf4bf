import {describe, expect, it} from 'vitest'
import {extractEntities} from '../../../src/index.js'

const organizations = (text: string): string[] => extractEntities(text).organizations.flatMap((entity) => entity.mentions.map((mention) => mention.text))

describe('acronyms as organizations', () => {
  it('keeps an acronym the document spells out, small words skipped', () => {
    expect(organizations('Officials of the Office of Management and Budget spoke. Later the OMB said it would wait.')).toContain('OMB')
  })

  it('drops capitals the document never spells out', () => {
    expect(organizations('A VBIED exploded near the market, and the SSS readings rose.')).toEqual([])
  })
})

describe('an acronym with and without dots is one name', () => {
  it('clusters "U.S." and "US" into one place named by its fullest form', () => {
    const places = extractEntities('The U.S. said on Monday that talks would resume. US officials agreed.').places
    expect(places.map((entity) => [entity.name, entity.mentions.map((mention) => mention.text)])).toEqual([['U.S.', ['U.S.', 'US']]])
  })
})
