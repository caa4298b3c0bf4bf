import {describe, expect, it} from 'vitest'
import {segment} from '../../src/index.js'

const texts = (source: string): string[] => segment(source).body.map((paragraph) => paragraph.text)
const prose = (n: number): string => `Paragraph ${n} of the story says that the talks went on late into the night and ended without a deal.`

describe('main region', () => {
  it('leaves navigation before and link lists after the article out', () => {
    const page = ['Home', 'World', 'Business', 'Sport', prose(1), prose(2), 'Most read', 'Markets slide', 'Oil jumps'].join('\n\n')
    expect(texts(page)).toEqual([prose(1), prose(2)])
  })

  it("keeps a live blog's last post, short as it is, after a line of the shape that closes each post", () => {
    const page = [prose(1), 'Posted by Ana Ruiz', 'Turnout record in Pennsylvania', prose(2), 'Posted by Kevin Osei', 'Polls close in the West', 'Polls have now closed in California, Oregon and Washington.'].join('\n\n')
    expect(texts(page).slice(-2)).toEqual(['Polls close in the West', 'Polls have now closed in California, Oregon and Washington.'])
  })

  it("keeps a live page's last entry after its time stamp, the stamps' digits differing (session 13)", () => {
    const page = ['14:02', prose(1), '13:40', prose(2), '13:15', 'In Portugal, firefighters were tackling 37 wildfires, the authority said.', 'Share', 'Copy link', 'More on this story', 'How to sleep in a heatwave'].join('\n\n')
    expect(texts(page).at(-1)).toBe('In Portugal, firefighters were tackling 37 wildfires, the authority said.')
  })

  it('keeps a related-links box inside the article out of the body, and the paragraphs on both sides in', () => {
    const page = [prose(1), 'Related Stories', 'Warner Offers Music on Amazon', 'NBC to Sell Shows', prose(2), prose(3)].join('\n\n')
    expect(texts(page)).toEqual([prose(1), prose(2), prose(3)])
  })

  it('makes no comment cut that would leave the article nothing (comma fragments of a narrow column are no signatures there)', () => {
    const page = [prose(1), 'As the raid was occurring,', prose(2), 'Samsung, a', prose(3)].join('\n\n')
    expect(texts(page)).toEqual(expect.arrayContaining([prose(1), prose(2), prose(3)]))
  })

  it('reads on past teaser cards when paragraphs of prose follow them two in a row (a column of cards read between paragraphs)', () => {
    const card = (title: string, n: number): string[] => [title, `Summary ${n} of another story runs to about twenty words so that it reads as prose.`]
    const cards = [...card('Ministers clash over school funding plans', 1), ...card('Floods close the coastal road again', 2), ...card('Airport strike called off after late talks', 3)]
    expect(texts([prose(1), prose(2), 'Latest', ...cards, prose(3), prose(4)].join('\n\n'))).toEqual(expect.arrayContaining([prose(1), prose(3), prose(4)]))
    // Cards with no prose run after them still end the article.
    expect(texts([prose(1), prose(2), 'Latest', ...cards].join('\n\n'))).toEqual([prose(1), prose(2)])
  })

  it('opens the article at a byline inside the region under another, shorter story printed above it', () => {
    const other = (n: number): string => `Sidebar ${n}: the team's defence has allowed fewer points this season than any side in the league, the figures show.`
    const page = [other(1), other(2), '- Staff writer', 'Devils ride a winning streak into the derby', 'By Patrick Finley', prose(1), prose(2), prose(3), prose(4)].join('\n\n')
    expect(texts(page)).toEqual([prose(1), prose(2), prose(3), prose(4)])
  })

  it('ends the article at a comment heading', () => {
    expect(texts([prose(1), prose(2), 'Comments (2)', prose(3)].join('\n\n'))).toEqual([prose(1), prose(2)])
  })

  it('does not end the article at a comment count under a one-line dek', () => {
    expect(texts(['Was in development for months, but not any more...', '53 Comments', prose(1), prose(2)].join('\n\n'))).toEqual([
      'Was in development for months, but not any more...',
      prose(1),
      prose(2),
    ])
  })

  it('takes no body from a comment section after an article, even a comment longer than the article', () => {
    const article = [1, 2, 3, 4, 5, 6, 7, 8].map(prose)
    const teasers = Array.from({length: 24}, (_, n) => `Park realizes win at Oracle ${'abcdefghijklmnopqrstuvwx'.charAt(n)}`)
    const comment = Array.from({length: 15}, (_, n) => `Reader ${n} thinks the story missed the point about the talks and says so at length.`).join(' ')
    expect(texts([...article, 'Leave a Comment', ...teasers, 'Examiner Reader said:', comment].join('\n\n'))).toEqual(article)
  })

  it('ends the article at teaser cards (a heading, then titles over short summaries), not at results under score lines', () => {
    const cards = ['Hops shortage spurs brewers', 'Man arrested after crash', 'School bans piercings', 'Streets reopen after storm'].flatMap((title) => [
      title,
      `${title} was the story of the day in the province, and officials in the city said on Friday that more news would follow soon.`,
    ])
    expect(texts([prose(1), prose(2), 'B.C. Headlines', ...cards].join('\n\n'))).toEqual([prose(1), prose(2)])
    const results = ['Canucks 2 Ducks 1', 'At Vancouver, Daniel Sedin and Matt Cooke each scored as the Canucks won.', 'Flyers 1 Panthers 0', 'At Sunrise, Antero Niittymaki stopped 38 shots for the shutout win.', 'Kings 3 Blackhawks 2', 'At Chicago, Dustin Brown added the overtime winner as Los Angeles rallied.']
    expect(texts([prose(1), prose(2), ...results].join('\n\n'))).toEqual([prose(1), prose(2), ...results])
  })

  it('keeps short finished lines after the last paragraph (a line-up)', () => {
    expect(texts([prose(1), 'Watford: Lee; Doyley, Shittu, King.', 'Subs: Poom, Ellington.'].join('\n\n'))).toHaveLength(3)
  })

  it('keeps a short subheading between two paragraphs, but not a heading before the first', () => {
    expect(texts(['Ill-starred voyages', prose(1), 'The manifesto', prose(2)].join('\n\n'))).toEqual([prose(1), 'The manifesto', prose(2)])
  })

  it('keeps two headings in a row between paragraphs (a section title and a subheading), but not a one-word menu item', () => {
    expect(texts([prose(1), "The 'threats' to Di", 'The official account', prose(2)].join('\n\n'))).toEqual([prose(1), "The 'threats' to Di", 'The official account', prose(2)])
    expect(texts([prose(1), 'Money', 'Consumer Life', prose(2)].join('\n\n'))).toEqual([prose(1), prose(2)])
  })

  it('takes a short article over a longer comment under a comment heading below it (session 14)', () => {
    // The story, a list of other stories, then comments: a short one, a signature, a long one (the run of most prose).
    const first = 'Just to let you know, in the picture with the story the girl in white is my niece and she played a great game.'
    const long = Array.from({length: 8}, (_, n) => `I went to game number ${n + 1} with my kids and we thought the referees and the coaches let the girls down all season long.`).join(' ')
    const others = ['Republicans battle economy in Michigan', 'Let us count the ways of stimulus', 'Haren deal shows Beane can see bigger picture', 'Arabs should reach out to Israel', 'Marine died of head injury']
    const page = ['Sacred Heart wins debut as No. 1', prose(1), prose(2), prose(3), 'Leave a Comment', 'People who read this also read:', ...others, 'Comments', first, 'Examiner Reader said:', long]
    expect(texts(page.join('\n\n'))).toEqual([prose(1), prose(2), prose(3)])
  })

  it('keeps the sentence that introduces a table after the last paragraph when text goes on under the table (session 14)', () => {
    const intro = 'Here are the crosstabs among these key groups:'
    const cells = ['Clinton', 'Obama', 'Edwards', 'Men', 'Women']
    const after = 'The poll was conducted by telephone among a random national sample of 1,130 adults, including users of cell phones.'
    expect(texts([prose(1), prose(2), intro, ...cells, after].join('\n\n')).slice(0, 3)).toEqual([prose(1), prose(2), intro])
    // A share bar's label ("Share this story with:") over buttons and no text is not.
    expect(texts([prose(1), prose(2), 'Share this story with friends:', 'Facebook', 'Twitter'].join('\n\n'))).toEqual([prose(1), prose(2)])
  })

  it('keeps a subheading with the date line of the page between it and the prose above (session 14)', () => {
    const page = [prose(1), prose(2), 'Published: 16 December 2007', "Dodi and Di's relationship", 'The official account', prose(3), prose(4)]
    expect(texts(["Diana: a bluffer's guide", ...page].join('\n\n'))).toEqual(page.filter((line) => !line.startsWith('Published')))
  })

  it('treats a short line followed by a bare domain as a text ad', () => {
    expect(texts([prose(1), 'Shop for sport clothes. Great prices.', 'www.shop.example', prose(2)].join('\n\n'))).toEqual([prose(1), prose(2)])
  })

  it('keeps a list, the line that introduces it and short paragraphs after it (nothing lost after a list)', () => {
    const items = ['Officials urged residents to:', '- stay away from downed lines;', '- run generators outdoors only;', '- check on neighbors.']
    const body = texts([prose(1), ...items, 'No deaths were reported.', 'It passed.', 'Smith disagreed.'].join('\n\n'))
    expect(body).toEqual([prose(1), 'Officials urged residents to:', 'stay away from downed lines;', 'run generators outdoors only;', 'check on neighbors.', 'No deaths were reported.', 'It passed.', 'Smith disagreed.'])
  })
})

