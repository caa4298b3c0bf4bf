import {describe, expect, it} from 'vitest'
import {segment} from '../../src/index.js'
import {findColonDateline, findDateline, findDatelineLine, isDatelineFragment} from '../../src/segment/rules/dateline.js'

const datelineOf = (text: string): [string, string] | undefined => {
  const match = findDateline(text)
  return match ? [text.slice(0, match.length), match.place ?? ''] : undefined
}

describe('datelines', () => {
  it.each([
    ['MOSCOW (Reuters) - Russia said', 'MOSCOW (Reuters) -', 'Moscow'],
    ['KYIV, Feb 10 (AFP) — Ukraine said', 'KYIV, Feb 10 (AFP) —', 'Kyiv'],
    // AFP's country in brackets after the city (session 9: the line stayed in the body)
    ['Porto Alegre (Brazil) (AFP) - Torrential rains have killed', 'Porto Alegre (Brazil) (AFP) -', 'Porto Alegre'],
    ['THE HAGUE, Netherlands — Judges said', 'THE HAGUE, Netherlands —', 'The Hague'],
    ['LONDON -- The tragic romance', 'LONDON --', 'London'],
    ['CAPE CANAVERAL, Fla. — NASA launched', 'CAPE CANAVERAL, Fla. —', 'Cape Canaveral'],
    ['BERLIN, March 3 (dpa) — Parties agreed', 'BERLIN, March 3 (dpa) —', 'Berlin'],
    ['SEATTLE Jan 14, 2008 (AP) - Amazon will', 'SEATTLE Jan 14, 2008 (AP) -', 'Seattle'],
    ['Madrid (Reuters) - Spain said', 'Madrid (Reuters) -', 'Madrid'],
    ['Washington CNN — The Senate voted', 'Washington CNN —', 'Washington'],
    ['Beirut (CNN) — Pope Leo XIV urged', 'Beirut (CNN) —', 'Beirut'],
    // a wire story filed from two places (session 7: no dateline was found)
    ['HOUSTON/SINGAPORE, Jan 12 (Reuters) - Oil prices rose', 'HOUSTON/SINGAPORE, Jan 12 (Reuters) -', 'Houston/Singapore'],
    ['LONDON/NEW YORK (Reuters) - Shares fell', 'LONDON/NEW YORK (Reuters) -', 'London/New York'],
    // ANI's country in square brackets and its colon (session 11)
    ['New Delhi [India], November 28 (ANI): Defence Minister Rajnath Singh will visit', 'New Delhi [India], November 28 (ANI):', 'New Delhi'],
  ])('%j', (text, dateline, place) => {
    expect(datelineOf(text)).toEqual([dateline, place])
  })

  it.each([
    'NATO said on Friday it would act.',
    'Moscow - the capital - was quiet.',
    'U.S. officials said the talks failed.',
    'MOSCOW (Reuters) -',
    'Washington Post — The paper said',
    'The war games — set to run until Feb. 20 — followed',
    // an agency's name over its date and section (session 11: Kyodo's meta line was a dateline)
    'KYODO NEWS - Nov 26, 2026 - 18:40 | Japan, Business',
    'REUTERS - The company said',
  ])('%j has no dateline', (text) => {
    expect(findDateline(text)).toBeUndefined()
  })
})

describe('wire datelines with a date', () => {
  it.each([
    ['Nov 2 (Reuters) - Oil prices fell', {length: 17, date: 'Nov 2'}],
    ['NEW YORK, Aug. 24, 2023 /PRNewswire/ -- Brightline Health said', {length: 39, place: 'New York', date: 'Aug. 24, 2023'}],
    ['KYIV, Feb 10 (AFP) — Ukraine said', {length: 20, place: 'Kyiv', date: 'Feb 10'}],
    ['MOSCOW (Reuters) - Russia said', {length: 18, place: 'Moscow'}],
  ])('%j', (text, match) => {
    expect(findDateline(text)).toEqual(match)
  })

  it.each(['Nov 2 was a quiet day in the markets.', 'May 5 (the day of the vote) - a holiday'])('%j has none', (text) => {
    expect(findDateline(text)).toBeUndefined()
  })
})

describe('a dateline on its own line', () => {
  it('takes the place of a whole-line dateline with an agency', () => {
    expect(findDatelineLine('SEATTLE Jan 14, 2008 (AP)')).toBe('Seattle')
    expect(findDatelineLine('LONDON (Reuters)')).toBe('London')
    expect(findDatelineLine('SEATTLE')).toBeUndefined()
    expect(findDatelineLine('SEATTLE (AP) - Amazon said')).toBeUndefined()
  })

  it('reports it when it stands right above the first paragraph, past share buttons', () => {
    const text = 'SEATTLE Jan 14, 2008 (AP)\n\nShare\n\nCome Super Bowl Sunday, Amazon will get a leg up in the digital music race, the company said.'
    expect(segment(text).dateline).toEqual({text: 'SEATTLE Jan 14, 2008 (AP)', place: 'Seattle', date: 'Jan 14, 2008', span: {start: 0, end: 25}})
  })

  it('keeps the headline above a first line that opens with a dateline and wraps early', () => {
    const text = 'Army chief says drills will continue\n\nBy Jane Doe\n\nKYIV (Reuters) - Gen. Mark\nMilley, the chairman of the Joint Chiefs of Staff, said on Tuesday that the\nexercises near the border would go on.'
    const result = segment(text)
    expect(result.headline?.text).toBe('Army chief says drills will continue')
    expect(result.dateline?.place).toBe('Kyiv')
    expect(result.body.map((paragraph) => paragraph.text)).toEqual([
      'Gen. Mark Milley, the chairman of the Joint Chiefs of Staff, said on Tuesday that the exercises near the border would go on.',
    ])
  })

  it('never takes a block that opens with a dateline for the headline', () => {
    const text = 'Army chief says drills will continue\n\nKYIV (Reuters) - Gen. Mark\n\nMilley, the chairman of the Joint Chiefs of Staff, said on Tuesday that the exercises near the border would go on.\n\nHe spoke in Brussels after the meeting with officials.'
    expect(segment(text).headline?.text).toBe('Army chief says drills will continue')
  })
})

