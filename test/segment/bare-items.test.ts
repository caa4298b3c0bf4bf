/**
 * A list without markers between two paragraphs (session 13, issue 12: nothing lost): its lines are list items of the
 * body, unless they read as a menu (few lower-case words) or, in PDF text, as another column's narrow titles.
 */
import {describe, expect, it} from 'vitest'
import {segment} from '../../src/index.js'

const before = 'Hyundai has taken the wraps off its new luxury sedan, the Genesis, which goes on show at the Detroit auto show next week. Among the highlights:'
const after = 'The car goes on sale in the summer, and the company says the price will start under $30,000, far below its rivals from Germany and Japan.'
const features = ['6-speed automatic, rear-wheel drive, electronic stability control', 'Leather upholstery, including leather-wrapped dash', 'Keyless ignition, electronic parking brake', 'Heated and cooled seats', 'Adaptive cruise control']

describe('a list without markers between two paragraphs', () => {
  it('keeps its lines in the body as list items', () => {
    const body = segment([before, ...features, after].join('\n\n')).body
    expect(body.map((paragraph) => paragraph.text)).toEqual([before, ...features, after])
    expect(body.slice(1, -1).every((paragraph) => paragraph.list !== undefined)).toBe(true)
  })

  it('leaves out a menu of names between them, and two lines alone', () => {
    const menu = ['Opinion & Commentary', 'Help Desk Contact Us', 'Real Estate Listings', 'Photo Gallery Archive']
    const texts = segment([before, ...menu, after].join('\n\n')).body.map((paragraph) => paragraph.text)
    for (const item of menu) expect(texts).not.toContain(item)
    expect(segment([before, ...features.slice(0, 2), after].join('\n\n')).body.map((paragraph) => paragraph.text)).toEqual([before, after])
  })

  it("leaves out, in PDF text, another column's narrow titles read between wrapped paragraphs", () => {
    const wrapped = (text: string): string => text.replace(/(.{50,60}?) /gu, '$1\n')
    const titles = ['Eight held outside', 'Bhagwandas residence', 'PPP office attacked in']
    const body = segment([wrapped(before), ...titles, wrapped(after)].join('\n\n')).body.map((paragraph) => paragraph.text)
    expect(body).not.toContain(titles[0])
    expect(segment([wrapped(before), ...features, wrapped(after)].join('\n\n')).body.map((paragraph) => paragraph.text)).toEqual(expect.arrayContaining(features))
  })
})
