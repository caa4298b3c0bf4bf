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
})
