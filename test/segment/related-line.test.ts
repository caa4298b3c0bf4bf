import {describe, expect, it} from 'vitest'
import {segment} from '../../src/index.js'
import {isLinkListHeading} from '../../src/segment/rules/boilerplate.js'
import {datedTitle, isRelatedAside, isRelatedLabel, isRelatedTitle, parseRelatedLine, relatedEntryTitle} from '../../src/segment/rules/related-line.js'

describe('related lines', () => {
  it.each([
    ['Related article: Russia Launches Belarus Military Drills', {title: 'Russia Launches Belarus Military Drills'}],
    ['Read more: Why rates fell', {title: 'Why rates fell'}],
    ['READ MORE: Spain braces for storms', {title: 'Spain braces for storms'}],
    ['See also: How it works https://x.org/how-it-works', {title: 'How it works', url: 'https://x.org/how-it-works'}],
    ['Related: “A quoted title”', {title: 'A quoted title'}],
    ['Go deeper: Inflation sticks near 3%', {title: 'Inflation sticks near 3%'}],
    ['Read Article: Band plays its last show', {title: 'Band plays its last show'}],
    ['Read the full story: Dam works begin', {title: 'Dam works begin'}],
  ])('%j', (line, expected) => {
    expect(parseRelatedLine(line)).toEqual(expected)
  })

  it.each(['Related to this, he said the talks failed.', 'Read more books, the minister urged.', 'Related article:', 'See also'])(
    '%j is not a related line',
    (line) => {
      expect(parseRelatedLine(line)).toBeUndefined()
    },
  )
})

describe('related-article lists', () => {
  it('tells a bare label and the titles under it', () => {
    expect(isRelatedLabel('Read more:')).toBe(true)
    expect(isRelatedLabel('Related stories')).toBe(true)
    expect(isRelatedLabel('Explore further')).toBe(true)
    expect(isRelatedLabel('Read more: Why rates fell')).toBe(false)
    expect(isRelatedTitle('Bank of England holds rates, signals cuts later in year')).toBe(true)
    expect(isRelatedTitle('The bank said on Tuesday that approvals fell for a third month.')).toBe(false)
    expect(isRelatedLabel('Read Article:')).toBe(true)
  })

  it('reads a title that opens with a name and a colon as a title, a short field as none', () => {
    expect(isRelatedTitle("Adele: 'I'm Not Done Touring Yet'")).toBe(true)
    expect(isRelatedTitle('Fiber: A Food Supplement to Swear By')).toBe(true)
    expect(isRelatedTitle('Team: Egypt')).toBe(false)
    expect(isRelatedTitle('Tags: music, film, stage')).toBe(false)
  })

  it("ends a list of titles at the story's own headline, over its byline or its site's name", () => {
    const lead = 'The council approved the budget on Tuesday after a three-hour debate, the mayor said.'
    const titles = 'Top Stories\n\nRail strike called off\n\nFiber: A Food Supplement to Swear By\n\n'
    for (const under of ['By Jane Doe', 'CityNews.com']) {
      const {headline, references} = segment(`${titles}Council passes budget\n\n${under}\n\n${lead}\n\nShe said it was fair.`)
      expect(headline?.text).toBe('Council passes budget')
      expect(references.map((reference) => reference.title)).toEqual(['Rail strike called off', 'Fiber: A Food Supplement to Swear By'])
    }
  })

  it('goes on past a share bar\'s site names ("del.icio.us" over "reddit")', () => {
    const text = 'The council approved the budget on Tuesday after a three-hour debate.\n\nSee Also:\n\nRail strike called off\n\nMayor: Budget Is Fair To Everyone\n\ndel.icio.us\n\nreddit'
    expect(segment(text).references.map((reference) => reference.title)).toEqual(['Rail strike called off', 'Mayor: Budget Is Fair To Everyone'])
  })

  it('makes the titles under "Read more:" related references and keeps them out of the body', () => {
    const text = 'Prices were 1.2% lower than a year earlier, the lender said on Wednesday.\n\nRead more:\n\nMortgage approvals fall\n\nBank holds rates\n\nComments (2)'
    const {body, references} = segment(text)
    expect(body.map((paragraph) => paragraph.text)).toEqual(['Prices were 1.2% lower than a year earlier, the lender said on Wednesday.'])
    expect(references.map((reference) => [reference.kind, reference.title])).toEqual([
      ['related', 'Mortgage approvals fall'],
      ['related', 'Bank holds rates'],
    ])
  })

  it('makes the titles under a "Read Next" heading, one a line, related references', () => {
    const text = 'The Federal Reserve held interest rates steady on Wednesday, the bank said.\n\nRead Next\nOil prices climb as U.S. inventories fall\nWall Street ends higher after inflation data\n'
    const {body, references} = segment(text)
    expect(body.map((paragraph) => paragraph.text)).toEqual(['The Federal Reserve held interest rates steady on Wednesday, the bank said.'])
    expect(references.map((reference) => [reference.kind, reference.title])).toEqual([
      ['related', 'Oil prices climb as U.S. inventories fall'],
      ['related', 'Wall Street ends higher after inflation data'],
    ])
  })
})

