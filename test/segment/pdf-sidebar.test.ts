import {describe, expect, it} from 'vitest'
import {sidebarLines} from '../../src/segment/rules/pdf-sidebar.js'
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

  it('a finished line above is not cut', () => {
    expect(sidebarLines(['The first lanes will be built along the river road and Station Street next year.', 'More news', 'starting in spring, officials said.']).size).toBe(0)
  })

  it('the body runs on past the sidebar in segment', () => {
    const body = segment(column.join('\n')).body.map((paragraph) => paragraph.text)
    expect(body).toContain('The first lanes will be built along the river road and Station Street, with work starting in the spring and finishing before the end of next year.')
    expect(body.join(' ')).not.toContain('12 miles')
  })
})
