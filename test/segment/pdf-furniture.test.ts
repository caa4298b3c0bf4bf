import {describe, expect, it} from 'vitest'
import {furnitureKey, isPageFurniture, runningLines} from '../../src/segment/rules/pdf-furniture.js'

describe('page furniture', () => {
  it.each([
    '11/24/26, 6:32 PM Belarus drills | The Moscow Times',
    '1/5/2025, 10:04 AM',
    'file:///home/user/Downloads/port-strike.html 1/2',
    'https://www.example.com/news/story 3/8',
    '12',
    'Page 2 of 8',
    '- 3 -',
  ])('%j is furniture', (line) => {
    expect(isPageFurniture(line)).toBe(true)
  })

  it.each(['2022 was a year of drills.', '11/24 voted yes.', 'https://www.example.com/news/story', 'Page three was torn out.'])(
    '%j is not furniture',
    (line) => {
      expect(isPageFurniture(line)).toBe(false)
    },
  )

  it('finds a header repeated twice when it stands beside a page number', () => {
    const lines = ['CITY NEWS', 'Officials met', '1', 'CITY NEWS', 'and agreed', '2', 'the end', 'Short line', 'Short line']
    const running = runningLines(lines)
    expect(running.has(furnitureKey('CITY NEWS'))).toBe(true)
    expect(running.has(furnitureKey('Short line'))).toBe(false)
  })

  it('finds lines repeated three times as running headers, page numbers folded', () => {
    const lines = ['THE DAILY COURIER p. 1', 'text', 'THE DAILY COURIER p. 2', 'more', 'THE DAILY COURIER p. 3', '___', '___', '___']
    const running = runningLines(lines)
    expect(running.has(furnitureKey('THE DAILY COURIER p. 9'))).toBe(true)
    expect(running.has(furnitureKey('text'))).toBe(false)
    expect(running.has(furnitureKey('___'))).toBe(false)
  })

  it('leaves a subheading repeated over each section of an article as text (blank lines around it, a paragraph under it)', () => {
    const paragraph = (n: number): string => `Section ${n} tells the story of the inquest as the court heard it this week.`
    const lines = [1, 2, 3].flatMap((n) => ['The official account', '', paragraph(n), '', 'THE DAILY COURIER', paragraph(n + 3), ''])
    const running = runningLines(['', ...lines])
    expect(running.has(furnitureKey('The official account'))).toBe(false)
    expect(running.has(furnitureKey('THE DAILY COURIER'))).toBe(true)
  })
})
