import {describe, expect, it} from 'vitest'
import {maxQuoteLength, pairMarks} from '../../src/quotes/marks.js'
import {tokenize} from '../../src/quotes/tokens.js'

const quoted = (text: string, nextOpens?: 'double' | 'single'): string[] =>
  pairMarks(text, tokenize(text), {continuing: false, nextOpens}).map((found) => text.slice(found.start, found.end))

describe('quotation marks', () => {
  it.each([
    ['"We will win," he said, "and soon."', ['We will win,', 'and soon.']],
    ['“We will win,” he said.', ['We will win,']],
    ["``This is a lifeline,'' said Sen. Harold Brandt.", ['This is a lifeline,']],
    ["'Nobody wins from strikes,' she said. 'Not the workers.'", ['Nobody wins from strikes,', 'Not the workers.']],
    ['‘Nobody wins,’ she said.', ['Nobody wins,']],
    ['« Nous gagnerons », a-t-il dit.', ['Nous gagnerons']],
    // A mismatched pair the writer plainly meant as one quotation.
    ['`` I say brains is the greater producer of wealth."', ['I say brains is the greater producer of wealth.']],
    // Curly marks used the wrong way round still pair by their neighbours.
    ['He said “I am deeply disappointed.“', ['I am deeply disappointed.']],
  ])('pairs %j', (text, expected) => {
    expect(quoted(text)).toEqual(expected)
  })

  it('keeps a quotation inside a quotation whole', () => {
    expect(quoted('"She used to say, \'Kofi, you will play at Wembley,\'" Mensah said.')).toEqual(["She used to say, 'Kofi, you will play at Wembley,'"])
    expect(quoted('There is a quote — "If we knew what we were doing, it would not be called "research", would it?"')).toEqual([
      'If we knew what we were doing, it would not be called "research", would it?',
    ])
  })

  it.each([
    "The workers' rights were cut in the '90s, when rock 'n' roll was young.",
    "It's the railways' return to public ownership that commuters' groups want.",
    "Under the 'scopes the tissue looked different.",
    'He is 6\'2" tall.',
    'See https://example.com/search?q="factory+fire"&sort=newest for more.',
  ])('finds no quotation in %j', (text) => {
    expect(quoted(text)).toEqual([])
  })

  it('bounds an unclosed mark by its sentence, not the rest of the paragraph', () => {
    expect(quoted('Crews found the building "well alight. At its height, 60 firefighters were at the scene.')).toEqual(['well alight.'])
  })

  it('runs an opening mark to the paragraph end when the next paragraph goes on quoting', () => {
    expect(quoted('"This is not the plan. It has too few units.', 'double')).toEqual(['This is not the plan. It has too few units.'])
    expect(quoted('She said, "We are ready. We have been ready for years.')).toEqual(['We are ready. We have been ready for years.'])
  })

  it('takes the words before a lone closing mark when a quotation runs on from the paragraph before', () => {
    const text = 'It was a very emotional day. They focused better." Then they left.'
    const found = pairMarks(text, tokenize(text), {continuing: true, nextOpens: undefined})
    expect(found.map((item) => [text.slice(item.start, item.end), item.continued])).toEqual([['It was a very emotional day. They focused better.', true]])
  })

  it('never pairs marks farther apart than the longest quotation', () => {
    const long = 'Another sentence. '.repeat(maxQuoteLength / 10)
    const text = `He said "this is unclosed. ${long} Later "a real quote" appeared.`
    expect(quoted(text)).toEqual(['this is unclosed.', 'a real quote'])
  })
})
