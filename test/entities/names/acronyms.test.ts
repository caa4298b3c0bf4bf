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
