/** How `nutgraf` prints: every value of `--pretty` on one line, JSON framed by the main thread. */
import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
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
