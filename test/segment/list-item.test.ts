import {describe, expect, it} from 'vitest'
import {segment} from '../../src/index.js'
import {isList, itemShape, listMarker} from '../../src/segment/rules/list-item.js'

describe('list markers', () => {
  it.each([
    ['- Sony headphones: $298', {length: 2, kind: 'bullet'}],
    ['• Apple AirPods Pro', {length: 2, kind: 'bullet'}],
    ['* Kindle', {length: 2, kind: 'bullet'}],
    ['1. Gather evidence straight away.', {length: 3, kind: 'number', number: 1}],
    ['12) Praia da Ursa', {length: 4, kind: 'number', number: 12}],
    ['(3) Wait for the notice.', {length: 4, kind: 'number', number: 3}],
  ])('%j opens an item', (line, marker) => {
    expect(listMarker(line)).toEqual(marker)
  })

  it.each(['2.5 million people voted.', '-3 degrees overnight', '2024 was a hard year.', '— he said', 'Prices rose 3.'])('%j opens no item', (line) => {
    expect(listMarker(line)).toBeUndefined()
  })

  it('needs two items of one kind, numbers in order', () => {
    expect(isList(['1. One thing.', '2. Another.'])).toBe(true)
    expect(isList(['- a', '- b'])).toBe(true)
    expect(isList(['1. One thing.', 'Some prose.'])).toBe(false)
    expect(isList(['1. One thing.', '3. Another.'])).toBe(false)
    expect(isList(['- a', '1. b'])).toBe(false)
  })

  it.each([
    ['Memory: 512MB DDR2 533MHz SDRAM', 'label'],
    ['George Josten (Gonzaga)', 'bracket'],
    ['Photo Gallery', undefined],
    ['He left: nobody stopped him.', undefined],
  ] as const)('%j has the item shape %j', (line, shape) => {
    expect(itemShape(line)).toBe(shape)
  })

  it('reads lines of one shape under a line that ends with a colon as items without markers, up to a line of another shape', () => {
    const story = 'The maker said on Tuesday that the small laptop would go on sale this month in the United States.'
    const text = [story, 'Key features:', 'Processor: 1.2GHz VIA C7-M', 'Memory: 512MB DDR2', 'Photo Gallery', 'Shout The Musical'].join('\n\n')
    const body = segment(text).body
    expect(body.map((paragraph) => paragraph.text)).toEqual([story, 'Key features:', 'Processor: 1.2GHz VIA C7-M', 'Memory: 512MB DDR2'])
    expect(body.map((paragraph) => paragraph.list ?? false)).toEqual([false, false, true, true])
  })
})

describe('short bulleted items and pasted tables inside the body (session 7: they were dropped as navigation)', () => {
  const before = 'Catalonia declared a drought emergency on Thursday for Barcelona and 200 other towns, imposing limits on water use.'
  const after = 'The regional president said the reservoirs that supply the region were at 16% of capacity, the lowest on record.'

  it('keeps every item of a list of short bulleted lines, not only the long one', () => {
    const items = ['• residents may use no more than 200 liters a day', '• farmers must cut irrigation by 80%', '• industry must cut use by 25%']
    const body = segment([before, 'Under the new rules:', items.join('\n'), after].join('\n\n')).body
    expect(body.map((paragraph) => paragraph.text)).toEqual([before, 'Under the new rules:', ...items.map((item) => item.slice(2)), after])
  })

  it('keeps the rows of a table pasted with its bars between two paragraphs', () => {
    const rows = ['| Reservoir | Capacity | Level |', '| Sau | 165 hm3 | 1% |', '| Susqueda | 233 hm3 | 10% |']
    const body = segment([before, rows.join('\n'), after].join('\n\n')).body
    expect(body.map((paragraph) => paragraph.text)).toEqual([before, ...rows, after])
  })

  it('still reads a menu of bulleted links as navigation', () => {
    const body = segment(['Home • World • Business • Sport', before, after].join('\n\n')).body
    expect(body.map((paragraph) => paragraph.text)).toEqual([before, after])
  })
})

describe('a list of key points at the top, under a heading (session 7: a live blog lost it)', () => {
  it('keeps the items and the title of the post under them', () => {
    const items = ['- Winds of up to 100mph recorded on the Isle of Wight', '- More than 150,000 homes without electricity', '- Rail services cancelled across the south']
    const post = 'A spokeswoman for Network Rail said engineers had cleared fallen trees from 40 lines overnight and services would resume soon.'
    const body = segment(['Key points', items.join('\n'), 'Network Rail says lines will reopen gradually', post].join('\n\n')).body
    expect(body.map((paragraph) => paragraph.text)).toEqual([...items.map((item) => item.slice(2)), 'Network Rail says lines will reopen gradually', post])
  })
})
