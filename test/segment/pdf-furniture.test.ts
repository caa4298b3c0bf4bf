import {describe, expect, it} from 'vitest'
import {furnitureKey, isPageFurniture, runningLines} from '../../src/segment/rules/pdf-furniture.js'
import {segment} from '../../src/index.js'

describe('page furniture', () => {
  it.each([
    '11/24/26, 6:32 PM Belarus drills | The Moscow Times',
    '1/5/2025, 10:04 AM',
    'file:///home/user/Downloads/port-strike.html 1/2',
    'https://www.example.com/news/story 3/8',
    '12',
    'Page 2 of 8',
    '- 3 -',
    'Continued on A5',
    'Continued from Page 1',
    'See FERRY, A5',
    'From A3',
    'FERRY, from Page A1',
    // a running header that ends with the page's number (session 15)
    'Report No. PW-2026-041                                            Page 1 of 3',
    'Brantford staff report Page 2 of 3',
  ])('%j is furniture', (line) => {
    expect(isPageFurniture(line)).toBe(true)
  })

  it.each(['2022 was a year of drills.', '11/24 voted yes.', 'https://www.example.com/news/story', 'Page three was torn out.', 'From 2019', 'See you at 5', 'The memo ran to page 2 of 3 before it named the contractor.'])(
    '%j is not furniture',
    (line) => {
      expect(isPageFurniture(line)).toBe(false)
    },
  )

  it('finds a header repeated twice when it stands beside a page number', () => {
    const lines = ['CITY NEWS', 'Officials met', '1', 'CITY NEWS', 'and agreed', '2', 'the end', 'Short line', 'Short line']
    const running = runningLines(lines)
    expect(running.has(furnitureKey('CITY NEWS'))).toBe(true)
    expect(running.has(furnitureKey('Short line'))).toBe(false)
  })

  it('finds lines repeated three times as running headers, page numbers folded', () => {
    const lines = ['THE DAILY COURIER p. 1', 'text', 'THE DAILY COURIER p. 2', 'more', 'THE DAILY COURIER p. 3', '___', '___', '___']
    const running = runningLines(lines)
    expect(running.has(furnitureKey('THE DAILY COURIER p. 9'))).toBe(true)
    expect(running.has(furnitureKey('text'))).toBe(false)
    expect(running.has(furnitureKey('___'))).toBe(false)
  })

  it('a lower-case word wrapped onto a line of its own three times in a narrow column is no running header', () => {
    const lines = ['that the massive', 'conglomerate', 'set up a fund', 'Samsung, a', 'conglomerate', 'spanning dozens', 'of the', 'conglomerate', 'said.']
    expect(runningLines(lines).has(furnitureKey('conglomerate'))).toBe(false)
    expect(runningLines(lines.map((line) => (line === 'conglomerate' ? 'Conglomerate News' : line))).has(furnitureKey('Conglomerate News'))).toBe(true)
  })

  it('a name wrapped onto a line of its own under a line that ends with a comma is read inside a sentence, not counted', () => {
    const lines = ['As the raid was', 'under way,', 'Hanwa', 'Steel said net', 'profit fell.', 'Separately,', 'Hanwa', 'Steel said it', 'would hire.', 'Hanwa', 'Steel makes ships.']
    expect(runningLines(lines).has(furnitureKey('Hanwa'))).toBe(false)
    expect(runningLines(lines.map((line) => (line.endsWith(',') ? line.slice(0, -1) : line))).has(furnitureKey('Hanwa'))).toBe(true)
  })

  it('leaves a subheading repeated over each section of an article as text (blank lines around it, a paragraph under it)', () => {
    const paragraph = (n: number): string => `Section ${n} tells the story of the inquest as the court heard it this week.`
    const lines = [1, 2, 3].flatMap((n) => ['The official account', '', paragraph(n), '', 'THE DAILY COURIER', paragraph(n + 3), ''])
    const running = runningLines(['', ...lines])
    expect(running.has(furnitureKey('The official account'))).toBe(false)
    expect(running.has(furnitureKey('THE DAILY COURIER'))).toBe(true)
  })
})

