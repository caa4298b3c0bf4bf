import {describe, expect, it} from 'vitest'
import {segment} from '../../src/index.js'
import {bodyStemsOf, canHeadline, normalized, overlap, repeated} from '../../src/segment/headline-choice.js'
import {findHeadline} from '../../src/segment/headline.js'
import {segmentText} from '../../src/segment/index.js'

const body = [
  'Volunteers have rebuilt the primary school in Bexley Vale six weeks after floodwater filled its classrooms, and pupils returned on Wednesday.',
  'More than 200 people worked evenings and weekends on the building, the head teacher said.',
  'The county council paid for the new roof.',
].join('\n\n')

describe('the signals a headline option is scored on', () => {
  it('measures the share of content words the opening body repeats, plurals folded', () => {
    const stems = bodyStemsOf(['Bridge repairs were delayed again on Monday, the council said.'])
    expect(overlap('Bridge repair delayed', stems)).toBe(1)
    expect(overlap('Council votes on bus depot', stems)).toBeCloseTo(1 / 3)
    expect(overlap('On it', stems)).toBe(0)
  })

  it('finds a line repeated elsewhere on the page, across line breaks and case', () => {
    const page = normalized('3/12/09, 9:14 AM Library reopens after restoration - The Courier\n\nLibrary reopens\nafter restoration\n\nBody.')
    expect(repeated('Library reopens after restoration', page)).toBe(true)
    expect(repeated('The Courier', page)).toBe(false)
  })

  it('offers no date, byline or role line as a headline', () => {
    expect(canHeadline('Volunteers rebuild flood-hit village school')).toBe(true)
    expect(canHeadline('By Anan Kowalczyk')).toBe(false)
    expect(canHeadline('Thu 12 Mar 2009 09.14 GMT')).toBe(false)
  })
})

describe('choosing the headline among the lines above the body', () => {
  it('takes the story title the body is about, not the nearer teaser title', () => {
    const text = `Volunteers rebuild flood-hit village school in six weeks\n\nCouncil approves new bus depot on Mill Lane\n\n${body}`
    expect(segment(text).headline?.text).toBe('Volunteers rebuild flood-hit village school in six weeks')
  })

  it('takes the title line out of navigation lines glued around it', () => {
    const text = `Home\nHarbour festival moves to September\nLocal News\nVolunteers rebuild flood-hit village school\nThu 12 Mar 2009 09.14 GMT\n\n${body}`
    expect(segment(text).headline?.text).toBe('Volunteers rebuild flood-hit village school')
  })

  it('keeps a headline wrapped over two lines whole when the print header repeats it', () => {
    const text = `3/12/09, 9:14 AM   Primary school back in Bexley Vale after flood rebuild - The Courier\n\nPrimary school back in Bexley Vale after\nflood rebuild\nBy Owen Hartley\n\n${body}`
    expect(segment(text).headline?.text).toBe('Primary school back in Bexley Vale after\nflood rebuild')
  })

  it('does not take a section name above the headline for a headline with a dek', () => {
    const text = `World news\nVolunteers rebuild flood-hit village school in six weeks\n\n${body}`
    const headline = segment(text).headline
    expect(headline?.text).toBe('Volunteers rebuild flood-hit village school in six weeks')
    expect(headline?.dek).toBeUndefined()
  })

  it('leaves a one-word section label before the headline on its line out of it (session 7: the line was no headline)', () => {
    const text = `Opinion | Volunteers rebuild flood-hit village school in six weeks\n\n${body}`
    const {headline} = segment(text)
    expect(headline?.text).toBe('Volunteers rebuild flood-hit village school in six weeks')
    expect(headline && text.slice(headline.span.start, headline.span.end)).toBe(headline?.text)
  })
})

describe('a headline taken into a link list', () => {
  it('is found among the list titles when the body repeats its words', () => {
    const text = `Road resurfacing on the A614 to finish early\n\nVolunteers rebuild flood-hit village school in six weeks\n\nFri Mar 13, 9:14 AM ET\n\n${body}`
    // A run of short title lines under a list heading is marked as a link list, the story's title with it.
    const candidates = segmentText(text).candidates.map((candidate, index) => (index < 3 ? {...candidate, boilerplate: 'links' as const} : candidate))
    const found = findHeadline(text, candidates, [3, 4, 5], new Set())
    expect(found?.headline).toBe(1)
    expect(candidates[1]?.text).toBe('Volunteers rebuild flood-hit village school in six weeks')
    // Other boilerplate (navigation, widgets) is still stepped over.
    const navigation = candidates.map((candidate, index) => (index === 1 ? {...candidate, boilerplate: 'navigation' as const} : candidate))
    expect(findHeadline(text, navigation, [3, 4, 5], new Set())?.headline).not.toBe(1)
  })
})