describe('main region: teaser cards (session 4)', () => {
  const card = (n: number): string[] => [`Driver ${n} to join new team?`, `The team is reported to be close to a deal with driver ${n}, who would replace a veteran for next season.`]

  it('cards whose titles ask a question end the article too', () => {
    const page = [prose(1), prose(2), prose(3), 'MORE', ...card(1), ...card(2), ...card(3)].join('\n\n')
    expect(texts(page)).toEqual([prose(1), prose(2), prose(3)])
  })

  it('a finished line right above the cards is the article\'s, not their heading', () => {
    const page = [prose(1), prose(2), prose(3), '"OK," he finally said.', ...card(1), ...card(2), ...card(3)].join('\n\n')
    expect(texts(page).at(-1)).toBe('"OK," he finally said.')
  })
})

describe('main region: short prose after page furniture at the end (session 4)', () => {
  it('a promo line after a link-list heading is not the article\'s last paragraph', () => {
    const page = [prose(1), prose(2), prose(3), 'Top Golf News', 'Have a view on this story? Send us your feedback!'].join('\n\n')
    expect(texts(page)).toEqual([prose(1), prose(2), prose(3)])
  })

  it('a short last paragraph right after the prose stays, and so does one after an ad or share buttons', () => {
    expect(texts([prose(1), prose(2), 'It passed.'].join('\n\n'))).toEqual([prose(1), prose(2), 'It passed.'])
    expect(texts([prose(1), prose(2), 'Advertisement', 'The vote was five to two when the council finally met.'].join('\n\n')).at(-1)).toBe('The vote was five to two when the council finally met.')
    expect(texts([prose(1), prose(2), 'Share this article', 'Campaigners said they would challenge the decision in court.'].join('\n\n')).at(-1)).toBe('Campaigners said they would challenge the decision in court.')
  })
})

