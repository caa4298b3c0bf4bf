/** How `nutgraf` prints: every value of `--pretty` on one line, JSON framed by the main thread. */
import {describe, expect, it} from 'vitest'
import {parseArticle, type Article} from '../../src/index.js'
import {framingOf, oneLine, render} from '../../src/cli/output.js'

describe('oneLine', () => {
  it('shows line breaks as ⏎ and other control characters as escapes', () => {
    expect(oneLine('Tues-\nday')).toBe('Tues-⏎day')
    expect(oneLine('a\r\nb\rc\u2028d')).toBe('a⏎b⏎c⏎d')
    expect(oneLine('bell\u0007 esc\u001b[31m del\u007f')).toBe('bell\\u{7} esc\\u{1b}[31m del\\u{7f}')
    expect(oneLine('tab\tand “quotes” — 😀')).toBe('tab\tand “quotes” — 😀')
  })
})

describe('render', () => {
  const text = 'Rescue workers search the rubble in the town of\nKramatorsk. Photo: Jane Roe\n\nOn Tues-\nday, Gen. Mark Milley\u001b[2J spoke in Minsk.\n'
  const article = parseArticle(text, {referenceDate: '2022-02-10'})

  it('--pretty: every line is a label, an indented item or a header; no value breaks a line', () => {
    const out = render({file: 'a\nb.txt', article}, 'a\nb.txt', {format: 'pretty', single: false})
    expect(out).toContain('==> a⏎b.txt <==\n')
    expect(out).not.toContain('\u001b')
    const lines = out.trimEnd().split('\n')
    for (const line of lines) expect(line).toMatch(/^(==> .* <==|[A-Z][a-z]+(?: date)?: ?.*|Body: \d+ paragraphs?|References: \d+| {2}\S.*)$/)
    expect(article.entities.dates.some((date) => date.text === 'Tues-\nday')).toBe(true)
    expect(out).toContain('Tues-⏎day = 2022-02-08')
  })

  it('--pretty shows every part of an article: headline and dek, each caption, notes, list items, quotes, amounts', () => {
    const at = {start: 0, end: 1}
    const part = (text: string) => ({text, span: at})
    const full: Article = {
      headline: {...part('Ferry to Run\nAll Winter'), dek: part('The council reversed the plan.')},
      caption: {...part('Passengers board.'), credit: part('Alder Ferry Company')},
      captions: [{...part('Passengers board.'), credit: part('Alder Ferry Company')}, part('The pier in March.')],
      dateline: {...part('PORT ALDER, Maine, Nov. 20 —'), place: 'Port Alder', date: 'Nov. 20'},
      body: [{text: 'The council voted 6-3.', spans: [at]}, {text: 'Keep the night ferry', spans: [at], list: true}],
      notes: [{...part('Jane Doe contributed to this report.'), kind: 'contributors'}],
      references: [],
      quotes: [
        {...part('cannot be left with a fishing boat'), spans: [at], kind: 'partial', speaker: {...part('she'), name: 'Linda Castellano'}, cue: part('said')},
        {...part('We will run it'), spans: [at], kind: 'direct'},
      ],
      entities: {people: [], organizations: [], places: [], dates: [], amounts: [{text: '$1.2 million', span: at, type: 'MONEY', value: 1_200_000, unit: 'USD'}, {text: '3.5%', span: at, type: 'PERCENT', value: 3.5, unit: '%'}]},
    }
    const out = render({file: 'x', article: full}, 'x', {format: 'pretty', single: true})
    expect(out.split('\n').slice(0, 16)).toEqual([
      'Headline: Ferry to Run⏎All Winter',
      'Dek:      The council reversed the plan.',
      'Caption: Passengers board.',
      'Credit:  Alder Ferry Company',
      'Caption: The pier in March.',
      'Dateline: PORT ALDER, Maine, Nov. 20 — (date: Nov. 20)',
      'Body: 2 paragraphs',
      '  The council voted 6-3.',
      '  • Keep the night ferry',
      'Notes: 1 note',
      '  [contributors] Jane Doe contributed to this report.',
      'References: 0',
      'Quotes: 2 quotes',
      '  [partial] “cannot be left with a fishing boat” — she (Linda Castellano), said',
      '  [direct] “We will run it”',
      'People: (none)',
    ])
    expect(out).toContain('Amounts: $1.2 million = 1200000 USD; 3.5% = 3.5 %\n')
  })

  it('json: the bare article for a single input, else each result indented for the array', () => {
    expect(JSON.parse(render({file: 'a.txt', article}, 'a.txt', {format: 'json', single: true}))).toEqual(JSON.parse(JSON.stringify(article)))
    expect(render({file: 'a.txt', error: 'x'}, 'a.txt', {format: 'json', single: true})).toBe('')
    const settings = {format: 'json' as const, single: false}
    const framing = framingOf(settings)
    const results = [{file: 'a.txt', article}, {file: 'b.txt', error: 'not UTF-8 text'}]
    const printed = framing.open + results.map((result) => render(result, result.file, settings)).join(framing.between) + framing.close
    expect(JSON.parse(printed)).toEqual(JSON.parse(JSON.stringify(results)))
  })

  it('jsonl: one line a result', () => {
    const line = render({id: 7, source: 'wire', article}, 'id 7', {format: 'jsonl', single: false})
    expect(line.endsWith('\n') && !line.slice(0, -1).includes('\n')).toBe(true)
    expect(Object.keys(JSON.parse(line))).toEqual(['id', 'source', 'article'])
  })
})
