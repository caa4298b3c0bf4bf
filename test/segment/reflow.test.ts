import {describe, expect, it} from 'vitest'
import {splitLines} from '../../src/segment/lines.js'
import {splitRun} from '../../src/segment/reflow.js'

const paragraphs = (source: string): string[] =>
  splitRun(source, splitLines(source)).map((lines) => lines.map((line) => line.text).join(' '))

describe('reflow', () => {
  it('keeps hard-wrapped lines of one paragraph together', () => {
    const source = 'Dock workers in three more cities joined a strike on Monday, halting most\ncontainer traffic along the east coast as the union and port operators\nremained far apart.'
    expect(paragraphs(source)).toHaveLength(1)
  })

  it('splits after a short line that ends a sentence', () => {
    const source = 'Dock workers in three more cities joined a strike on Monday, halting most\ncontainer traffic.\nThe union said its members had been without a contract since January and\nthat the offer fell short.'
    expect(paragraphs(source)).toEqual([
      'Dock workers in three more cities joined a strike on Monday, halting most container traffic.',
      'The union said its members had been without a contract since January and that the offer fell short.',
    ])
  })

  it('splits where the next first word would have fitted on the line', () => {
    const source = 'The agriculture minister met a delegation of protest leaders in the\nafternoon and promised a review by the end of the month.\nPolice said the protest had been peaceful and that no arrests were made.'
    expect(paragraphs(source)).toHaveLength(2)
  })

  it('a title after a finished sentence is a block of its own, even under a line that fills the column', () => {
    const source = [
      'The authority said it would review the fares again in January if fuel prices',
      'fell, and that it had no plans to cut sailings during the summer timetable.',
      '7 Advantages of Disk Backup',
      'For decades, tape has been the backup medium of choice for most of the firms.',
    ].join('\n')
    expect(paragraphs(source)).toEqual([
      'The authority said it would review the fares again in January if fuel prices fell, and that it had no plans to cut sailings during the summer timetable.',
      '7 Advantages of Disk Backup',
      'For decades, tape has been the backup medium of choice for most of the firms.',
    ])
    // Not a title: a menu bar, a line ending with a comma, a line over a lower-case continuation.
    expect(paragraphs(source.replace('7 Advantages of Disk Backup', 'Home | News | Sport'))).toHaveLength(2)
    expect(paragraphs(source.replace('7 Advantages of Disk Backup\nFor', 'Officials in Dover and Calais,\nfor'))).toHaveLength(1)
  })

  it('splits at an indented line after a sentence end', () => {
    const source = '    The regional parliament approved a plan on Wednesday to build a\nnew line between the two largest cities of the north of the country.\n    Construction is expected to begin in 2027.'
    expect(paragraphs(source)).toHaveLength(2)
  })

  it('keeps a sentence that runs on across a short line ending with a capital (a name) over a capital', () => {
    const source = [
      'The harbour board said on Tuesday that the inspection of the pier pilings',
      'would start in the spring after talks with Deputy',
      'Mayor Thomas Park and the engineers who found the cracks in the pier.',
    ].join('\n')
    expect(paragraphs(source)).toHaveLength(1)
    // Lines of few lower-case words above it (a Title Case headline) are no sentence: the short line still ends a block.
    expect(paragraphs(source.replace('The harbour board said on Tuesday that the inspection of the pier pilings', 'The Harbour Board Said On Tuesday That The Inspection Of The Pier Pilings'))).toHaveLength(2)
  })

  it('keeps a line of running prose that falls short of the column on the capital that goes on with it (no headline)', () => {
    const source = [
      'The attacks have grown increasingly grisly in recent months, with victims beheaded, mutilated and even crucified in what',
      'analysts say is an attempt to spark a backlash and create divisions between Buddhists and Muslims in the south.',
      'In other incidents, a roadside bomb hit another convoy of eight soldiers protecting teachers in',
      'Yala province, local police said. Two of the troops were hurt in a subsequent five-minute gun battle.',
    ].join('\n')
    expect(paragraphs(source)[1]).toBe(
      'In other incidents, a roadside bomb hit another convoy of eight soldiers protecting teachers in Yala province, local police said. Two of the troops were hurt in a subsequent five-minute gun battle.',
    )
    // A headline of few words over the text is still a block of its own.
    expect(paragraphs(source.replace('In other incidents, a roadside bomb hit another convoy of eight soldiers protecting teachers in', 'Roadside bomb hits a convoy in'))[1]).toBe('Roadside bomb hits a convoy in')
  })

  it('splits a headline off the text below it', () => {
    const source = 'Port strike spreads\nDock workers in three more cities joined a strike on Monday, halting most\ncontainer traffic along the coast.'
    expect(paragraphs(source)[0]).toBe('Port strike spreads')
  })

  it('keeps a short first line that opens with a dateline on the lines it continues', () => {
    const source = 'KYIV (Reuters) - Gen. Mark\nMilley, the chairman of the Joint Chiefs of Staff, said on Tuesday that the\nexercises near the border would go on.'
    expect(paragraphs(source)).toEqual([
      'KYIV (Reuters) - Gen. Mark Milley, the chairman of the Joint Chiefs of Staff, said on Tuesday that the exercises near the border would go on.',
    ])
  })

  it('reads a column with one line far past the others as wrapped text, not as short lines', () => {
    const source = [
      'WASHINGTON - The administration said on Monday it had notified Congress of plans to',
      'sell the kingdom guidance kits as part of a multi-billion-dollar package of advanced arms meant to counter',
      'Iran. The value of the kits is about $120 million, a spokesman for the State',
      'Department said. This is part of an overall package of arms proposed to be sold to',
      'Gulf states.',
      'The announcement came as the president was visiting the region on a tour of five',
      'Middle East countries that ends on Friday.',
      'Officials said the kits would be delivered from next year onwards.',
    ].join('\n')
    expect(paragraphs(source)).toHaveLength(3)
  })

  it('reads a short paragraph with one line twice the column (pdftotext joined a line-end hyphen) as wrapped text', () => {
    const source = [
      'Blue Sound Lines, which runs the service, had warned last month that it would',
      'cut winter sailings to two a day without the money. Its fuel bill for the 202425 season rose by a third, and passenger numbers fell on the weekday runs.',
      'The company said it would keep the early morning commuter sailing in any case.',
      'Ticket prices will stay at $9 for adults and $4 for children.',
    ].join('\n')
    expect(paragraphs(source)).toHaveLength(1)
    // A line more than 2.4 times the others is no joined pair: one paragraph a line stays a paragraph a line.
    expect(paragraphs('Short first line.\nAnother short line.\n' + 'A line of a page with one paragraph a line, far longer than the others, as browser text has it. '.repeat(2))).toHaveLength(3)
  })

  it('keeps a narrow column\'s line that ends short of the column because a long capitalized word did not fit', () => {
    const source = 'The Riverside Arts Trust said on\nMonday that its spring festival\nwill open on April 12 with a free\nconcert by the Northgate\nPhilharmonic, conducted by its\nmusic director, Anna Lindqvist.'
    expect(paragraphs(source)).toHaveLength(1)
    // A short line that opens in capitals, or one after which the next word would have fitted, is still a heading.
    expect(paragraphs('Festival programme\nThe Riverside Arts Trust said on\nMonday that its spring festival\nwill open on April 12.')).toHaveLength(2)
    // (Under 15 words of the sentence so far: a longer sentence that runs on keeps its short line, see below.)
    expect(paragraphs('The Riverside Arts Trust said on\nMonday its spring festival\nopens soon with a\nConcert Programme\nwill open on April 12.')).toHaveLength(2)
  })

  it('a copyright line after a finished sentence opens a block of its own, even under a full line', () => {
    const source = 'Both groups said many breaches may be missing from their lists, because they count only\nincidents reported in the news media that they consider credible, the report said.\n© Copyright 2008 Globe Newspaper Company.'
    expect(paragraphs(source)).toHaveLength(2)
    expect(paragraphs(source.replace('said.\n©', 'said that\n©'))).toHaveLength(1)
  })

  it('a link or button line after a finished sentence opens a block of its own, even under the widest line (session 14)', () => {
    const source = 'Oleksandra Hrytsenko is a reporter at the Kyiv Independent. She previously worked for Hromadske.\nRead more'
    expect(paragraphs(source)).toHaveLength(2)
    // (a teaser's "more", navigation, stays with it; so does a button word a sentence runs on under)
    expect(paragraphs('After lengthy debates on the fate of the leader ...\nmore')).toHaveLength(1)
    expect(paragraphs('She previously worked for Hromadske.\nRead more\nabout her work on the site.')).toHaveLength(1)
  })

  it("a photo's caption set in the column above its credit line opens a block of its own (session 14)", () => {
    const source = [
      '"People here are not asking for charity," said Lorraine Dubois, a retired',
      'bookkeeper. "We are asking not to be pushed out of homes we own."',
      'Residents at Bayview Estates',
      "listen during Monday's hearing.",
      'TERESA OKAFOR/LEDGER',
      'Park owners said the cap would discourage investment.',
    ].join('\n')
    expect(paragraphs(source)).toEqual([
      '"People here are not asking for charity," said Lorraine Dubois, a retired bookkeeper. "We are asking not to be pushed out of homes we own."',
      "Residents at Bayview Estates listen during Monday's hearing.",
      'TERESA OKAFOR/LEDGER',
      'Park owners said the cap would discourage investment.',
    ])
  })

  it('a byline under a headline line opens a block of its own', () => {
    const source = 'Island ferry keeps winter sailings after council vote\nBy Megan Doyle'
    expect(paragraphs(source)).toEqual(['Island ferry keeps winter sailings after council vote', 'By Megan Doyle'])
    expect(paragraphs('The ferry will run through the winter, the council said on Tuesday, and\nby March the new boat should be in service.')).toHaveLength(1)
  })

  it('splits after a finished sentence whose last line nearly fills the column when the next word fits in it', () => {
    const lines = [
      'The harbour board said on Monday that the new ferry terminal would open in the',
      'spring, after two years of delays caused by winter storms and a dispute over the',
      'contract with the builder, which was settled in court last month in Oslo.',
      'The board expects passenger numbers to rise by about a third once it opens.',
    ]
    expect(paragraphs(lines.join('\n'))).toHaveLength(2)
    // Where the next word would not fit on the line, the sentence end is inside the paragraph.
    const full = [...lines.slice(0, 2), 'contract with the builder, which was settled in court last month in Oslo city.', 'Board members expect passenger numbers to rise by a third once it opens.']
    expect(paragraphs(full.join('\n'))).toHaveLength(1)
  })

  it('a short line under a line that ends with a comma is inside the sentence, no heading ("Separately," / "Hanwa" / "Steel said")', () => {
    const source = 'He was not sent to\njail.\nSeparately,\nHanwa\nSteel said it\nearned $2.4\nbillion in the\nlast quarter of\nthe year.'
    expect(paragraphs(source)).toEqual(['He was not sent to jail.', 'Separately, Hanwa Steel said it earned $2.4 billion in the last quarter of the year.'])
  })

  it('keeps one paragraph a line when lines are too long to be hard wraps', () => {
    const long = 'word '.repeat(40).trim() + '.'
    expect(paragraphs(`${long}\nShort one.\n${long}`)).toHaveLength(3)
  })

  it('reads a PDF page in small type (lines of 170 characters that run on in lower case) as hard-wrapped paragraphs', () => {
    const source = [
      'SEATTLE, March 4 /PRNewswire/ -- Harborline Systems today introduced two new series of industrial barcode scanners, a fixed-mount conveyor reader and a rugged new handheld',
      'terminal as part of its expanded 2009 warehouse automation portfolio, with the first shipments to its distributors and resellers in North America and Europe starting in',
      'April. The products are on display at ProMat 2009 (Booth #3120, Hall B).',
      'RUGGED HANDHELD TERMINALS',
      'The new HT-40 series is built for freezer warehouses, cold stores and busy loading docks, where drops onto concrete floors and temperatures well below zero wear out',
      'ordinary consumer devices within months. Each unit carries a hot-swappable battery that lasts a full twelve-hour shift, and a sealed keypad that can easily be',
      'used with gloves.',
    ].join('\n')
    expect(paragraphs(source)).toHaveLength(3)
    // Lines of a browser's copy, one paragraph each, vary in length: they stay one paragraph a line.
    const comments = `Posted by: harbour_watcher on 9:14pm Tue 3 Mar 09\njust wait until the winter comes and see how long these scanners last out on the docks, because the last lot of handhelds they bought from another firm were dead by the end of january`
    expect(paragraphs(comments)).toHaveLength(2)
  })

  it('does not split a sentence that ends mid-column when the next word would not fit', () => {
    const source = 'Officials said the ceasefire held through the night in most areas ended.\nAdministration officials in Washington welcomed the news on Monday.'
    expect(paragraphs(source)).toHaveLength(1)
  })
})

