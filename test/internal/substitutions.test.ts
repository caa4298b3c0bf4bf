import {describe, expect, it} from 'vitest'
import {listSubstitutions, placeNames} from '../../src/data/gazetteer-lists.js'
import {frontDecode} from '../../src/internal/front-coding.js'
import {gazetteers} from '../../src/internal/gazetteers.js'
import {expandSubstitutions} from '../../src/internal/substitutions.js'

describe('substrings written one character each', () => {
  it('spells out each character as what it stands for, spaces included', () => {
    expect(expandSubstitutions('Aabia!', '! state# region')).toBe('Aabia state')
    expect(expandSubstitutions('Aoromia#Dya!', '! state# region')).toBe('Aoromia regionDya state')
    expect(expandSubstitutions('Atrinidad4tobago', '4 and ')).toBe('Atrinidad and tobago')
    expect(expandSubstitutions('Aplain', '')).toBe('Aplain')
  })

  it('ships lists that hold the characters and spell out to plain entries', () => {
    expect(placeNames).toContain('!')
    const places = frontDecode(gazetteers().placeNames)
    expect(places).toContain('abia state')
    expect(places.filter((place) => /[^a-z .'\-\p{L}\p{M}ʻʼ()]/u.test(place))).toEqual([])
    expect(listSubstitutions.startsWith('! province')).toBe(true)
  })
})
