/**
 * The general rules added after the tune/held-out split of the evaluation: each row is
 * a sentence, its reference date, and the one expression a careful TIMEX3 annotator
 * finds in it with its type and value; the negative cases are where a rule could
 * over-fire.
 */
import {describe, expect, it} from 'vitest'
import {extractEntities} from '../../src/index.js'

interface Found {
  text: string
  type: string
  value: string | undefined
}

function datesOf(text: string, referenceDate: string): Found[] {
  return extractEntities(text, {referenceDate}).dates.map((date) => ({text: date.text, type: date.type, value: date.value}))
}

describe('holidays', () => {
  it.each([
    ['The family met on Thanksgiving Day.', '2000-01-06', 'Thanksgiving Day', '1999-11-25'],
    ['The campaign runs until Election Day.', '1998-10-26', 'Election Day', '1998-11-03'],
    ['He was home for Christmas.', '1999-01-10', 'Christmas', '1998-12-25'],
    ['Stores will close on Christmas Eve.', '1999-12-01', 'Christmas Eve', '1999-12-24'],
    ["The law takes effect on New Year's Day.", '1999-12-01', "New Year's Day", '2000-01-01'],
    ['Crowds gathered at Easter 2024.', '2024-06-01', 'Easter 2024', '2024-03-31'],
    ['He died on Good Friday.', '2000-01-06', 'Good Friday', '1999-04-02'],
    ['Parades are held on Memorial Day.', '2000-05-01', 'Memorial Day', '2000-05-29'],
    ['The strike ended before Labor Day.', '1998-10-01', 'Labor Day', '1998-09-07'],
  ])('%j (written %s) → %s = %s', (text, ref, expression, value) => {
    expect(datesOf(text, ref)).toEqual([{text: expression, type: 'DATE', value}])
  })

  it('leaves the year open without a reference date', () => {
    expect(extractEntities('They met on Christmas Day.').dates.map((date) => date.value)).toEqual(['XXXX-12-25'])
  })

  it.each(['The Christmas tree fell over.', 'They flew to Easter Island.', 'the labor day was long', 'He sent Christmas cards.'])('finds no holiday in %j', (text) => {
    expect(datesOf(text, '2000-01-06')).toEqual([])
  })
})

describe('the tense reader: adjectives in -ed and acts agreed on', () => {
  it.each([
    // an -ed adjective is not a past verb
    ['Qantas will double its flights by August in search of markets untouched by the crisis.', '1998-02-13', 'August', '1998-08'],
    ['It would be paid on a still unspecified date in January.', '1989-10-26', 'January', '1990-01'],
    // what is agreed, decided or offered "to" do lies ahead
    ['The bank announced an agreement to acquire the company in January.', '1989-11-02', 'January', '1990-01'],
    ['Thermo agreed to purchase the line in February.', '1989-10-30', 'February', '1990-02'],
    // negative cases: the past stays past
    ['He agreed to the deal in January.', '1989-11-02', 'January', '1989-01'],
    ['He unveiled the plan in January.', '1989-11-02', 'January', '1989-01'],
    ['The unidentified man was arrested in January.', '1989-11-02', 'January', '1989-01'],
    ['He decided to stay.', '1989-11-02', undefined, undefined],
  ])('%j (written %s) → %s = %s', (text, ref, expression, value) => {
    expect(datesOf(text, ref)).toEqual(expression ? [{text: expression, type: 'DATE', value}] : [])
  })
})
