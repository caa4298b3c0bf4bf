import {describe, expect, it} from 'vitest'
import extend, {VFile, trough} from '../../src/internal/unified-stubs.js'

describe('the stand-ins bundled for unified’s vfile, extend and trough', () => {
  it('holds the text in a file that gives it back, as unified hands it to the parser', () => {
    const file = new VFile('MOSCOW (Reuters) - A text.')
    expect(String(file)).toBe('MOSCOW (Reuters) - A text.')
  })

  it('copies the empty data of a new processor, as unified does when nutgraf makes its processor', () => {
    const namespace = {}
    const copy = extend(true, {}, namespace)
    expect(copy).toEqual({})
    expect(copy).not.toBe(namespace)
    expect(extend(true, {a: 1}, {b: 2})).toEqual({a: 1, b: 2})
  })

  it('gives a pipeline that says it is not bundled when used', () => {
    expect(() => trough().run()).toThrow(/without its transformer pipeline/)
    expect(() => trough().use()).toThrow(/without its transformer pipeline/)
  })
})
