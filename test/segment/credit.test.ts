import {describe, expect, it} from 'vitest'
import {findCredit, findGluedCredit, isCreditLine} from '../../src/segment/rules/credit.js'
import {segment} from '../../src/index.js'

const creditOf = (text: string, find = findCredit): [string, string] | undefined => {
  const match = find(text)
  return match ? [text.slice(0, match.captionEnd), text.slice(match.start, match.end)] : undefined
}

describe('credits', () => {
  it.each([
    ['Crowds in Kyiv. (AP Photo/Efrem Lukatsky)', 'Crowds in Kyiv.', 'AP Photo/Efrem Lukatsky'],
    ['Flood water in Valencia. Photo: Ana Beltran / Reuters', 'Flood water in Valencia.', 'Ana Beltran / Reuters'],
    ['The rocket lifts off. Image: NASA/Bill Ingalls', 'The rocket lifts off.', 'NASA/Bill Ingalls'],
    ['Leaders arrive for talks. REUTERS/Kevin Lamarque', 'Leaders arrive for talks.', 'REUTERS/Kevin Lamarque'],
    ['Leaders arrive for talks. (Photo by Sean Gallup/Getty Images)', 'Leaders arrive for talks.', 'Photo by Sean Gallup/Getty Images'],
    ['A man walks past a mural. AFP via Getty Images', 'A man walks past a mural.', 'AFP via Getty Images'],
    ['Turbines off Norfolk. Photograph: Chris Radburn/Reuters', 'Turbines off Norfolk.', 'Chris Radburn/Reuters'],
    ['Image source, Getty Images', '', 'Getty Images'],
    ['A surfer rides a wave at Bondi. Tim Clayton/Fairfax', 'A surfer rides a wave at Bondi.', 'Tim Clayton/Fairfax'],
    ['Lanterns light the harbour wall. (UPI Photo/Dana Keller).', 'Lanterns light the harbour wall.', 'UPI Photo/Dana Keller'],
    ['Photograph by : Uriel Sinai/Getty Images', '', 'Uriel Sinai/Getty Images'],
    ['Photo by Mark Jones', '', 'Mark Jones'],
    // The Wall Street Journal's label in capitals (session 10)
    ['Shoppers at a Target store in Chicago on Friday. PHOTO: JAMIE KELTER DAVIS FOR THE WALL STREET JOURNAL', 'Shoppers at a Target store in Chicago on Friday.', 'JAMIE KELTER DAVIS FOR THE WALL STREET JOURNAL'],
    // The New York Times copied: the label glued to the caption (session 10)
    ['Senator John Thune said the vote showed that "the Senate can still do its job."Credit...Kenny Holston/The New York Times', 'Senator John Thune said the vote showed that "the Senate can still do its job."', 'Kenny Holston/The New York Times'],
    // Al Jazeera's credit in square brackets, POLITICO's after a bar (session 11)
    ['Rescue workers search for survivors in Porto Alegre on November 28, 2026 [Diego Vara/Reuters]', 'Rescue workers search for survivors in Porto Alegre on November 28, 2026', 'Diego Vara/Reuters'],
    ['Speaker Mike Johnson speaks to reporters at the Capitol. | Francis Chung/POLITICO', 'Speaker Mike Johnson speaks to reporters at the Capitol.', 'Francis Chung/POLITICO'],
    // CNBC's bars, Bloomberg's "Photographer:", Future's "(Image credit: …)", "©", "File photo:", "Photo illustration by" (session 11)
    ['Traders work on the floor of the NYSE. Michael Nagle | Bloomberg | Getty Images', 'Traders work on the floor of the NYSE.', 'Michael Nagle | Bloomberg | Getty Images'],
    ['Elon Musk at an event in Paris. Chesnot | Getty Images', 'Elon Musk at an event in Paris.', 'Chesnot | Getty Images'],
    ['The minister in Rome. Photographer: Alessia Pierdomenico/Bloomberg', 'The minister in Rome.', 'Alessia Pierdomenico/Bloomberg'],
    ['A view of the new phone. (Image credit: Future)', 'A view of the new phone.', 'Future'],
    ['The plant near Kyiv. © Getty Images', 'The plant near Kyiv.', 'Getty Images'],
    ['A file photo of the ship. File photo: Reuters', 'A file photo of the ship.', 'Reuters'],
    ['Smoke over the city. Photo illustration by Jane Doe/The Verge', 'Smoke over the city.', 'Jane Doe/The Verge'],
    ['Firefighters at the scene. Courtesy of Millbrook Fire Department', 'Firefighters at the scene.', 'Millbrook Fire Department'],
    // Reuters' licensing link after the credit, as copied (session 11)
    ['Merz speaks in Berlin, Germany, November 28, 2026. REUTERS/Lisi Niesner Purchase Licensing Rights, opens new tab', 'Merz speaks in Berlin, Germany, November 28, 2026.', 'REUTERS/Lisi Niesner'],
  ])('%j', (text, caption, credit) => {
    expect(creditOf(text)).toEqual([caption, credit])
  })

  it.each([
    'Support rose to 41%, according to a poll by Reuters/Ipsos.',
    'SEATTLE Jan 14, 2008 (AP)',
    'The vote was split 52/48 in the end.',
    'Traders watched screens in New York',
    'External links are provided for reference. Privacy Policy/Your California Privacy Rights',
    'Love Sudoku? Play our new game. Career/Jobs',
    'First Published: 11:47 IST(11/1/2008)',
    'The figures are in square brackets [see table 2]',
    'Home | News | Sport',
    '© 2026 The Associated Press. All rights reserved.',
    '© Copyright The Times',
    'He was born in 1950. Courtesy of his family',
  ])('%j has no credit', (text) => {
    expect(findCredit(text)).toBeUndefined()
  })

  it('splits a credit glued after the caption with no separator', () => {
    expect(creditOf('Troops during joint military drills. Russian Defense Ministry', findGluedCredit)).toEqual([
      'Troops during joint military drills.',
      'Russian Defense Ministry',
    ])
  })

  it.each(['U.S. Stocks Rally', 'Police closed the road on Friday.', 'He said so. And then he left the room in a hurry without a word', 'Oct. 10, 2024 Updated 6:05 p.m. CT'])(
    '%j has no glued credit',
    (text) => {
      expect(findGluedCredit(text)).toBeUndefined()
    },
  )

  it('tells a stand-alone credit line', () => {
    expect(isCreditLine('Jamal Saidi/Reuters')).toBe(true)
    expect(isCreditLine('(AP Photo/Evan Vucci)')).toBe(true)
    expect(isCreditLine('Photo: Tim Clayton')).toBe(true)
    expect(isCreditLine('The vote is on Friday.')).toBe(false)
    expect(isCreditLine('Job & Classifieds Audio / Video')).toBe(false)
  })
})

