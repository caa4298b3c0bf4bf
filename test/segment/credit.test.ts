import {describe, expect, it} from 'vitest'
import {findCredit, findGluedCredit, isCreditLine} from '../../src/segment/rules/credit.js'

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
  ])('%j has no credit', (text) => {
    expect(findCredit(text)).toBeUndefined()
  })

  it('splits a credit glued after the caption with no separator', () => {
    expect(creditOf('Troops during joint military drills. Russian Defense Ministry', findGluedCredit)).toEqual([
      'Troops during joint military drills.',
      'Russian Defense Ministry',
    ])
  })

  it.each(['U.S. Stocks Rally', 'Police closed the road on Friday.', 'He said so. And then he left the room in a hurry without a word'])(
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
