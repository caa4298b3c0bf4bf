/**
 * WordTexts keeps one string for each distinct token text of a document; tokenizers that
 * share one give the same tokens as tokenizers that do not.
 */
import {describe, expect, it} from 'vitest'
import {tokenize} from '../src/entities/tokens.js'
import {WordTexts} from '../src/internal/word-texts.js'
import {tokenize as quoteTokens} from '../src/quotes/tokens.js'

describe('WordTexts', () => {
  it('returns each text as given and keeps one entry a distinct text', () => {
    const words = new WordTexts()
    const texts = ['the', 'The', 'the', 'ten', 'the ten'.slice(0, 3), '']
    expect(texts.map((text) => words.of(text))).toEqual(texts)
    expect(words.size).toBe(4)
  })

  it('leaves the tokens of both tokenizers as they were', () => {
    const text = 'The talks, the Pentagon said, end on Thursday. "The talks end," the Pentagon said.'
    const tokens = tokenize(text).tokens
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual(tokens.map((token) => token.text))
    const shared = new WordTexts()
    const first = quoteTokens(text, shared)
    expect(first).toEqual(quoteTokens(text))
    expect(quoteTokens(text.toUpperCase(), shared)).toEqual(quoteTokens(text.toUpperCase()))
    expect(shared.size).toBeLessThan(first.length)
  })
})
