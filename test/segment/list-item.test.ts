import {describe, expect, it} from 'vitest'
import {isList, listMarker} from '../../src/segment/rules/list-item.js'

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
})
