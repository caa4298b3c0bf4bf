/**
 * The grammar runs a date rule only at the words it declares it can start at (each
 * rule's `Starts`). This checks the declarations: over real articles and sentences that
 * exercise every rule, no rule matches at a token whose word its declaration leaves out,
 * so skipping the other rules changes nothing. (`npm run check:outputs` gave the same
 * hashes before and after the gating, over every eval set and the bench corpus.)
 */
import {describe, expect, it} from 'vitest'
import {grammarRules} from '../../src/entities/dates/grammar.js'
import {canStartAt} from '../../src/entities/dates/match.js'
import {buildView, wordAt} from '../../src/entities/dates/view.js'
import {tokenize} from '../../src/entities/tokens.js'
import {ownFixtureList} from '../helpers/fixtures.js'

/** Sentences with at least one match of every rule. */
const sentences = [
  'The games run until Feb. 20, 2022, and on 20 February; the form is dated 12/25/2021 and 2022-02-20.',
  "Profit rose in Q3 2023, in the third quarter, in third-quarter trading and in this year's second quarter.",
  "Prices fell in the 1990s, the '80s, the nineties and the 20th century; in the 1988 second quarter too.",
  'He left last fall and returns this summer; the talks begin at 6:30 p.m. local time, at noon and at 1400 GMT.',
  'The talks were held on Thursday, last Friday and Thursday at 9 p.m.; on Mondays they rest.',
  'He left yesterday morning, arrives tomorrow and spoke today; two days ago, a year earlier, years ago.',
  'It happened last week, this month and the previous year; that year, the end of the year, year-end.',
  'The weekend, the latest quarter, the year-ago period; every Monday, each year, daily, $5 million a year.',
  'It lasted three decades, nearly forty years, a five-year plan, several weeks; for years; half an hour.',
  'He is now here; recently, soon, the future, the past, recent years, these days, current rates.',
  "In 1961, in '58, nineteen ninety-six, the year two thousand; mid-2021, early-1990s; on Labor Day and Christmas.",
  'It rained on April 24 and 25, and on the night of Oct. 23, 1998, early 2022, the end of March, late last year.',
  'Sales for FY2025 and FY 2026 rose; the 2027-2030 plan and the 2027–30 one; the vote is on the 4th.',
]

describe('date rules start only at the words they declare', () => {
  it('match nowhere else in the fixture articles and the sentences above', () => {
    const texts = [...sentences, ...ownFixtureList().map((fixture) => fixture.text)]
    const matchedRules = new Set<number>()
    const outside: string[] = []
    for (const text of texts) {
      const view = buildView(tokenize(text))
      for (let at = 0; at < view.tokens.length; at++) {
        const word = wordAt(view, at)
        grammarRules.forEach(([rule, starts], index) => {
          const match = rule(view, at)
          if (!match || match.end <= at) return
          matchedRules.add(index)
          if (!canStartAt(starts, word)) outside.push(`${match.rule} at ${JSON.stringify(word)}`)
        })
      }
    }
    expect(outside).toEqual([])
    // Every rule matched somewhere, so every declaration was put to the test.
    expect(matchedRules.size).toBe(grammarRules.length)
  })
})