describe('a stand-alone credit beside body prose (session 7)', () => {
  const lead =
    'President George W. Bush on Tuesday signed a farm bill that lawmakers had spent two years writing, and the first payments will reach growers in the Midwest this spring.'
  const second = 'The bill gives money to farmers who lost crops to floods last spring, and it raises the price floor for corn.'
  const third = 'Critics said the bill was too costly. The White House disagreed with them.'
  const bodyOf = (text: string): string[] => segment(text).body.map((paragraph) => paragraph.text)

  it('a credit above a short lead that the body goes on from does not take the lead as its caption', () => {
    const result = segment(`Bush signs farm bill\n\nBy Jane Doe\n\nPhoto: Jim Watson/AFP\n\n${lead}\n\n${second}\n\n${third}`)
    expect(result.body.map((paragraph) => paragraph.text)).toEqual([lead, second, third])
    expect(result.captions.map((caption) => caption.text)).toEqual([''])
    expect(result.captions[0]?.credit?.text).toBe('Jim Watson/AFP')
  })

  it('nor a lead above it that reports speech', () => {
    const quoted = 'President George W. Bush on Tuesday signed a farm bill that lawmakers had spent two years writing, saying it would help growers through a hard season.'
    expect(bodyOf(`Bush signs farm bill\n\nBy Jane Doe\n\n${quoted}\n\nPhoto: Jim Watson/AFP\n\n${second}\n\n${third}`)).toEqual([quoted, second, third])
  })

  it('nor the last paragraph of a run of prose above a credit', () => {
    const last = 'U.S. commanders say militants are still dispatching suicide bombers in an effort to cause mass-casualty attacks.'
    const text = `Bomber kills 30 at Baghdad funeral\n\n${lead}\n\n${second}\n\n${last}\n\nPhoto Copyright Getty Images\n\nCopyright 2008 Reuters. Click for restrictions.`
    expect(bodyOf(text)).toContain(last)
  })

  it('still takes a short caption between the byline and the lead', () => {
    const caption = 'Chaos and despair: an elephant helps clear a road in Barishal.'
    const result = segment(`Cyclone kills 1100 in Bangladesh\n\nBy Jane Doe\n\n${caption}\n\nPhoto: Pavel Rahman\n\n${lead}\n\n${second}`)
    expect(result.captions.map((item) => [item.text, item.credit?.text])).toEqual([[caption, 'Pavel Rahman']])
    expect(result.body.map((paragraph) => paragraph.text)).toEqual([lead, second])
  })
})

