import {describe, expect, it} from 'vitest'
import {segment} from '../../src/index.js'
import {expectSegments} from '../helpers/invariants.js'

describe('segment on any input', () => {
  it.each([
    ['empty', ''],
    ['whitespace only', ' \n\t \r\n \u00a0'],
    ['a URL only', 'https://example.com/2025/03/05/some-story'],
    ['a single word', 'Hello'],
    ['no blank lines at all', 'One line.\nTwo line.\nThree line.'],
    ['Windows line endings and a BOM', '\ufeffFirst paragraph here.\r\n\r\nSecond paragraph here.\r\n'],
    ['NBSP and tabs', '\tA\u00a0paragraph\twith\u00a0odd spaces.'],
    ['only boilerplate', 'Advertisement\n\nShare this\n\nComments (2)'],
    ['lone surrogates and controls', 'Bad \ud800 text\u0000 here.\n\n\u0007'],
  ])('%s gives a well-formed result', (_name, text) => {
    const result = segment(text)
    expect(Array.isArray(result.body)).toBe(true)
    expect(Array.isArray(result.references)).toBe(true)
    expectSegments(text, result)
  })

  it('keeps a single word or a short note as body', () => {
    expect(segment('Hello').body.map((paragraph) => paragraph.text)).toEqual(['Hello'])
    expect(segment('A cat sat.\n\nA dog ran.').body).toHaveLength(2)
  })

  it('makes a URL-only input a link reference, not body', () => {
    const result = segment('https://example.com/2025/03/05/some-story')
    expect(result.body).toEqual([])
    expect(result.references).toMatchObject([{kind: 'link', url: 'https://example.com/2025/03/05/some-story'}])
  })

  it("finds a press release's dateline under its list of highlights", () => {
    const text = [
      'Acme Robotics Reports Fourth Quarter Results',
      '',
      '- Revenue of $412.6 million, up 18% year over year',
      '- GAAP net income of $38.1 million, or $0.52 per diluted share',
      '',
      'PITTSBURGH, Feb. 20, 2025 (GLOBE NEWSWIRE) -- Acme Robotics, Inc. today announced financial results for the fourth quarter and the full year.',
      '',
      'Revenue was $412.6 million, compared with $349.7 million in the fourth quarter of 2023, the company said.',
    ].join('\n')
    const result = segment(text)
    expect(result.dateline).toMatchObject({text: 'PITTSBURGH, Feb. 20, 2025 (GLOBE NEWSWIRE) --', place: 'Pittsburgh', date: 'Feb. 20, 2025'})
    expect(result.body.map((paragraph) => paragraph.text)).toEqual([
      'Revenue of $412.6 million, up 18% year over year',
      'GAAP net income of $38.1 million, or $0.52 per diluted share',
      'Acme Robotics, Inc. today announced financial results for the fourth quarter and the full year.',
      'Revenue was $412.6 million, compared with $349.7 million in the fourth quarter of 2023, the company said.',
    ])
  })

  it('starts the first paragraph after the dateline, with no overlap', () => {
    const text = 'MOSCOW (Reuters) - Russia said on Friday that the talks had ended without a deal.'
    const result = segment(text)
    expect(result.dateline).toEqual({text: 'MOSCOW (Reuters) -', place: 'Moscow', span: {start: 0, end: 18}})
    expect(result.body[0]?.spans[0]?.start).toBe(19)
    expect(result.body[0]?.text).toBe('Russia said on Friday that the talks had ended without a deal.')
  })

  it('throws a TypeError naming what it got for a non-string', () => {
    expect(() => segment(42 as unknown as string)).toThrow(TypeError)
  })

  it('gives the same output for the same input', () => {
    const text = 'Caption of a photo here. (AP Photo/Jane Doe)\n\nBy John Roe\n\nLONDON (AP) — Body text that ends.\n\nhttps://x.com/author/jroe'
    expect(JSON.stringify(segment(text))).toBe(JSON.stringify(segment(text)))
  })

  // A hang guard, not a timing assertion: several megabytes must go through in linear time.
  // (About 4 s CPU; 300 s because npm test runs steps side by side and machines are shared:
  // one shuffled run at load 20 took 124 s of wall time here.)
  it('handles a 5 MB scraped page', {timeout: 300_000}, () => {
    const page = [
      'Home | World | Business',
      'Officials said on Tuesday that the new rules would take effect next month, after a long consultation.',
      'Advertisement',
      'the talks were long and',
      'https://example.com/2025/03/05/some-story',
      'Most read',
      'Jane Doe/Reuters',
      'Posted by: someone',
    ].join('\n\n')
    const text = `${page}\n\n`.repeat(Math.ceil(5_000_000 / (page.length + 2)))
    const result = segment(text)
    expect(result.body.length).toBeGreaterThan(0)
  })

  it('handles 5 MB without any line break or space', {timeout: 120_000}, () => {
    expect(segment('a'.repeat(5_000_000)).body).toHaveLength(1)
    expect(segment('-'.repeat(1_000_000) + '.').body).toHaveLength(1)
  })
})

