import {describe, expect, it} from 'vitest'
import {segment} from '../../src/index.js'

const texts = (source: string): string[] => segment(source).body.map((paragraph) => paragraph.text)

/** A column of menu lines, as pdftotext reads a printed page's sidebar between the article's paragraphs. */
const sidebar = ['Sports', 'Golf', 'Outdoors', 'Obituaries', 'Opinion & Commentary', 'Business', 'Classifieds', 'Help Desk', 'Autos', 'Real Estate', 'Weather']

const opening = [
  'Harbour officials said Tuesday that the ferry terminal will stay closed for at least two more weeks while engineers inspect the damaged pier.',
  'The ferry operator has moved its morning sailings to the freight dock, where passengers wait in a heated tent before boarding.',
]
const rest = [
  'Engineers found cracks in three of the pier pilings after the storm, and the harbour board wants every piling inspected before the terminal reopens.',
  'The harbour board said the inspection of the pilings would cost about $400,000, which the ferry operator has agreed to share.',
  'Commuters who use the ferry said the freight dock is crowded, and several asked the harbour board to add an evening sailing.',
  'Board members will meet Thursday to decide whether the terminal can reopen before the holiday weekend.',
]

describe('region islands: the article cut by a column of page furniture (session 9)', () => {
  it("takes the article's first paragraphs back above a sidebar read between them and the rest", () => {
    const page = ['Ferry terminal stays shut', ...opening, ...sidebar, ...rest, 'Most read', 'Markets slide', 'Oil jumps'].join('\n\n')
    expect(texts(page)).toEqual([...opening, ...rest])
  })

  it('steps over a paragraph of few lower-case words between them (names, titles), taking neither it nor stopping at it', () => {
    const names = 'Harbour Board Chair Ann Lee met Mayor Tom Park and the Blue Sound Lines Board at the Pier Street Office on Monday.'
    const page = ['Ferry terminal stays shut', ...opening, ...sidebar.slice(0, 6), names, ...sidebar, ...rest].join('\n\n')
    expect(texts(page)).toEqual([...opening, ...rest])
  })

  it('takes them back to the paragraph a dateline opens, and nothing above it', () => {
    const above = 'Shares of the ferry operator fell two percent on Tuesday as traders weighed the cost of the closed terminal and the pier.'
    const lead = `HALIFAX, Nova Scotia (AP) -- ${opening[0] as string}`
    const page = [above, ...sidebar.slice(0, 3), lead, opening[1], ...sidebar, ...rest].join('\n\n')
    const result = segment(page)
    expect(result.dateline?.place).toBe('Halifax')
    expect(result.body.map((paragraph) => paragraph.text)).toEqual([...opening, ...rest])
  })

  it('stops at a byline: what stands above it is not this article', () => {
    const other = 'The harbour board approved the budget for the ferry terminal last spring after a long debate about the pier.'
    const page = [other, ...sidebar.slice(0, 4), 'Ferry terminal stays shut', 'By Jane Ross, Staff Writer', ...sidebar, ...rest].join('\n\n')
    expect(texts(page)).toEqual(rest)
  })

  it('leaves out prose above the region that speaks of something else, and a photo caption', () => {
    const promo = 'Subscribers can read every edition of the newspaper online and join our readers panel for special offers this month.'
    const caption = 'Harbour board chair Ann Lee, left, and engineer Tom Park inspect the damaged pier pilings at the ferry terminal.'
    expect(texts([promo, ...sidebar, ...rest].join('\n\n'))).toEqual(rest)
    expect(texts([caption, ...sidebar, ...rest].join('\n\n'))).toEqual(rest)
  })

  it('takes back a paragraph heavy with names (half its words lower case) when it ends a sentence', () => {
    const names = 'Harbour Board Chair Ann Lee told Mayor Tom Park the pier would reopen in March, and Blue Sound Lines ferries would then return to it.'
    expect(texts([...rest, ...sidebar, names].join('\n\n'))).toEqual([...rest, names])
  })

  it('reads the paragraph below against the opening taken back above too (session 13)', () => {
    // It shares no longer word with the rest, three with the opening ("passengers", "heated", "tuesday").
    const tail = 'Passengers waiting in the heated tent on Tuesday complained of long queues and cold coffee.'
    expect(texts(['Ferry terminal stays shut', ...opening, ...sidebar, ...rest, ...sidebar, tail].join('\n\n'))).toEqual([...opening, ...rest, tail])
  })

  it("past a list of links, takes back only a paragraph that shares a quarter of its longer words with the article (session 14)", () => {
    // PDF text reads another column's link-list headings between the article's last paragraphs (its titles elsewhere).
    const last = 'The harbour board said the inspection of the pier pilings would start Monday, and commuters should expect the terminal to stay closed.'
    const teaser = 'Shoppers crowded the new market downtown on Saturday as vendors sold fresh bread, cheese and flowers to the holiday visitors.'
    const links = ['Top stories', 'Most read']
    expect(texts([...rest, ...links, last].join('\n\n'))).toEqual([...rest, last])
    expect(texts([...rest, ...links, teaser].join('\n\n'))).toEqual(rest)
  })

  it("passes a footer menu's label read between the article's last paragraphs like a list of links, not a comment heading (session 15)", () => {
    // PDF text reads the footer column ("About Us", "Help Desk") beside the article's last paragraphs.
    const last = 'The harbour board said the inspection of the pier pilings would start Monday, and commuters should expect the terminal to stay closed.'
    const teaser = 'Shoppers crowded the new market downtown on Saturday as vendors sold fresh bread, cheese and flowers to the holiday visitors.'
    expect(texts([...rest, ...sidebar, 'About Us', 'Help Desk', last].join('\n\n'))).toEqual([...rest, last])
    expect(texts([...rest, ...sidebar, 'Contact us', teaser].join('\n\n'))).toEqual(rest)
    expect(texts([...rest, ...sidebar, 'Comments', last].join('\n\n'))).toEqual(rest)
  })

  it('reads a paragraph further below against the islands taken below it too (session 15)', () => {
    const last = 'The harbour board said the pier inspection results would be posted on its website when the engineers finish their work.'
    // Shares three longer words with `last` ("results", "website", "posted"), none with the region.
    const further = 'Residents can read the results on the website, and printed copies will be posted at the library.'
    expect(texts([...rest, ...sidebar, last, ...sidebar, further].join('\n\n'))).toEqual([...rest, last, further])
    expect(texts([...rest, ...sidebar, further].join('\n\n'))).toEqual(rest)
  })

  it('takes a paragraph right under an island when it shares one longer word, not when furniture stands between (session 15)', () => {
    const last = 'The harbour board said the pier inspection results would be posted on its website when the engineers finish their work.'
    // Shares one longer word ("storm") with the article: too few for a paragraph of its own below furniture.
    const tail = 'Nobody was hurt when the storm hit, and the police do not expect any danger to swimmers nearby.'
    expect(texts([...rest, ...sidebar, last, tail].join('\n\n'))).toEqual([...rest, last, tail])
    expect(texts([...rest, ...sidebar, last, ...sidebar, tail].join('\n\n'))).toEqual([...rest, last])
  })

  it("takes the article's last paragraph back below a sidebar, but not a comment after a signed one", () => {
    const last = 'The harbour board said the pier inspection results would be posted on its website when the engineers finish their work.'
    expect(texts([...rest, ...sidebar, last].join('\n\n'))).toEqual([...rest, last])
    const comment = 'The harbour board should have inspected the pier pilings years ago, and the ferry operator knew about the cracks.'
    expect(texts([...rest, ...sidebar, 'Comment by Dawn – January 7, 2008 @ 8:48 pm', comment].join('\n\n'))).toEqual(rest)
  })
})