describe('main region: a press release\'s "About X" section (session 5)', () => {
  it('a short "About Microsoft" paragraph at the end is the release\'s, while a capitals heading still ends the article', () => {
    const about = 'Founded in 1975, Microsoft is a maker of software, services and solutions for people and businesses.'
    expect(texts([prose(1), prose(2), 'About Microsoft', about].join('\n\n')).slice(-2)).toEqual(['About Microsoft', about])
    expect(texts([prose(1), prose(2), 'MORE FROM MICROSOFT', about].join('\n\n'))).toEqual([prose(1), prose(2)])
  })
})

describe('main region: two teaser cards at the end (session 7)', () => {
  const card = (title: string): string[] => [title, `A short summary of the story about ${title.toLowerCase()}, written for the front page of the site.`]

  it('two cards under a heading, with no prose after them, end the article', () => {
    const page = [prose(1), prose(2), "Editors' Picks", ...card('Bridge Repairs Will Close Route 9'), ...card('Band Heads to National Finals')]
    expect(texts(page.join('\n\n'))).toEqual([prose(1), prose(2)])
  })

  it('two subheadings over paragraphs with more of the article after them do not', () => {
    const page = [prose(1), 'Inside the mill', 'The vote', prose(2), 'What comes next', prose(3), prose(4), prose(5)]
    expect(texts(page.join('\n\n'))).toEqual(expect.arrayContaining([prose(2), prose(3), prose(5)]))
  })
})

describe('main region: a press release with short section headings (session 7)', () => {
  it('keeps the sections under "Conference Call", "About Acme Robotics" and "Forward-Looking Statements" (short labels, not teaser titles)', () => {
    const call = 'Acme will host a conference call at 5:00 p.m. ET today. A webcast will be available on its website.'
    const about = 'Acme Robotics builds autonomous mobile robots for warehouses in 14 countries.'
    const outlook = 'This press release contains forward-looking statements within the meaning of the securities laws. Actual results may differ materially.'
    const source = [prose(1), prose(2), 'Third-Quarter Highlights', 'Conference Call', call, 'About Acme Robotics', about, 'Forward-Looking Statements', outlook].join('\n\n')
    expect(texts(source)).toEqual(expect.arrayContaining([call, about, outlook]))
  })

  it('still ends the article at three teaser cards titled by headlines', () => {
    const summary = (n: number): string => `A short summary of another story number ${n} on this site.`
    const cards = ['Hops shortage spurs brewers to reinvent', 'Man arrested after deadly crash downtown', 'School board bans piercings in class'].flatMap((title, n) => [title, summary(n)])
    expect(texts([prose(1), prose(2), 'More Headlines', ...cards].join('\n\n'))).toEqual([prose(1), prose(2)])
  })
})