describe('headline under the page title a print repeats (session 5)', () => {
  it('the title line that repeats the headline with the site name is not the headline above a dek', () => {
    const page = [
      'At least 107 killed in Mecca crane collapse - Wikinews, the free news source',
      '',
      'At least 107 killed in Mecca crane collapse',
      'A storm on Friday caused a crane to fall into the Grand Mosque, killing 107 or more and',
      'wounding 238, according to the figures given on Saturday by the Civil Defense Authority.',
    ].join('\n')
    expect(segment(page).headline?.text).toBe('At least 107 killed in Mecca crane collapse')
  })
})

describe("a writer's signature after the last sentence", () => {
  it('is a note, not body', () => {
    const result = segment('The car goes on sale in the spring.\n\nAs always, I am keen to hear your take on it. -- Aaron Gold')
    expect(result.body.map((paragraph) => paragraph.text)).toEqual(['The car goes on sale in the spring.', 'As always, I am keen to hear your take on it.'])
    expect(result.notes.map((note) => note.text)).toEqual(['-- Aaron Gold'])
  })
})

describe('posts embedded in a story and pull quotes (session 14)', () => {
  const paragraphs = [
    'Wrexham secured promotion to the Championship with a 2-1 win over Stevenage on Saturday, Elliot Lee scoring late.',
    "The Welsh club's co-owner Ryan Reynolds was among the first to celebrate online.",
    "WE'RE GOING UP!!! Unbelievable scenes. Thank you to every single fan. pic.twitter.com/x7Qp2LmN4a\n— Ryan Reynolds (@VancityReynolds) April 21, 2026",
    'Manager Phil Parkinson said the players had earned every bit of it after a season at the top of the table.',
    '"I\'m so proud of this group. Nobody gave us a chance in August," Parkinson told reporters.',
    '"I\'m so proud of this group. Nobody gave us a chance in August."',
    'Wrexham will play in the second tier for the first time since 1982.',
  ]
  it('keeps an embedded post with its signature in the body, and leaves a pull quote the body repeats out of it', () => {
    const {body} = segment(paragraphs.join('\n\n'))
    expect(body.map((paragraph) => paragraph.text.slice(0, 24))).toEqual([0, 1, 2, 3, 4, 6].map((index) => (paragraphs[index] as string).replace('\n', ' ').slice(0, 24)))
  })
  it('keeps a lone quotation that the body does not hold', () => {
    const text = paragraphs.join('\n\n').replace('"I\'m so proud of this group. Nobody gave us a chance in August."', '"We will be back in the Premier League within five years."')
    expect(segment(text).body.some((paragraph) => paragraph.text.startsWith('"We will be back'))).toBe(true)
  })
})

describe("a link's label after a paragraph's last sentence (session 15)", () => {
  // A newsletter's briefs: each a title over a summary that ends "Read more". The briefs after the first were lost.
  const text = [
    'The Morning Brief',
    'Fed holds rates, signals one cut this year\nThe Federal Reserve left its benchmark rate unchanged on Wednesday and said it expected to cut once this year. Read more',
    'Wildfires force evacuations in Alberta\nAbout 9,000 residents of Fort Chipewyan and nearby communities were ordered to leave as two fires merged. Read more',
    'Apple to build chip plant in Arizona\nApple said it would spend $12 billion on a semiconductor packaging plant near Phoenix, creating 2,000 jobs. Read more',
  ].join('\n\n')

  it('is left out of the paragraph, which is kept', () => {
    const {body} = segment(text)
    const summaries = body.filter((paragraph) => paragraph.text.endsWith('.'))
    expect(summaries.map((paragraph) => paragraph.text.slice(0, 12))).toEqual(['The Federal ', 'About 9,000 ', 'Apple said i'])
    expect(body.some((paragraph) => paragraph.text.includes('Read more'))).toBe(false)
    // (the spans stop at the sentence's end too)
    for (const paragraph of summaries) expect(text.charAt(paragraph.spans.at(-1)!.end - 1)).toBe('.')
  })

  it('is no label inside a sentence', () => {
    const {body} = segment('Council votes on budget\n\nThe council voted on Tuesday to read more than 40 petitions before it sets the budget for next year. Read more about it soon.')
    expect(body.at(-1)?.text.endsWith('Read more about it soon.')).toBe(true)
  })
})

describe("a live page's entry title under its time (session 15)", () => {
  it('is a subheading of the body, the time is not (the title was lost)', () => {
    const text = [
      'Wildfire live: thousands flee as blaze nears Patras',
      'Greece ordered residents of four villages south of Patras to leave on Tuesday morning as the fire crossed the river.',
      '09:50 BST',
      'More than 300 firefighters at the scene',
      'The fire service said 312 firefighters and 11 water-dropping aircraft were fighting the blaze near Kallithea.',
      '"The next few hours are critical," fire service spokesman Vasilis Vathrakogiannis told ERT television.',
    ].join('\n\n')
    expect(segment(text).body.map((paragraph) => paragraph.text.slice(0, 20))).toEqual(['Greece ordered resid', 'More than 300 firefi', 'The fire service sai', '"The next few hours '])
  })
})