/** Wrap `text` to lines of at most `width` characters, as pdftotext sets a printed column. */
const wrap = (text: string, width: number): string => {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line === '' ? word : `${line} ${word}`
  }
  return [...lines, line].join('\n')
}

describe("region islands: the article's column width (PDF text, session 13)", () => {
  const column = (text: string): string => wrap(text, 52)
  // Shares one longer word ("operator") with the article: too few for the words alone.
  const tail = 'Passengers with questions were told to call the operator on its free number, staffed daily from six in the morning to ten at night.'

  it('takes back a paragraph below a sidebar wrapped to the width of the region\'s column when it shares a word', () => {
    expect(texts([...rest.map(column), ...sidebar, column(tail)].join('\n\n'))).toEqual([...rest, tail])
  })

  it('leaves it out when it is set wider than the column, or is as wide and shares no word', () => {
    expect(texts([...rest.map(column), ...sidebar, wrap(tail, 90)].join('\n\n'))).toEqual(rest)
    const other = 'Tickets for the spring concert series go on sale on Friday at the box office, and singers in the choir can buy them early.'
    expect(texts([...rest.map(column), ...sidebar, column(other)].join('\n\n'))).toEqual(rest)
  })

  it('has no column width in text of a line a paragraph (scraped blocks)', () => {
    expect(texts([...rest, ...sidebar, tail].join('\n\n'))).toEqual(rest)
  })
})