describe('a headline that ends with a full stop', () => {
  const article = (headline: string): string =>
    [
      'OPINION',
      headline,
      'Maria Esteban, Special to the Tribune',
      'Last summer, Phoenix went 113 days without measurable rain, and the city asked residents to cut outdoor watering.',
      'Arizona should do the same, and it should do it now, before the next dry summer arrives in the state.',
    ].join('\n\n')

  it('is the headline right above the byline', () => {
    const result = segment(article("Guest essay: Our cities are running out of water. Here's what we can do."))
    expect(result.headline?.text).toBe("Guest essay: Our cities are running out of water. Here's what we can do.")
    expect(result.body.map((paragraph) => paragraph.text.slice(0, 12))).toEqual(['Last summer,', 'Arizona shou'])
  })

  it('is body without a byline under it', () => {
    const text = article('Our cities are running out of water.').replace('Maria Esteban, Special to the Tribune\n\n', '')
    expect(segment(text).headline).toBeUndefined()
  })

  it('is the headline over a dek that ends with one too, over the byline', () => {
    const text = article('Our cities are running out of water. Here is one fix that works.').replace('\n\nMaria', '\n\nPhoenix should pay residents to tear out their lawns.\n\nMaria')
    const result = segment(text)
    expect(result.headline?.text).toBe('Our cities are running out of water. Here is one fix that works.')
    expect(result.headline?.dek?.text).toBe('Phoenix should pay residents to tear out their lawns.')
    expect(result.body).toHaveLength(2)
  })
})

describe('a headline wrapped over two lines (PDF text)', () => {
  const story = [
    'Spanish champions Real Madrid have said they are prepared to pay a record fee for Cristiano Ronaldo, a sports daily reported on Saturday.',
    'The Portuguese star is under contract at Old Trafford until 2012, but the paper says Ronaldo could buy up his contract and earn a greater fortune at Real.',
  ].join('\n\n')

  it('is not cut before a last line that a preposition leads into', () => {
    const headline = segment(`News | Opinion | Sport\n\nRonaldo could earn greater fortune at\nReal\n30 December 2007, 12:38\n\n${story}`).headline
    expect(headline?.text.replace(/\s+/gu, ' ')).toBe('Ronaldo could earn greater fortune at Real')
  })

  it('is not taken from its second line when that line opens mid-sentence', () => {
    const source = `Entertainment\n\n'Shrek the Musical' sings and dances\nits way to Broadway this fall\n\nNEW YORK - "Shrek the Musical," the tale of a big green ogre, has a date on Broadway this fall.\n\nThe musical opens in November at the Broadway Theatre, its producers said on Thursday.`
    expect(segment(source).headline?.text.replace(/\s+/gu, ' ')).toBe("'Shrek the Musical' sings and dances its way to Broadway this fall")
  })
})

describe('a title-case headline over its dek in one block (session 10)', () => {
  it('takes the title-case line as the headline and the line under it as the dek, though the dek shares more words with the body', () => {
    const text = [
      'Black Friday Sales Rise 3% as Shoppers Hunt for Deals Online\nOnline spending hit a record $11.8 billion, Adobe says',
      'By Sarah Nassauer and Suzanne Kapner',
      'Black Friday sales rose 3% from a year earlier as shoppers moved more of their holiday spending online, according to early data.',
      'Online spending in the U.S. reached $11.8 billion on Friday, up 9.1% from last year, according to Adobe Analytics.',
    ].join('\n\n')
    const {headline} = segment(text)
    expect(headline?.text).toBe('Black Friday Sales Rise 3% as Shoppers Hunt for Deals Online')
    expect(headline?.dek?.text).toBe('Online spending hit a record $11.8 billion, Adobe says')
  })
})

describe('a headline above a long menu column (session 11)', () => {
  it('is still an option, its distance counted up to ten candidates', () => {
    const menu = ['CFL', 'News', 'Scores', 'Previews', 'Standings', 'Results', 'Stats', 'Rosters', 'Transactions', 'Odds', 'Weather', 'Schedule', 'Week by week', 'Team by team', 'Extras', 'Grey Cup Winners', 'Message Boards']
    const text = [
      'Harbour Sports | A Sports Site',
      'Northport add two coaches to staff',
      ...menu,
      'NORTHPORT (Sports Wire) - The Northport Mariners named Sam Lee offensive coordinator and Tom Ray line coach on Wednesday, the club said.',
      'Lee joined the Mariners last season as quarterbacks coach after four seasons in Europe, where he also played.',
      'The Mariners finished third last season and head into the new year with a new head coach.',
    ].join('\n\n')
    expect(segment(text).headline?.text).toBe('Northport add two coaches to staff')
  })
})