describe('a dateline fragment over a blank line (session 7)', () => {
  const rest = 'The Senate passed the budget bill on Tuesday after a long night of debate, sending it to the president.'
  const article = (fragment: string, after = rest): string =>
    `Senate passes budget bill\n\nBy Jane Doe\n\n${fragment}\n\n${after}\n\nThe vote was 52 to 48, with two Republicans joining the Democrats.`

  it.each(['WASHINGTON —', 'WASHINGTON, Nov. 3 —', 'Nov 2 (Reuters) -', 'NEW YORK, Aug. 24, 2023 /PRNewswire/ --'])('%j alone above the first paragraph is its dateline', (fragment) => {
    const result = segment(article(fragment))
    expect(result.dateline?.text).toBe(fragment)
    expect(result.body.map((paragraph) => paragraph.text)[0]).toBe(rest)
  })

  it('a dateline with the first words of its sentence joins the rest of that sentence (lower case)', () => {
    const result = segment(article('WASHINGTON (AP) — The Senate on Tuesday', 'passed the budget bill after a long night of debate.'))
    expect(result.dateline?.text).toBe('WASHINGTON (AP) —')
    expect(result.body[0]?.text).toBe('The Senate on Tuesday passed the budget bill after a long night of debate.')
  })

  it('… or upper case (a name cut in two), and is no dek', () => {
    const text = 'Army chief says drills will continue\n\nKYIV (Reuters) - Gen. Mark\n\nMilley, the chairman of the Joint Chiefs of Staff, said on Tuesday that the exercises near the border would go on.\n\nHe spoke in Brussels after the meeting with officials.'
    const result = segment(text)
    expect(result.headline?.dek).toBeUndefined()
    expect(result.dateline?.text).toBe('KYIV (Reuters) -')
    expect(result.body[0]?.text).toBe('Gen. Mark Milley, the chairman of the Joint Chiefs of Staff, said on Tuesday that the exercises near the border would go on.')
  })

  it('tells a fragment from a finished dateline paragraph and from plain text', () => {
    expect(isDatelineFragment('WASHINGTON —')).toBe(true)
    expect(isDatelineFragment('KYIV (Reuters) - Gen. Mark')).toBe(true)
    expect(isDatelineFragment('LONDON -- The film won.')).toBe(false)
    expect(isDatelineFragment('WASHINGTON')).toBe(false)
    expect(isDatelineFragment('The war games — set to run')).toBe(false)
  })
})

describe('"Reporting from …" under the byline (session 14)', () => {
  it('is the dateline, naming the place, not a contributors note', async () => {
    const {segment} = await import('../../src/index.js')
    const text = [
      'A Town Votes to Keep Its Only Grocery Store Open, Then Buys It',
      'By Dan Barry',
      'Reporting from Haddam Falls, Vt.',
      'When the owners of the only grocery store in Haddam Falls announced that they would retire, the town faced a 25-mile drive for milk.',
      'Instead, 612 residents bought shares at $500 each, and on Saturday the market reopened as a cooperative.',
    ].join('\n\n')
    const {dateline, notes} = segment(text)
    expect(dateline).toMatchObject({text: 'Reporting from Haddam Falls, Vt.', place: 'Haddam Falls, Vt.'})
    expect(text.slice(dateline!.span.start, dateline!.span.end)).toBe(dateline!.text)
    expect(notes).toEqual([])
  })
})

describe('a place in capitals and a colon (session 15)', () => {
  it.each([
    ['NEW DELHI: The Centre on Monday said it would review the policy.', 'New Delhi', 10],
    ['PUNE: The civic body cleared the plan on Monday.', 'Pune', 5],
  ])('%j is a dateline', (text, place, length) => {
    expect(findColonDateline(text)).toEqual({length, place})
  })

  it.each(['UPDATE: The road has reopened.', "EDITOR'S NOTE: This story was updated.", 'MR MILLER: Good afternoon.', 'QUESTION: Is there a date?', 'NEW DELHI: the talks'])(
    '%j is not',
    (text) => {
      expect(findColonDateline(text)).toBeUndefined()
    },
  )

  it("opens the first paragraph, out of the body's text; a transcript's turns are no datelines", () => {
    const story = 'Floods hit Assam\n\nBy Our Special Correspondent\n\nGUWAHATI: Nearly 1.2 lakh people in 11 districts of Assam have been affected by floods, officials said.\n\nRescue teams moved 4,000 people to relief camps in Kamrup district on Thursday night.'
    const found = segment(story)
    expect(found.dateline?.place).toBe('Guwahati')
    expect(found.body[0]?.text.startsWith('Nearly')).toBe(true)
    const transcript = 'Department Press Briefing\n\nMR MILLER: Good afternoon, everyone. I have one thing at the top today.\n\nQUESTION: Thanks. Is there any date set for the next round of talks?\n\nMR MILLER: There is no date set. We remain in close touch with our partners.'
    expect(segment(transcript).dateline).toBeUndefined()
  })
})
