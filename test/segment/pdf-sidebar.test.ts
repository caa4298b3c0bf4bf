import {describe, expect, it} from 'vitest'
import {sidebarLines} from '../../src/segment/rules/pdf-sidebar.js'
import {isColumnTitle} from '../../src/segment/main-region.js'
import {toCandidates} from '../../src/segment/candidates.js'
import {splitLines} from '../../src/segment/lines.js'
import {roleLines} from '../../src/segment/line-roles.js'
import {segment} from '../../src/index.js'

const column = [
  'The city council approved a network of protected cycle lanes on Thursday, after a',
  'two-year consultation that drew more than 6,000 responses.',
  'KEY FACTS',
  'The first lanes will be built along the river road and Station Street, with work',
  '12 miles of new lanes',
  'starting in the spring and finishing before the end of next year.',
]

describe('pdf sidebar lines', () => {
  it('finds short lines that cut an unfinished sentence, and the heading above the cut line', () => {
    expect([...sidebarLines(column)].sort()).toEqual([2, 4])
  })

  it('leaves a wrapped paragraph alone: its middle lines fill the column', () => {
    const prose = [
      'Officials in the northern province said on Monday that the flood barriers',
      'President Ana Lopes ordered last year had held along most of the river',
      'and that fewer than a hundred homes were damaged.',
    ]
    expect(sidebarLines(prose).size).toBe(0)
  })

  it('needs the sentence picked up in lower case by two words or more', () => {
    expect(sidebarLines(['Key features of the netbook include a seven-inch screen and', 'Wi-Fi: 802.11b/g', 'tech.co.uk']).size).toBe(0)
    expect(sidebarLines(['The first lanes will be built along the river road and Station Street, with work', 'More news', 'Starting in spring.']).size).toBe(0)
  })

  it('a cut line may end with a comma ("… on an older handset," / "WiMAX" / "the Qtek 9090, …")', () => {
    const lines = [
      'The company says it is running the prototype programs on an older handset made in Taiwan,',
      'WiMAX',
      'the Qtek 9090, which it bought second hand for the trial last autumn.',
    ]
    expect([...sidebarLines(lines)]).toEqual([1])
  })

  it('a cut line may fall short of the column by a third (a long word went to the next line)', () => {
    const lines = [
      'The harbour board said on Monday that the new ferry terminal would open in the spring,',
      'after two years of delays caused by storms and a dispute over the contract.',
      'Passenger numbers are now expected to rise by about',
      'Ferry timetable',
      'a third once the terminal opens, the board said.',
    ]
    expect([...sidebarLines(lines)]).toEqual([3])
  })

  it('a finished line above is not cut', () => {
    expect(sidebarLines(['The first lanes will be built along the river road and Station Street next year.', 'More news', 'starting in spring, officials said.']).size).toBe(0)
  })

  it("takes a teaser title's lower-case second line, read after the column's next line, for the sidebar's", () => {
    const interleaved = [
      'Members of the city council said on Monday that the plan to close two branch libraries',
      '1. Fire crews contain brush',
      'would be put off until the spring, when the new budget is expected to be approved',
      'fire near old quarry',
      '2. Bakery on Main Street',
      'by the county board, and that the branches would keep their hours until then.',
      'closes after 41 years',
      'The library director, Ann Howell, said the delay would give residents time to comment.',
    ]
    expect([...sidebarLines(interleaved)].sort()).toEqual([1, 3, 4])
  })

  it("a sidebar title's lower-case second line between the halves when the column picks up with a name (session 15)", () => {
    // The sidebar's lines alternate with the column's: its title's first line was cut out two lines above.
    const lines = [
      'The council agreed on Monday that the two branch libraries would stay open until',
      'Water main breaks',
      'the spring, and that their staff would be paid from the reserve fund set up by',
      'on the east side',
      'Mayor Ann Howell and the finance committee after the floods of last winter.',
    ]
    expect([...sidebarLines(lines)].sort()).toEqual([1, 3])
    // Not where no sidebar line was cut out two lines above (the lower-case line may be the column's own).
    expect([...sidebarLines([lines[2] as string, 'on the east side', lines[4] as string])]).toEqual([])
  })

  it("a short lower-case line under a column-wide one is the column's own (no short title above it)", () => {
    const prose = [
      'With revenue streams increasing in every area and more to come this year once the',
      'new, vastly improved television deal starts to take effect, the club is in far',
      'healthier shape than',
      'anyone could have predicted before the takeover, the chairman told shareholders.',
    ]
    expect(sidebarLines(prose).size).toBe(0)
  })

  it('finds the column width with as many sidebar lines as column lines, and the short last line after a title', () => {
    const lines = [
      'Residents who spoke during the public comment period were divided. Several',
      'Obituaries and death notices',
      'Weather for the next five days',
      'retirees on fixed incomes said the increase would strain their budgets, while the',
      'Classifieds and used cars',
      'Jobs in the county this week',
      'owner of a downtown restaurant said repeated boil-water notices last year had cost',
      'Contact the newsroom',
      'her thousands of dollars in lost business.',
      'The new rates will be reviewed again in two years.',
    ]
    expect([...sidebarLines(lines)].sort()).toEqual([1, 2, 4, 5, 7])
  })

  it('a narrower paragraph under a wide line is no sidebar', () => {
    const lines = [
      "Jan. 11 (Bloomberg) -- The president's former wife lost a legal bid to block publication of a book that quotes",
      'her making critical comments about him.',
      'Judge Anne Sauteraud issued the seven-page ruling',
      'today on the suit that she filed Jan. 9, against',
      'journalist Anna Bitton and her Paris publisher.',
      'Excerpts of the book, which went on sale Jan. 9 and',
      'ranked as the top-seller today on the French site,',
    ]
    expect(sidebarLines(lines).size).toBe(0)
  })

  it('a prose line that picks the sentence up with a name, after menu items that finish nothing', () => {
    const lines = [
      'The endorsement could matter more than most, because it brings an email list of three million supporters, said former',
      'Movies',
      'Massachusetts Gov. Michael Dukakis, who won the nomination in 1988 but lost the general election to his rival.',
    ]
    expect([...sidebarLines(lines)]).toEqual([1])
    // Not after a time stamp or a finished line, nor under a list of titles.
    expect(sidebarLines([lines[0] as string, '21 minutes ago', lines[2] as string]).size).toBe(0)
    expect(sidebarLines([lines[0] as string, 'Movies.', lines[2] as string]).size).toBe(0)
    expect(sidebarLines(['Business China Invests In Four African Projects Worth $90 Million Over Ten Years', 'Sport', 'World News Blast Kills One And Wounds Eight In Beirut On Monday Night']).size).toBe(0)
  })

  it('one lower-case word that ends the sentence picks it up too', () => {
    const lines = [
      'Work on the crossing began two years ago and was held up twice by floods.',
      'The mayor said the new bridge would bring the two halves of the town back into',
      'Weekend road closures',
      'harmony.',
    ]
    expect([...sidebarLines(lines)]).toEqual([2])
    expect(sidebarLines([...lines.slice(0, 3), 'harmony']).size).toBe(0)
  })

  it("the column's short last line picks it up where the line after the sidebar's title does not", () => {
    const lines = [
      'The council will meet again on Friday after a two hour session with the harbour',
      'Ferry fares set to',
      'master.',
      'rise 12:35p.m.',
      'Work on the new quay is due to start in the spring, the council said.',
    ]
    expect([...sidebarLines(lines)]).toEqual([1])
  })

  it('a prose line with names in it picks the sentence up with a capital (half its words in lower case)', () => {
    const lines = [
      'Courts in several states have upheld similar voter identification laws, including Arizona, Georgia and',
      'Notices',
      "Michigan, but struck down Missouri's law, Judge Anne Carter ruled in June last year.",
    ]
    expect([...sidebarLines(lines)]).toEqual([1])
    // So may the cut line: half its words in lower case, cut inside a name (session 15).
    const named = [
      'Writing in the Sunday Times today the Prime Minister said Sir Ed endeared himself to New',
      'Video Browse All',
      'Zealanders as a modest, unassuming and unpretentious man who never sought the limelight.',
    ]
    expect([...sidebarLines(named)]).toEqual([1])
    // Not a cut line of capitals, a title ("Prime Minister Helen Clark Visits New").
    expect(sidebarLines(['Prime Minister Helen Clark Visits The Flood Towns Of The North Island And New', 'Video Browse All', named[2] as string]).size).toBe(0)
  })

  it("page furniture between the halves (a share button) is the sidebar's too, and the body runs on past it", () => {
    const text = [
      'The former senator told the crowd on Saturday that the campaign would not be an auction in the state of',
      'E-Mail',
      'Iowa and that voters there would decide the race on the issues, not on money raised.',
    ].join('\n')
    const lines = splitLines(text)
    expect(roleLines(lines).map((role) => role.kind)).toEqual(['text', 'sidebar', 'text'])
    expect(segment(text).body.map((paragraph) => paragraph.text)).toEqual([
      'The former senator told the crowd on Saturday that the campaign would not be an auction in the state of Iowa and that voters there would decide the race on the issues, not on money raised.',
    ])
  })

  it("a short line cut at a line-end hyphen is the column's own: its word goes on below (session 14)", () => {
    const lines = [
      'new sewer lines. "People here are not asking for charity," said Lorraine',
      'Dubois, 71, a retired self-',
      'employed bookkeeper who has lived at Bayview Estates since',
      '1994. "We are asking not to be pushed out of homes we own."',
    ]
    expect(sidebarLines(lines)).toEqual(new Set())
    expect(sidebarLines(lines.map((line) => line.replace('self-', 'self')))).toEqual(new Set([1]))
  })

  it('the body runs on past the sidebar in segment', () => {
    const body = segment(column.join('\n')).body.map((paragraph) => paragraph.text)
    expect(body).toContain('The first lanes will be built along the river road and Station Street, with work starting in the spring and finishing before the end of next year.')
    expect(body.join(' ')).not.toContain('12 miles')
  })
})

