import {describe, expect, it} from 'vitest'
import extend, {VFile, trough} from '../../src/internal/unified-stubs.js'

describe('the stand-ins bundled for unified’s vfile, extend and trough', () => {
  it('holds the text in a file that gives it back, as unified hands it to the parser', () => {
    const file = new VFile('MOSCOW (Reuters) - A text.')
    expect(String(file)).toBe('MOSCOW (Reuters) - A text.')
  })

  it('merges plain objects deeply, as unified copies a processor’s data', () => {
    const target = {settings: {a: 1, nested: {x: 1}}, list: [1]}
    const list = [2, 3]
    expect(extend(true, target, {settings: {b: 2, nested: {y: 2}}, list})).toEqual({settings: {a: 1, b: 2, nested: {x: 1, y: 2}}, list: [2, 3]})
    expect(extend(true, {}, {})).toEqual({})
    // The copy is deep: the source's inner objects are not shared.
    const source = {settings: {a: 1}}
    const copy = extend(true, {}, source)
    expect(copy.settings).not.toBe(source.settings)
  })

  it('gives a pipeline that says it is not bundled when used', () => {
    expect(() => trough().run()).toThrow(/without its transformer pipeline/)
    expect(() => trough().use()).toThrow(/without its transformer pipeline/)
  })
})
