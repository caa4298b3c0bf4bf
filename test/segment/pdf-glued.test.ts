import {describe, expect, it} from 'vitest'
import {withoutGluedItems} from '../../src/segment/rules/pdf-glued.js'
import {splitLines} from '../../src/segment/lines.js'
import {roleLines} from '../../src/segment/line-roles.js'
import {segment} from '../../src/index.js'

/** A column read with a menu beside it: the menu's items between its lines, and one item glued onto the front of a line. */
const page = (glued: string, below = 'her thousands of dollars in lost business last year, she said.'): string[] => [
  'Residents who spoke during the public comment period were divided. Several',
  'Obituaries and death notices',
  'Weather for the next five days',
  'retirees on fixed incomes said the increase would strain their budgets,',
  'Classifieds and used cars',
  'Jobs in the county this week',
  'and a pastor said families with children would be hit hardest, while the',
  glued,
  'Contact the newsroom',
  below,
  'The new rates will be reviewed again in two years by the city council.',
]

const cut = (lines: string[]): string[] => {
  const split = splitLines(lines.join('\n'))
  return withoutGluedItems(split, roleLines(split)).map((line) => line.text)
}

describe('pdf glued items (session 15)', () => {
  it('cuts a menu item glued before a line that picks up the line above in lower case', () => {
    const lines = page('Sports & Outdoors Guide owner of a downtown restaurant said boil-water notices cost')
    expect(cut(lines)[7]).toBe('owner of a downtown restaurant said boil-water notices cost')
    expect(cut(page('InDepth/Photos owner of a downtown restaurant on Main Street said the notices cost'))[7]).toBe('owner of a downtown restaurant on Main Street said the notices cost')
  })

  it('not under a finished line, nor when the rest is much narrower than the line above', () => {
    const glued = 'Sports & Outdoors Guide owner of a downtown restaurant said boil-water notices cost'
    const under = (above: string): string[] => [...page(glued).slice(0, 6), above, glued, ...page(glued).slice(8)]
    expect(cut(under('and a pastor said families with children would be hit hardest by the rise.'))[7]).toBe(glued)
    expect(cut(page('Sports & Outdoors Guide owner of a downtown restaurant'))[7]).toBe('Sports & Outdoors Guide owner of a downtown restaurant')
  })

  it("keeps a sentence's own first words: one capital word, a name with a comma, a figure", () => {
    for (const line of [
      'Downtown restaurant owners and the business association said the boil-water notices cost',
      'Howell, owner of a downtown restaurant on Main Street, said the boil-water notices cost',
      '40 Main Street owners of the downtown restaurant said that boil-water notices cost',
    ]) {
      expect(cut(page(line))[7]).toBe(line)
    }
  })

  it('leaves a line no wider than the column alone (a name may open it), and runs without a sidebar', () => {
    const lines = page('owner of a downtown restaurant said boil-water notices cost')
    expect(cut(lines)).toEqual(lines)
    const prose = ['The council met on Monday and said that the rates for water would rise, while the', 'Sports & Outdoors Guide owner of a downtown restaurant said boil-water notices cost', 'her dearly.']
    expect(cut(prose)).toEqual(prose)
  })

  it('gives the body the sentence whole, the item left out', () => {
    const body = segment(['Water rates to rise', '', ...page('Sports & Outdoors Guide owner of a downtown restaurant said boil-water notices cost')].join('\n')).body.map((paragraph) => paragraph.text)
    expect(body.join(' ')).toContain('while the owner of a downtown restaurant said boil-water notices cost her thousands')
    expect(body.join(' ')).not.toContain('Outdoors')
  })
})