describe('pdf column titles', () => {
  const wide = 'Israeli tanks and helicopters raided the Gaza Strip on Tuesday, killing 19 Palestinians, most of them militants.'
  const candidatesOf = (source: string) => toCandidates(source, splitLines(source), roleLines(splitLines(source)))

  it("a title wrapped on short lines between wide paragraphs is another column's", () => {
    expect(isColumnTitle(candidatesOf(`${wide}\n\nPalestinians Collectively\nReject Bush Proposal\n\n${wide}`), 1)).toBe(true)
  })

  it('a one-line subheading, or a title as wide as its text, is not', () => {
    expect(isColumnTitle(candidatesOf(`${wide}\n\nThe manifesto\n\n${wide}`), 1)).toBe(false)
    expect(isColumnTitle(candidatesOf(`${wide}\n\nWhy the harbour board changed its mind about the ferry terminal\nand what it means for passengers\n\n${wide}`), 1)).toBe(false)
  })

  it('keeps the title out of the body in segment, and the paragraphs around it in', () => {
    const body = segment(`${wide}\n\nPalestinians Collectively\nReject Bush Proposal\n\n${wide.replace('Tuesday', 'Wednesday')}`).body.map((paragraph) => paragraph.text)
    expect(body).toEqual([wide, wide.replace('Tuesday', 'Wednesday')])
  })
})
