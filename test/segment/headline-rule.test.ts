import {describe, expect, it} from 'vitest'
import {isDekText, isHeadlineText} from '../../src/segment/rules/headline.js'

describe('headline text', () => {
  it.each([
    'Bridge to close for four weeks of repairs',
    "Dad: Child's MP3 player came with porn",
    'India in control',
    'Is this the end of the high street?',
    'Harbor Foods agrees $2.1 billion takeover of snack maker Crisp & Co',
  ])('%j can be a headline', (text) => expect(isHeadlineText(text)).toBe(true))

  it.each([
    'Thursday, December 27, 2007',
    '2008-01-14',
    'The Associated Press',
    'McClatchy Newspapers',
    'Posted on: December 28, 2007 10:57 PST',
    'Filed under: Pop',
    'Home | News | Sport',
    'The council met on Tuesday to discuss the budget.',
    'News',
  ])('%j cannot', (text) => expect(isHeadlineText(text)).toBe(false))

  it('reads deks', () => {
    expect(isDekText("The deal is the packaged-food group's largest in a decade")).toBe(true)
    expect(isDekText('Prices checked on Monday morning; they can change at any time.')).toBe(true)
    expect(isDekText('By Daniel Okafor')).toBe(false)
    expect(isDekText('From the cliffs of the Algarve to the wild Atlantic coast, these are the beaches we return to.')).toBe(true)
    expect(isDekText('from The Independent & The Independent on Sunday')).toBe(false)
    expect(isDekText('Source: Environment Canada figures for the year.')).toBe(false)
    expect(isDekText('January 8, 2008 10:00 AM EST and more')).toBe(false)
  })
})
