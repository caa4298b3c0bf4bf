import {describe, expect, it} from 'vitest'
import {rankedTitleStart, splitTeaser} from '../../src/segment/rules/teaser.js'

const titleOf = (line: string): string | undefined => {
  const parts = splitTeaser(line)
  return parts ? line.slice(parts.titleStart, parts.titleEnd) : undefined
}

describe('teaser cards', () => {
  it.each([
    ['Floods kill dozens in southern Brazil Rescuers are searching for people missing after days of heavy rain in Rio Grande do Sul state. 2 hours ago', 'Floods kill dozens in southern Brazil'],
    ["Japan's central bank holds rates steady The Bank of Japan kept its key rate unchanged and said it would watch wage talks closely. 5 hours ago", "Japan's central bank holds rates steady"],
    ['Ceasefire talks resume in Cairo Negotiators from both sides arrived for a new round of talks on Sunday, Egyptian officials said.', 'Ceasefire talks resume in Cairo'],
  ])('%j', (line, title) => {
    expect(titleOf(line)).toBe(title)
  })

  it.each([
    'The council met on Tuesday to discuss the budget for next year.',
    'Prime Minister Rishi Sunak told the House of Commons that the plan would go ahead next year.',
    'Residents in New York City were told to stay indoors as the storm approached.',
  ])('%j is not a teaser', (line) => {
    expect(splitTeaser(line)).toBeUndefined()
  })

  it('skips a rank number', () => {
    expect(rankedTitleStart('2 Supermarket recalls bagged salad over listeria fears')).toBe(2)
    expect(rankedTitleStart('2024 was a hard year')).toBe(0)
  })
})
