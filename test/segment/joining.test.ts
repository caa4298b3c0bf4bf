import {describe, expect, it} from 'vitest'
import {segment} from '../../src/index.js'
import {toCandidates} from '../../src/segment/candidates.js'
import {joinContinuations} from '../../src/segment/joining.js'
import {roleLines} from '../../src/segment/line-roles.js'
import {splitLines} from '../../src/segment/lines.js'

const texts = (source: string): string[] => segment(source).body.map((paragraph) => paragraph.text)

describe('paragraph joining', () => {
  it('joins a paragraph cut by URLs and blank lines', () => {
    const source = 'The phone call facilitated communication between both leaders to reduce chances of\n\nhttps://x.com/author/afp\n\n\nmiscalculation, the Pentagon said.'
    expect(texts(source)).toEqual(['The phone call facilitated communication between both leaders to reduce chances of miscalculation, the Pentagon said.'])
  })

  it('joins one lower-case word that finishes a paragraph across a page break, and keeps a list item a list item', () => {
    const source = '7. Praia de Odeceixe. A river meets the sea here, so children can swim beside the surf.\n8. Praia do Amado. A favourite of surf schools, with cliffs on three\nhttps://travel.example/beaches 2/3\n11/24/26, 6:32 PM Beaches\nsides.\n9. Ilha de Tavira. Reached by a short ferry ride, with warm water.\n10. Praia da Nazaré. Home to the biggest waves ever surfed.'
    const body = segment(source).body
    expect(body.map((paragraph) => paragraph.text)[1]).toBe('8. Praia do Amado. A favourite of surf schools, with cliffs on three sides.')
    expect(body.every((paragraph) => paragraph.list)).toBe(true)
  })

  it('joins across an advertisement marker', () => {
    expect(texts('The council voted on Tuesday to close three libraries, saying it was forced on the\n\nAdvertisement\n\ncity by falling revenue.')).toEqual([
      'The council voted on Tuesday to close three libraries, saying it was forced on the city by falling revenue.',
    ])
  })

  it('continues no paragraph past a link list\'s heading ("More on …"): the text under it is not the article\'s', () => {
    const source = [
      "Apple's phone, which also plays music, has been a big hit. (Reporting by Jane Doe; editing by John Roe)",
      'More on?',
      'railpeople.example. my client is seeking experienced project engineers. 28,000 - 45,000.',
    ].join('\n\n')
    const lines = splitLines(source)
    const joined = joinContinuations(toCandidates(source, lines, roleLines(lines)))
    expect(joined.map((candidate) => candidate.text)).toEqual(source.split('\n\n'))
  })

  it("looks past a page's menu column for the rest of a sentence cut at a comma (PDF text, session 15)", () => {
    const menu = ['Obituaries', 'Religion', 'Daily Log', 'Weather', 'Special Reports', 'Lottery', "Today's Front Page", 'Photo Gallery']
    const first = 'Despite frequent complaints from visiting players about the slippery field since the stadium opened in 2001,'
    const rest = 'the club has stayed with grass, and the groundsman said on Monday that it would not change.'
    const page = (cut: string): string => [`The club's groundsman said the pitch would be relaid before the next home game. ${cut}`, 'https://sports.example/turf 1/3', '11/30/26, 10:02 PM', ...menu.map((line) => `${line}`), rest].join('\n\n')
    expect(texts(page(first))).toEqual([`The club's groundsman said the pitch would be relaid before the next home game. ${first} ${rest}`])
    // Not past as many menu blocks where the sentence may have ended (a title's last word).
    expect(texts(page(first.replace(' in 2001,', ' in Pittsburgh')))).not.toContain(`The club's groundsman said the pitch would be relaid before the next home game. ${first.replace(' in 2001,', ' in Pittsburgh')} ${rest}`)
  })

  it('sets aside a pull quote between two halves of a paragraph', () => {
    const source = 'Dock workers walked out on Monday after talks broke down, and the union said any return to work would\n\n"We are not going anywhere."\n\nbe decided by a vote of members.'
    expect(texts(source)).toEqual(['Dock workers walked out on Monday after talks broke down, and the union said any return to work would be decided by a vote of members.'])
  })

  it("sets no paragraph of prose aside (the story's own), but a longer quoted pull quote still", () => {
    const source = [
      'Community pays respects to dead teens Roadside bomb explosion kills Canadian soldier',
      'Alberta Premier Ed Stelmach said topics included lower business taxes and labour shortages.',
      'superthin new laptop',
    ].join('\n\n')
    expect(texts(source)).toContain('Alberta Premier Ed Stelmach said topics included lower business taxes and labour shortages.')
    const quoted = 'Dock workers walked out on Monday after talks broke down, and the union said any return to work would\n\n"We are not going anywhere until the company puts a fair offer on the table."\n\nbe decided by a vote of members.'
    expect(texts(quoted)).toEqual(['Dock workers walked out on Monday after talks broke down, and the union said any return to work would be decided by a vote of members.'])
  })

  it("sets nothing aside before a block that opens with a lower-case name: it starts a sentence (\"iTunes is …\")", () => {
    const source = [
      'Apple shares rose Japan stocks slip again Russia arrests British Council member Castro admits to being frail',
      'Mafia suspects arrested in bulk raid',
      'Twentieth Century Fox and Apple say they will do a deal which allows movie rentals through iTunes.',
      'iTunes is the online music store that Apple opened in 2003.',
    ].join('\n\n')
    expect(texts(source)).toEqual(expect.arrayContaining(['Twentieth Century Fox and Apple say they will do a deal which allows movie rentals through iTunes.']))
  })

  it('does not join after a finished sentence, whatever the case of the next block', () => {
    expect(texts('Online marketplaces reported record sales over the weekend.\n\neBay shares rose 4% in early trading on the news.')).toHaveLength(2)
  })

  it('does not join a Title Case headline to a lower-case byline under it', () => {
    const result = segment('Feds Grant Challenger Appeal In Google Toolbar Patent Case\n\nby Tameka Kee, Friday, Dec 28, 2007 9:00 AM ET\n\nThe patent fight between the two companies went on for a third year, the court said on Friday.')
    expect(result.byline?.text).toBe('by Tameka Kee')
    expect(result.byline?.authors).toEqual(['Tameka Kee'])
    expect(result.body.map((paragraph) => paragraph.text)).toEqual(['The patent fight between the two companies went on for a third year, the court said on Friday.'])
  })

  it('does not join a short unfinished line (a heading) to the text below', () => {
    expect(texts('Ill-starred voyages\n\nat the naming ceremony the champagne failed to shatter, and the ship broke down on its maiden voyage.')).toHaveLength(1)
  })
})