describe('session 13: the headline at the top of the input, and a match result above the report', () => {
  it('takes the input\'s first line, a quoted title, over the dek under it when the byline follows', () => {
    const text = [
      "'We were never going to be a normal band': an interview with Lorna Fitch",
      'The singer talks about her new album, leaving London and why she stopped reading reviews',
      'By Jessie Amankwah',
      'Lorna Fitch has spent the past decade making records that sound like nobody else. Her fifth album comes out on Friday.',
      'You moved from London to the Norfolk coast in 2021. Why?',
    ].join('\n\n')
    const {headline} = segment(text)
    expect(headline?.text).toBe("'We were never going to be a normal band': an interview with Lorna Fitch")
    expect(headline?.dek?.text).toBe('The singer talks about her new album, leaving London and why she stopped reading reviews')
  })

  it('offers no match result as a headline, and keeps the result above the report in the body', () => {
    expect(canHeadline('Brentford 2 Fulham 1')).toBe(false)
    const text = [
      'Late Okafor header sends Brentford past Fulham',
      'By Sam Whitlow',
      'Brentford 2 Fulham 1',
      "Ike Okafor's header two minutes from time gave Brentford a third straight win and lifted them to eighth in the table.",
      'Fulham had equalised through a penalty in the 61st minute, and looked the likelier winners until the corner.',
    ].join('\n\n')
    const {headline, body: paragraphs} = segment(text)
    expect(headline?.text).toBe('Late Okafor header sends Brentford past Fulham')
    expect(paragraphs[0]?.text).toBe('Brentford 2 Fulham 1')
  })

  it('does not take a model year and name ("2002 F-150") above the body for a match result', () => {
    const text = ['Ford recalls pickups', '2002 F-150', body].join('\n\n')
    expect(segment(text).body[0]?.text).not.toBe('2002 F-150')
  })
})

describe('a headline under a section label in its block (session 13)', () => {
  it('takes the next block as its dek', () => {
    const text = [
      "Culture\n'I wanted the city to be the main character': novelist Amara Obi on her Lagos trilogy",
      'The author talks about research, rejection and finishing a book in a power cut',
      'By Gemma Hollis',
      "Amara Obi's third novel, The Harbour Lights, completes a trilogy set in Lagos across three decades. It is published on Thursday.",
      'How long did the trilogy take?',
      'Eleven years, if you count the first draft of the first book, which nobody will ever see.',
    ].join('\n\n')
    const {headline} = segment(text)
    expect(headline?.text).toBe("'I wanted the city to be the main character': novelist Amara Obi on her Lagos trilogy")
    expect(headline?.dek?.text).toBe('The author talks about research, rejection and finishing a book in a power cut')
  })
})

describe("a feature's title at the top of the input that shares no word with the body (session 14)", () => {
  const lines = [
    'The farmers who stayed: drought, debt and a town that refuses to empty',
    "As wells dry up in California's San Joaquin Valley, a handful of families bet their land on a new kind of water",
    'BY LUIS ORTEGA, CALMATTERS',
    'Ramón Gutierrez drilled his first well in 1998. It went down 180 feet. The one he paid for last summer came up dry.',
    '"You keep digging until there is nothing left to dig with," Gutierrez, 61, said from the cab of his truck.',
  ]
  it('is the headline over the dek when it reads as a title (function words in lower case), the byline under the dek', () => {
    const {headline, byline} = segment(lines.join('\n\n'))
    expect(headline?.text).toBe(lines[0])
    expect(headline?.dek?.text).toBe(lines[1])
    expect(byline?.authors).toEqual(['Luis Ortega'])
  })
  it('a menu line there is not', () => {
    const {headline} = segment(['Local News Business Sports Opinion Obituaries', ...lines.slice(1)].join('\n\n'))
    expect(headline?.text).toBe(lines[1])
  })
})

describe('a headline wrapped over lines that open with a hyphenated word in lower case (session 14)', () => {
  it('takes the whole headline, not its middle line', () => {
    const text = [
      'Council backs rent cap for\nmobile-home parks after\nthree-hour hearing',
      'By Teresa Okafor',
      'The City Council voted 5-2 late Monday to cap annual rent increases at mobile-home parks at 4 percent, after a three-hour hearing.',
      'The cap applies to the city\'s 11 parks and their roughly 2,300 spaces, and owners may ask for more.',
    ].join('\n\n')
    expect(segment(text).headline?.text).toBe('Council backs rent cap for\nmobile-home parks after\nthree-hour hearing')
  })
})