describe('bulleted and dated related lists', () => {
  it.each([
    ['? More heartbreak for the Cowboys | 01/14/2028', 'More heartbreak for the Cowboys'],
    ["- Mehra's new film has competition | 22 Dec 2027", "Mehra's new film has competition"],
    ['• Ferry operator fined |', 'Ferry operator fined'],
    ['19 December 2027: Maya Holt announces tour', 'Maya Holt announces tour'],
    ['Rates fall for a third month', 'Rates fall for a third month'],
  ])('title of %j', (line, title) => {
    expect(relatedEntryTitle(line)).toBe(title)
  })

  it('reads a date or age under a title, and a "more »" link, as no title', () => {
    expect(isRelatedAside('01/14/2028', true)).toBe(true)
    expect(isRelatedAside('| 05 Jan 2028', true)).toBe(true)
    expect(isRelatedAside('1 hour and 7 minutes ago', true)).toBe(true)
    expect(isRelatedAside('more»', false)).toBe(true)
    // a label line above the age ("Published" / "2 days ago"; session 9: it became a related title)
    expect(isRelatedAside('Published', true)).toBe(true)
    expect(isRelatedAside('Published', false)).toBe(false)
    // A date before any title is the article's own date line, not a title's.
    expect(isRelatedAside('January 18, 2028', false)).toBe(false)
    expect(isRelatedAside('Ferry fares rise', true)).toBe(false)
  })

  it('takes a title with a full stop as a title when a date line stands under it (session 7: it was dropped)', () => {
    const body = 'The council voted on Monday to fund the seawall after a decade of debate over the plan.'
    const source = [body, 'Related Content', "How Cold Snaps Test America's Aging Grid\nJan. 3, 2028", 'Utilities Promise Upgrades. Customers Wait.\nDec. 19, 2027'].join('\n\n')
    const {references, body: paragraphs} = segment(source)
    expect(references.filter((reference) => reference.kind === 'related').map((reference) => reference.title)).toEqual([
      "How Cold Snaps Test America's Aging Grid",
      'Utilities Promise Upgrades. Customers Wait.',
    ])
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual([body])
  })

  it('takes "<date>: <title>" lines, not dated sentences', () => {
    expect(datedTitle('12 December 2027: Holt named as judge for book prize')).toBe('Holt named as judge for book prize')
    expect(datedTitle('12 December 2027: The singer was named as a judge.')).toBeUndefined()
    expect(datedTitle('Holt named as judge')).toBeUndefined()
  })

  it('a single dated line in the body stays body; two make a list, even with no heading', () => {
    const one = segment('Storm hits coast\n\nThe storm reached the coast on Monday night and cut power to 40,000 homes, officials said.\n\n12 December 2027: Power cut hits 40,000 homes\n\nCrews worked through the night to restore it, the utility said on Tuesday.')
    expect(one.references.filter((reference) => reference.kind === 'related')).toEqual([])
    const two = segment('Storm hits coast\n\nThe storm reached the coast on Monday night and cut power to 40,000 homes, officials said.\n\nCrews worked through the night to restore it, the utility said on Tuesday.\n\n12 December 2027: Power cut hits 40,000 homes\n5 January 2027: Flood warning for the valley')
    expect(two.references.map((reference) => [reference.kind, reference.title])).toEqual([
      ['related', 'Power cut hits 40,000 homes'],
      ['related', 'Flood warning for the valley'],
    ])
  })
})

describe('a box of titles under a heading with a "more »" link (session 8)', () => {
  const story = 'PROVIDENCE, R.I. (AP) - Snowplow drivers have voted to accept a three-year contract with the city, ending a dispute.\nThe city council is expected to approve the deal next week, officials said.'
  it('reads the heading as a link-list heading', () => {
    expect(isLinkListHeading('Local Top Stories\t  more»')).toBe(true)
    expect(isLinkListHeading('National News  more>>')).toBe(true)
    expect(isLinkListHeading('Also Today on Reuters Africa')).toBe(true)
    expect(isLinkListHeading('The mayor said there would be more >')).toBe(false)
  })
  it('makes its titles related references, up to a source-and-date line', () => {
    const text = `Snowplow drivers vote to accept contract\n\tLocal Top Stories\t  more»\nTwo hurt in Route 6 crash\nLibrary book sale raises $12,000\nAssociated Press - January 9, 2008 5:51 AM ET\n${story}`
    const {references, body} = segment(text)
    expect(references.map((reference) => reference.title)).toEqual(['Two hurt in Route 6 crash', 'Library book sale raises $12,000'])
    expect(body.map((paragraph) => paragraph.text).join(' ')).not.toContain('Route 6')
  })
})
