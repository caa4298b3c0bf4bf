import {describe, expect, it} from 'vitest'
import {segment} from '../../src/index.js'
import {slugMatches} from '../../src/segment/references.js'

describe('references', () => {
  it('links a related title to the URL whose slug matches it and keeps exact spans', () => {
    const source = 'Body text of the article goes here and ends.\n\nRelated article: Russia Launches Drills\n\nhttps://x.com/2024/07/22/russia-launches-drills\nhttps://x.com/author/afp'
    const {references} = segment(source)
    expect(references.map(({kind, title, url, name}) => ({kind, title, url, name}))).toEqual([
      {kind: 'related', title: 'Russia Launches Drills', url: 'https://x.com/2024/07/22/russia-launches-drills', name: undefined},
      {kind: 'author', title: undefined, url: 'https://x.com/author/afp', name: 'AFP'},
    ])
    for (const reference of references) expect(source.slice(reference.span.start, reference.span.end)).toBe(reference.text)
  })

  it('leaves a URL whose slug does not match as a link', () => {
    const {references} = segment('Body text of the article goes here and ends.\n\nRead more: Markets rally\n\nhttps://x.com/2024/07/22/storms-hit-coast')
    expect(references.map((reference) => reference.kind)).toEqual(['related', 'link'])
    expect(references[0]?.url).toBeUndefined()
  })

  it('matches slugs that drop or shorten a few words', () => {
    const title = ['russia', 'launches', 'belarus', 'military', 'drills', 'as', 'west', 'fears', 'ukraine', 'invasion']
    expect(slugMatches(title, 'https://x.com/2024/russia-launches-belarus-military-drills-as-west-fears-ukraine-invasion')).toBe(true)
    expect(slugMatches(title, 'https://x.com/2024/russia-launches-belarus-military-drills')).toBe(true)
    expect(slugMatches(title, 'https://x.com/2024/ukraine-news')).toBe(false)
    expect(slugMatches(['drills'], 'https://x.com/drills')).toBe(false)
  })

  it('reports a URL inside a body paragraph as a link, keeping it in the text', () => {
    const source = 'Related: Court rules on rents\n\nThe full ruling is at https://court.example.gov/rulings/2025-14, the court said on Friday.'
    const {body, references} = segment(source)
    expect(body[0]?.text).toContain('https://court.example.gov/rulings/2025-14,')
    expect(references.map((reference) => [reference.kind, reference.text])).toEqual([
      ['related', 'Related: Court rules on rents'],
      ['link', 'https://court.example.gov/rulings/2025-14'],
    ])
    const link = references[1]
    expect(link && source.slice(link.span.start, link.span.end)).toBe('https://court.example.gov/rulings/2025-14')
  })

  it('ends a reference list at navigation and other lines that no citation looks like', () => {
    const source = 'Body text of the article goes here and ends.\n\nOn the Net:\n\nSpecial Court for Sierra Leone: www.sc-sl.org\n\nQuicklinks\n\nContact Us | Site Index\n\nMore in World News'
    expect(segment(source).references.map((reference) => [reference.kind, reference.text])).toEqual([
      ['heading', 'On the Net:'],
      ['citation', 'Special Court for Sierra Leone: www.sc-sl.org'],
    ])
  })

  it('lists at most ten titles under a related label, and no page fields', () => {
    const titles = Array.from({length: 14}, (_, index) => `Story number ${'abcdefghijklmn'.charAt(index)} about the region`)
    const source = ['Body text of the article goes here and ends.', 'Read more:', 'Team: Egypt', ...titles].join('\n\n')
    expect(segment(source).references).toEqual([])
    const listed = segment(['Body text of the article goes here and ends.', 'Read more:', ...titles].join('\n\n')).references
    expect(listed).toHaveLength(10)
  })

  it('ends a list of related titles at the wrapped lead set right under it (PDF text)', () => {
    const lead = ['The regional transport authority has said it is prepared to spend up to 40 million', '(about R700 million) on new trains for the coastal line, officials said on Monday.']
    const source = ['Trains for the coast', 'Related Articles', '', 'Commuters wait for new timetable', 'Union warns of strike on coastal line', ...lead, '', 'The plan goes to the council next week.'].join('\n')
    const {body, references} = segment(source)
    expect(references.map((reference) => reference.title)).toEqual(['Commuters wait for new timetable', 'Union warns of strike on coastal line'])
    expect(body.map((paragraph) => paragraph.text)).toEqual([lead.join(' '), 'The plan goes to the council next week.'])
  })

  it('keeps titles that run together on wrapped lines with no sentence among them as the list', () => {
    const source = ['Body text of the article goes here and ends with a full stop.', '', 'Other articles by Pat Quinn:', 'Harbour teen an academic, rowing star Club opens its season with', 'optimism, new boathouse Freshman puts spark back in series', ''].join('\n')
    expect(segment(source).body.map((paragraph) => paragraph.text)).toEqual(['Body text of the article goes here and ends with a full stop.'])
  })

  it('makes a reference-list entry wrapped over two lines one citation', () => {
    const source = 'Body text of the article goes here and ends.\n\nReferences\n\n1. Okafor, B. (2022). Mangrove loss.\n   Journal of Coastal Studies, 8.\n2. UNEP (2023). https://unep.org/blue'
    const {references, body} = segment(source)
    expect(body).toHaveLength(1)
    expect(references.map((reference) => [reference.kind, reference.text, reference.url])).toEqual([
      ['heading', 'References', undefined],
      ['citation', '1. Okafor, B. (2022). Mangrove loss.\n   Journal of Coastal Studies, 8.', undefined],
      ['citation', '2. UNEP (2023). https://unep.org/blue', 'https://unep.org/blue'],
    ])
  })
})