describe('reflow: list intros and items without markers', () => {
  it('splits after a short line ending with a colon before a capital', () => {
    const source = 'The rosters will also include three invitees from South America and Generation adidas\nplayers. All combine participants are automatically eligible for the SuperDraft.\nBelow is the list of players who have been invited to the combine:\nBrian Edwards (Wake Forest University)\nMatt Allen (Creighton University)'
    const found = paragraphs(source)
    expect(found.slice(-2)).toEqual(['Brian Edwards (Wake Forest University)', 'Matt Allen (Creighton University)'])
    expect(found.at(-3)).toMatch(/the combine:$/u)
  })

  it('splits lines of one item shape even when they fill the run', () => {
    const source = 'Hugh Cronin (North Carolina State University)\nPavle Dundjer (University of Illinois-Chicago)\nBrandon Owens (University of California-Los Angeles)'
    expect(paragraphs(source)).toHaveLength(3)
  })

  it('keeps a wrapped sentence whose lines end with a bracket together when the next opens in lower case', () => {
    const source = 'The company said its profit rose by a fifth in the quarter (its best since 2019)\nand that it would raise its dividend (for the second time).'
    expect(paragraphs(source)).toHaveLength(1)
  })
})

describe('reflow: a label over items (session 4)', () => {
  it('"Key Features:" opens its items; "Media Contact:" keeps its lines', () => {
    expect(paragraphs('Key Features:\nOperating System: gOS V2 Rocket\nProcessor: 1.2GHz VIA C7-M ULV Processor')).toHaveLength(3)
    expect(paragraphs('Media Contact:\nJordan Lee\npress@example.com')).toHaveLength(1)
    // A colon line that fills the column opens item-shaped lines too.
    const long = 'roadshows as part of this process. The first meetings will take place in these cities:\nChristchurch (May 16)\nDunedin (May 17)'
    expect(paragraphs(long)).toHaveLength(3)
  })
})
