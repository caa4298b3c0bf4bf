import {describe, expect, it} from 'vitest'
import {blocks, tokenize, tokenizeTree} from '../src/entities/tokens.js'
import {parseNlcst} from '../src/internal/parse.js'

const sentenceTexts = (text: string): string[] => tokenize(text).sentences.map((s) => text.slice(s.start, s.end))

describe('tokenize', () => {
  it('gives every token its exact offsets', () => {
    const text = 'Gen. Mark Milley met O\'Neill in the U.S. on Feb. 20.\n\nThen he left.'
    const {tokens} = tokenize(text)
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text)
    expect(tokens.map((token) => token.text)).toEqual([
      'Gen.', 'Mark', 'Milley', 'met', "O'Neill", 'in', 'the', 'U.S.', 'on', 'Feb.', '20', '.', 'Then', 'he', 'left', '.',
    ])
  })

  it.each([
    ['The committee sat. Members left.', ['The committee sat.', 'Members left.']],
    ['It was Jan. 5. They met.', ['It was Jan. 5.', 'They met.']],
    ['Gen. Milley spoke. He left.', ['Gen. Milley spoke.', 'He left.']],
    ['He lives in the U.S. and works in Calif. now.', ['He lives in the U.S. and works in Calif. now.']],
    ['Rep. Jane Doe, D-Calif., said so.', ['Rep. Jane Doe, D-Calif., said so.']],
    // "vs." joins two names; parse-english alone ends a sentence there
    ['After the Roe vs. Wade decision, a bomb exploded.', ['After the Roe vs. Wade decision, a bomb exploded.']],
    ['Spurs play Arsenal vs. Chelsea later.', ['Spurs play Arsenal vs. Chelsea later.']],
    // so does it after some abbreviated titles before a name
    ['On Monday Adm. Mike Mullen spoke. He left.', ['On Monday Adm. Mike Mullen spoke.', 'He left.']],
    ['Det. Maria Ruiz and Sens. Kim and Lee met.', ['Det. Maria Ruiz and Sens. Kim and Lee met.']],
    ['Cpl. Ann Roe and Pvt. Tom Wu fell.', ['Cpl. Ann Roe and Pvt. Tom Wu fell.']],
  ])('splits %j into sentences', (text, expected) => {
    expect(sentenceTexts(text)).toEqual(expected)
  })

  it('keeps digit groups together', () => {
    expect(tokenize('It has 130,000 soldiers and 1,234,567 more.').tokens.map((t) => t.text)).toContain('1,234,567')
    expect(tokenize('It has 130,000 soldiers.').tokens.map((t) => t.text)).toContain('130,000')
  })

  it('makes each URL one token of kind url', () => {
    const text = 'See https://www.example.com/2022/02/10/a-story.html, then www.example.org/x.'
    const urls = tokenize(text).tokens.filter((t) => t.kind === 'url').map((t) => t.text)
    expect(urls).toEqual(['https://www.example.com/2022/02/10/a-story.html', 'www.example.org/x'])
  })

  it('marks line breaks before a token', () => {
    const {tokens} = tokenize('one\ntwo three')
    expect(tokens.map((t) => t.newlineBefore)).toEqual([false, true, false])
  })

  it('keeps each token\'s kind, sentence and spacing when digit groups, URLs and sentences are joined', () => {
    // A token holds its end as its text's length and packs sentence, kind and spacing in one
    // number: renumbering a sentence ("vs." joined) or growing a token (a digit group, a URL)
    // must leave the other facts as they were.
    const text = 'Roe vs. Wade won 1,234,567\nvotes at https://x.org/a b. Then\tleft!'
    const {tokens, sentences} = tokenize(text)
    const facts = tokens.map((t) => [t.text, t.end, t.kind, t.sentence, t.spaceBefore, t.newlineBefore])
    expect(facts).toEqual([
      ['Roe', 3, 'word', 0, false, false],
      ['vs', 6, 'word', 0, true, false],
      ['.', 7, 'punctuation', 0, false, false],
      ['Wade', 12, 'word', 0, true, false],
      ['won', 16, 'word', 0, true, false],
      ['1,234,567', 26, 'word', 0, true, false],
      ['votes', 32, 'word', 0, true, true],
      ['at', 35, 'word', 0, true, false],
      ['https://x.org/a', 51, 'url', 0, true, false],
      ['b', 53, 'word', 0, true, false],
      ['.', 54, 'punctuation', 0, false, false],
      ['Then', 59, 'word', 1, true, false],
      ['left', 64, 'word', 1, true, false],
      ['!', 65, 'punctuation', 1, false, false],
    ])
    expect(sentences.map((s) => [s.first, s.last])).toEqual([[0, 11], [11, 14]])
  })
})

describe('blocks', () => {
  it('cuts at blank lines, including ones holding spaces or \\r', () => {
    const text = 'a\nb\n\nc\r\n \r\nd'
    expect(blocks(text).map(([s, e]) => text.slice(s, e).trim())).toEqual(['a\nb', 'c', 'd'])
  })

  it('cuts a very long block at spaces, covering every character once', () => {
    const text = 'word '.repeat(5000)
    const cut = blocks(text)
    expect(cut.length).toBeGreaterThan(1)
    expect(cut.map(([s, e]) => text.slice(s, e)).join('')).toBe(text)
  })
})

describe('URLs and e-mail addresses', () => {
  const urls = (text: string) => tokenize(text).tokens.filter((t) => t.kind === 'url').map((t) => t.text)

  it('finds e-mail addresses and leaves a lone @ alone', () => {
    expect(urls('Write to jane.doe+news@example.co.uk. Or @handle, or a @ b.')).toEqual(['jane.doe+news@example.co.uk'])
  })

  it('keeps an e-mail address inside a URL part of that URL', () => {
    expect(urls('See https://example.com/u/jane@example.com/page now')).toEqual(['https://example.com/u/jane@example.com/page'])
  })

  it('stays linear on runs built to make a regex backtrack', () => {
    const text = 'w-@f-'.repeat(20000) + ' ' + 'a@'.repeat(20000) + ' ' + 'https://'.repeat(5000)
    const found = tokenize(text).tokens
    for (const token of found) expect(text.slice(token.start, token.end)).toBe(token.text)
  })
})

describe('tokenizeTree', () => {
  it('gives the tokens and sentences tokenize gives, from a tree of the same text', () => {
    for (const sample of ['The committee sat. Members left.', 'Gen. Mark Milley spoke on Jan. 5. He left at 130,000 feet, see www.example.com/a.', '“We will win,” she said.\n\nNext paragraph.']) {
      expect(tokenizeTree(sample, parseNlcst(sample))).toEqual(tokenize(sample))
    }
  })

  it('is undefined for a tree whose nodes lack offsets, or point past the text', () => {
    const tree = parseNlcst('Mark Milley spoke.')
    expect(tokenizeTree('Mark', tree)).toBeUndefined()
    const sentence = (tree.children[0] as {children: Array<{children: Array<{position?: unknown}>}>}).children[0]
    delete (sentence?.children[0] as {position?: unknown}).position
    expect(tokenizeTree('Mark Milley spoke.', tree)).toBeUndefined()
  })
})
