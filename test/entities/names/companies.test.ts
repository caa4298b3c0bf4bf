import {describe, expect, it} from 'vitest'
import {suffixedCompanies} from '../../../src/entities/names/patterns.js'
import {rangeText} from '../../../src/entities/names/word-ranges.js'
import {taggerWords} from '../../helpers/tagger-words.js'
import {extractEntities} from '../../../src/index.js'

const companies = (text: string): string[] => {
  const words = taggerWords(text)
  return suffixedCompanies(words, 0).map((range) => rangeText(words, range))
}

describe('companies named with their legal form', () => {
  it('finds the capitalized words before "Inc.", "Corp", "Ltd", with or without a comma', () => {
    expect(companies('Brightwater Therapeutics , Inc. announced results .')).toEqual(['Brightwater Therapeutics , Inc.'])
    expect(companies('Shares of Acme Holdings Corp rose while Siemens AG fell .')).toEqual(['Acme Holdings Corp', 'Siemens AG'])
    expect(companies('General Electric Co fell .')).toEqual(['General Electric Co'])
  })

  it('finds nothing where no capitalized word comes before the legal form', () => {
    expect(companies('the company , Inc. said')).toEqual([])
    expect(companies('Inc. magazine ranked it')).toEqual([])
  })
})

describe('a company and its short forms are one organization', () => {
  it('compares names without their legal form and joins the first word of "X Corp" to it', () => {
    const {organizations, people} = extractEntities('Albemarle Corp walked away from the offer. Albemarle said it would not raise it. Apple Inc. and Apple agreed.')
    expect(organizations.map((entity) => [entity.name, entity.mentions.map((mention) => mention.text)])).toEqual([
      ['Albemarle Corp', ['Albemarle Corp', 'Albemarle']],
      ['Apple Inc.', ['Apple Inc.', 'Apple']],
    ])
    expect(people).toEqual([])
  })

  it('takes a bill for no person (session 10)', () => {
    const {people} = extractEntities('Senate Passes Stopgap Bill, Averting a Shutdown. Bill Cassidy voted for it.')
    expect(people.map((entity) => entity.name)).toEqual(['Bill Cassidy'])
  })

  it('joins the first two words of a company\'s name when the rest only says what it is (session 10)', () => {
    const text = 'Harbor Lane Therapeutics, Inc. reported results. Harbor Lane will host a call. Harbor Lane Therapeutics is based in Boston.'
    const {organizations, places} = extractEntities(text)
    expect(organizations.map((entity) => [entity.name, entity.mentions.map((mention) => mention.text)])).toEqual([
      ['Harbor Lane Therapeutics, Inc.', ['Harbor Lane Therapeutics, Inc.', 'Harbor Lane', 'Harbor Lane Therapeutics']],
    ])
    expect(places.map((entity) => entity.name)).toEqual(['Boston'])
  })

  it('takes no party, title word or nationality for a company\'s short form', () => {
    const {organizations} = extractEntities('The Democratic Party met. Democratic leaders spoke. American Airlines Group Inc said. American officials agreed.')
    const mentions = organizations.flatMap((entity) => entity.mentions.map((mention) => mention.text))
    expect(mentions).not.toContain('Democratic')
    expect(mentions).not.toContain('American')
  })
})