describe('a labelled credit wrapped onto a second line (session 11)', () => {
  it('reads "Photo by Ann Lee" / "AP" as one credit, and takes no date line for its caption', () => {
    const caption = 'Harbour master Jane Roe greets the first passengers at the pier on Monday. The ferry had been in dry dock for a month.'
    const lead = 'The ferry returned to service on Monday after a month of repairs, the operator said, and the crossing takes 20 minutes.'
    const second = 'Fares stay the same until the summer, the operator said. A second boat will join the route in May.'
    const result = segment(`Ferry back in service\nBy Jo Kerr\nThursday, December 27, 2007\n\nPhoto by Ann Lee\nAP\n\n${caption}\n\nSTORY TOOLS\n\n${lead}\n\n${second}`)
    expect(result.captions.map((item) => [item.text, item.credit?.text])).toEqual([[caption, 'Ann Lee\nAP']])
    expect(result.body.map((paragraph) => paragraph.text)).toEqual([lead, second])
  })

  it('but no longer second line: "Photo: Reuters" over a sentence is no credit of both', () => {
    expect(findCredit('Photo: Reuters\nThe council met on Tuesday')).toBeUndefined()
  })
})

describe('a stand-alone credit under a lead in PDF text (session 7)', () => {
  it('takes no lead longer than the paragraph under the credit as its caption', () => {
    const text = [
      'Bush signs farm bill',
      'By Jane Doe',
      'President George W. Bush on Tuesday signed a farm bill that lawmakers had spent',
      'two years writing, and the first payments will reach growers in the Midwest',
      'this spring.',
      'Photo: Jim Watson/AFP',
      'The bill gives money to farmers who lost crops to floods last spring, and it',
      'raises the price floor for corn.',
    ].join('\n')
    const result = segment(text)
    expect(result.body[0]?.text).toMatch(/^President George W\. Bush .* this spring\.$/u)
    expect(result.captions.map((caption) => [caption.text, caption.credit?.text])).toEqual([['', 'Jim Watson/AFP']])
  })
})

describe("a caption in a PDF column above its credit, prose going on under it (session 14)", () => {
  const lines = [
    'The cap, which takes effect Jan. 15, applies to the city\'s 11 parks and their roughly 2,300 spaces.',
    '"People here are not asking for charity," said Lorraine Dubois, a retired',
    'bookkeeper. "We are asking not to be pushed out of homes we own."',
    'Residents at Bayview Estates',
    "listen during Monday's hearing.",
    'TERESA OKAFOR/LEDGER',
    'Park owners said the cap would discourage investment.',
    'Mark Feld, a lawyer for the owners, said they would consider a legal challenge.',
  ]
  it('is the credit\'s caption', () => {
    const {captions, body} = segment(lines.join('\n'))
    expect(captions.map((caption) => [caption.text, caption.credit?.text])).toEqual([["Residents at Bayview Estates listen during Monday's hearing.", 'TERESA OKAFOR/LEDGER']])
    expect(body.some((paragraph) => paragraph.text.includes('Residents'))).toBe(false)
  })
  it("the article's last sentence over a stray credit is not", () => {
    const {captions, body} = segment([...lines.slice(0, 5), 'Photo Copyright Getty Images', '', 'Copyright 2008 Reuters.'].join('\n'))
    expect(captions.map((caption) => caption.text)).toEqual([''])
    expect(body.at(-1)?.text).toBe("Residents at Bayview Estates listen during Monday's hearing.")
  })
})
