/**
 * Property tests of the shared tokenizer and offset map, which every finder and
 * `parseArticle` stand on: tokens are exact, ordered, non-overlapping slices that
 * skip only whitespace; sentences cover their tokens; stitched spans map back inside
 * the source.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {tokenize} from '../../src/entities/tokens.js'
import {stitch} from '../../src/internal/offset-map.js'
import {segment} from '../../src/index.js'
import {anyCodeUnits, anyUnicode, mutatedArticle, newsLike, realTexts, runParameters} from './arbitraries.js'

function checkTokens(text: string): void {
  const {tokens, sentences} = tokenize(text)
  let previousEnd = 0
  tokens.forEach((token, index) => {
    expect(text.slice(token.start, token.end)).toBe(token.text)
    expect(token.end).toBeGreaterThan(token.start)
    expect(token.start).toBeGreaterThanOrEqual(previousEnd)
    // Between two tokens stands only what the tokenizer may skip: whitespace (or nothing).
    // (parse-english also takes U+0085 NEXT LINE for whitespace, as Unicode does.)
    expect(text.slice(previousEnd, token.start).replace(/[\s\u0085]/g, ''), `gap before token ${index}`).toBe('')
    previousEnd = token.end
    const sentence = sentences[token.sentence]
    expect(sentence).toBeDefined()
    expect(index >= (sentence?.first ?? -1) && index < (sentence?.last ?? -1)).toBe(true)
  })
  sentences.forEach((sentence, index) => {
    expect(sentence.last).toBeGreaterThan(sentence.first)
    expect(sentence.start).toBe(tokens[sentence.first]?.start)
    expect(sentence.end).toBe(tokens[sentence.last - 1]?.end)
    if (index > 0) expect(sentence.first).toBe(sentences[index - 1]?.last)
  })
  if (sentences.length > 0) expect(sentences[sentences.length - 1]?.last).toBe(tokens.length)
}

describe('tokenize', () => {
  it('gives exact, ordered tokens on any code units', () => {
    fc.assert(fc.property(anyCodeUnits, checkTokens), runParameters(200))
  })

  it('gives exact, ordered tokens on arbitrary Unicode', () => {
    fc.assert(fc.property(anyUnicode, checkTokens), runParameters(200))
  })

  it('gives exact, ordered tokens on news-shaped text', () => {
    fc.assert(fc.property(newsLike, checkTokens), runParameters(200))
  })

  it('gives exact, ordered tokens on mutated real articles', () => {
    fc.assert(fc.property(mutatedArticle(realTexts()), checkTokens), runParameters(60))
  }, 120_000)
})

describe('stitch', () => {
  it('maps every span of the stitched body back inside the source, in order', () => {
    fc.assert(
      fc.property(newsLike, fc.nat(), fc.nat(), (text, a, b) => {
        const stitched = stitch(text, segment(text).body.map((paragraph) => paragraph.spans), {dehyphenate: true})
        const length = stitched.text.length
        const start = length === 0 ? 0 : a % (length + 1)
        const end = start + (length === 0 ? 0 : b % (length - start + 1))
        const mapped = stitched.toSource({start, end})
        expect(mapped.start).toBeGreaterThanOrEqual(0)
        expect(mapped.end).toBeLessThanOrEqual(text.length)
        expect(mapped.end).toBeGreaterThanOrEqual(mapped.start)
      }),
      runParameters(300),
    )
  })

  it('maps each word of the stitched body to the same word in the source', () => {
    fc.assert(
      fc.property(newsLike, (text) => {
        const stitched = stitch(text, segment(text).body.map((paragraph) => paragraph.spans))
        for (const match of stitched.text.matchAll(/[^\s]+/g)) {
          const span = stitched.toSource({start: match.index, end: match.index + match[0].length})
          expect(text.slice(span.start, span.end)).toBe(match[0])
        }
      }),
      runParameters(200),
    )
  })
})
