import {describe, expect, it} from 'vitest'
import {inNumberedSequence, sectionNumber} from '../../src/segment/rules/numbered-sections.js'
import {segment} from '../../src/index.js'
import {opensNumberedSection} from '../../src/segment/main-region.js'
import type {Candidate} from '../../src/segment/candidates.js'

const listicle = [
  '7 things to know about the new EU battery rules',
  'The regulation takes effect next month. Here is what changes for makers and buyers.',
  'By Sofia Lindqvist, Brussels correspondent',
  '1. Every battery gets a passport',
  'From February 2027, industrial and electric-vehicle batteries must carry a digital passport with a QR code.',
  '2. Recycled content becomes mandatory',
  'By 2031, new batteries must contain at least 16% recycled cobalt and 6% recycled lithium.',
  'Image: A worker sorts used batteries at a recycling plant in Hamburg. (Photo: Fabian Bimmer/Reuters)',
  '3. Phone batteries must be replaceable',
  'Manufacturers will have until 2027 to design phones whose batteries users can remove.',
  '4. Carbon footprint labels',
  'Electric-car batteries will need a label showing their carbon footprint, the Commission said.',
  '5. Due diligence on suppliers',
  'Large companies must check their suppliers for human-rights and environmental risks.',
  '6. Fines for breaking the rules',
  'Penalties will be set by national governments.',
]

describe('numbered section headings', () => {
  it.each([
    ['3. Phone batteries must be replaceable', 3],
    ['12) What happens next?', 12],
    ['2022 was a year of drills.', undefined],
    ['1. ' + 'word '.repeat(20), undefined],
  ])('%j is section %j', (text, number) => {
    expect(sectionNumber(text)).toBe(number)
  })

  it('finds a heading in sequence with another a few blocks away, either way', () => {
    const blocks = [{text: '1. A title'}, {text: 'Text.'}, {text: '2. Another title'}, {text: '5. Far off'}]
    expect([0, 1, 2, 3].map((index) => inNumberedSequence(blocks, index))).toEqual([true, false, true, false])
  })

  it('keeps every section of a listicle, its headings in the body, the headline above them', () => {
    const result = segment(listicle.join('\n\n'))
    expect(result.headline?.text).toBe(listicle[0])
    expect(result.headline?.dek?.text).toBe(listicle[1])
    expect(result.byline?.authors).toEqual(['Sofia Lindqvist'])
    expect(result.captions.map((caption) => caption.credit?.text)).toEqual(['Fabian Bimmer/Reuters'])
    expect(result.body.map((paragraph) => paragraph.text)).toEqual(listicle.filter((_, index) => index >= 3 && index !== 7))
  })

  it('takes a numbered title for a section heading only with prose under it (a numbered list of links has none)', () => {
    const block = (text: string): Candidate => ({text, words: text.split(' ').length, lower: 0.6, boilerplate: undefined}) as unknown as Candidate
    const sections = ['1. Every battery gets a passport', listicle[4] as string, '2. Recycled content becomes mandatory', listicle[6] as string].map(block)
    const links = ['1. Apple To Jump On Blu-ray Bandwagon?', '2. Versatile New Bravia-Like Sony PC', "3. Apple's 2008 Plans Leaked?"].map(block)
    expect([0, 2].map((index) => opensNumberedSection(sections, index))).toEqual([true, true])
    expect([0, 1, 2].map((index) => opensNumberedSection(links, index))).toEqual([false, false, false])
  })
})