describe('running lines: subheadings in PDF text (session 4)', () => {
  it('a subheading repeated between text lines (no blank lines) is text, not a running header', () => {
    const section = (n: number): string[] => [
      'The official account',
      `Account number ${'one two three four five six seven eight nine ten'.split(' ')[n]} says the police found no evidence of any plot at all.`,
      'The Fayed version',
      'He believes the crash was planned by the security services and then covered up.',
    ]
    const lines = ['Accident or assassination?', ...section(0), ...section(1), ...section(2)]
    expect(runningLines(lines).size).toBe(0)
  })

  it('a title twice, a blank line from the print stamp, is a running header (a two-page print)', () => {
    const page = (n: number): string[] => ['5/18/15, 9:12 AM', '', 'Rescue off the coast - Example News', '', `Text of page ${n} starts here and goes on with the story of the rescue.`, '', `${n}/2`, '']
    expect([...runningLines([...page(1), ...page(2)])]).toContain('rescue off the coast - example news')
  })

  it('a title line repeated at every page break is still a running header', () => {
    const page = (n: number): string[] => [`11/29/26, 9:0${n} PM`, '', 'The Daily Example | Council votes on budget', '', `Text of page ${n} starts here and goes on with the story of the vote.`, `${n}/3`, '']
    expect([...runningLines([...page(1), ...page(2), ...page(3)])]).toContain('the daily example | council votes on budget')
  })
})

describe('a running header with the page number in it, twice (session 7)', () => {
  const page = (n: number): string => `THE HARBOR CITY LEDGER Page A${n}`

  it('is furniture when the number is one higher on the next page', () => {
    const lines = ['The harbor board voted on Tuesday to build', page(2), 'a new terminal on the east pier.', page(3), 'Work could begin next fall.']
    expect(runningLines(lines).has(furnitureKey(page(2)))).toBe(true)
  })

  it('is not when the number jumps, or the line has fewer than three words beside it', () => {
    expect(runningLines(['Results for Round 2', 'text', 'Results for Round 4', 'more text']).size).toBe(0)
    expect(runningLines(['Step 2', 'text', 'Step 3', 'more text']).size).toBe(0)
  })

  it('leaves the body of a three-page print without its headers', () => {
    const text = [
      'Harbor board approves new ferry terminal',
      'By Ana Ruiz',
      'The harbor board voted on Tuesday to build a new ferry terminal on the east pier, ending',
      'a debate that has run for six years and split the waterfront neighborhoods.',
      page(2),
      '"We have waited long enough," said Maria Okafor, who leads the East Pier residents group.',
      'She said the new terminal would bring shops and jobs back to the pier.',
      page(3),
      'The board will ask the state for half of the cost next spring.',
      'Work could begin as early as next fall if the state agrees.',
    ].join('\n')
    const body = segment(text).body.map((paragraph) => paragraph.text)
    expect(body.join('\n')).not.toContain('LEDGER')
    expect(body[1]).toBe('"We have waited long enough," said Maria Okafor, who leads the East Pier residents group. She said the new terminal would bring shops and jobs back to the pier.')
  })

  it('keeps a story jumped to another page: the jump lines and the jump head are furniture, both halves are body', () => {
    const text = [
      'PORT ANGELES — The City Council voted 5-2 on',
      'Wednesday night to award a ferry contract to',
      'Salish Marine Services after a long debate.',
      'The contract runs for seven years.',
      '',
      'Continued on A5',
      '',
      '                    1',
      '',
      'FERRY',
      'From A3',
      'Salish Marine Services will pay the city',
      '$1.2 million a year in dock fees.',
      'It passed.',
    ].join('\n')
    const {body} = segment(text)
    const joined = body.map((paragraph) => paragraph.text).join('\n')
    expect(joined).toContain('Salish Marine Services will pay the city $1.2 million a year in dock fees.')
    expect(joined).toContain('It passed.')
    expect(joined).not.toMatch(/Continued|From A3|FERRY/u)
  })
})
