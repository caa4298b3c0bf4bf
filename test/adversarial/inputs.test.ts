/**
 * Adversarial inputs (test/adversarial/inputs.ts): each finishes and gives a
 * well-formed result. Times are not asserted (bench/ reports them); the timeout is
 * only a hang guard. `npm test` builds each input at a tenth of its size (a quadratic
 * step still hangs there); `npm run test:full` (NUTGRAF_TEST_FULL=1) at full size.
 */
import {describe, expect, it} from 'vitest'
import {extractEntities, parseArticle, segment} from '../../src/index.js'
import {expectArticle, expectEntities, expectSegments} from '../helpers/invariants.js'
import {adversarialInputsAt} from './inputs.js'

const hangGuard = 120_000
const scale = process.env.NUTGRAF_TEST_FULL === '1' ? 1 : 0.1
const sized = scale === 1 ? '' : ' (at 1/10 size; full size in test:full)'
const adversarialInputs = adversarialInputsAt(scale)

describe('adversarial inputs', () => {
  it.each(adversarialInputs.map((input) => [input.name + sized, input] as const))('%s: well-formed', (_, input) => {
    const text = input.make()
    const article = parseArticle(text, {referenceDate: '2022-02-10'})
    expectArticle(text, article)
    expectSegments(text, segment(text))
    if (!input.large) {
      const entities = extractEntities(text)
      expectEntities(text, entities)
      expect(extractEntities(text)).toEqual(entities)
      expect(parseArticle(text, {referenceDate: '2022-02-10'})).toEqual(article)
    }
  }, hangGuard)

  it(`keeps the prose of a 5 MB single line in the body${sized}`, () => {
    const input = adversarialInputs.find((item) => item.name === '5 MB single line of prose')
    const text = input?.make() ?? ''
    const {body} = segment(text)
    const kept = body.reduce((sum, paragraph) => sum + paragraph.text.length, 0)
    expect(kept).toBeGreaterThan(text.length * 0.9)
  }, hangGuard)

  it.each(['', '   ', '\n\n\n', ' \t\n\r\u00a0\u2028\ufeff\u200b'])('finds nothing at all in %j', (text) => {
    const article = parseArticle(text)
    expect(article.body).toEqual([])
    expect(article.references).toEqual([])
    expect(article.caption).toBeUndefined()
    expect(article.byline).toBeUndefined()
    expect(article.dateline).toBeUndefined()
    expect(article.captions).toEqual([])
    expect(article.notes).toEqual([])
    expect(article.quotes).toEqual([])
    expect(article.entities).toEqual({people: [], organizations: [], places: [], dates: [], amounts: []})
  })
})
