import {describe, expect, it} from 'vitest'
import {viterbi} from '../../../src/entities/names/decode.js'
import {allowed, startState, tagCount, tags} from '../../../src/entities/names/tags.js'

describe('viterbi', () => {
  it('reads transitions changed in place since the last call (training updates them between sentences)', () => {
    const transitions = new Float64Array((tagCount + 1) * tagCount)
    const emissions = new Float64Array(tagCount)
    const outside = tags.indexOf('O')
    const person = tags.indexOf('B-PER')
    expect(viterbi(emissions, 1, transitions)).toEqual([0])
    transitions[startState * tagCount + person] = 5
    expect(viterbi(emissions, 1, transitions)).toEqual([person])
    transitions[startState * tagCount + outside] = 9
    expect(viterbi(emissions, 1, transitions)).toEqual([outside])
  })

  it('finds the best allowed sequence, as a search of every sequence does', () => {
    // A small generator of numbers, so that the test reads the same numbers every run.
    let seed = 7
    const random = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 10 - 5
    for (let round = 0; round < 60; round++) {
      const length = 1 + (round % 4)
      const emissions = Float64Array.from({length: length * tagCount}, random)
      const transitions = Float64Array.from({length: (tagCount + 1) * tagCount}, random)
      let best = -Infinity
      let bestPath: number[] = []
      const search = (path: number[], total: number): void => {
        if (path.length === length) {
          if (total > best) [best, bestPath] = [total, [...path]]
          return
        }
        const previous = path.length === 0 ? startState : (path[path.length - 1] as number)
        for (let tag = 0; tag < tagCount; tag++) {
          if (!allowed(previous, tag)) continue
          path.push(tag)
          search(path, total + (transitions[previous * tagCount + tag] as number) + (emissions[(path.length - 1) * tagCount + tag] as number))
          path.pop()
        }
      }
      search([], 0)
      expect(viterbi(emissions, length, transitions), `round ${round}`).toEqual(bestPath)
    }
  })

  it('takes inside tags to be the even ones after the first, each right after its B- tag (what it skips by)', () => {
    for (let tag = 0; tag < tagCount; tag++) {
      const inside = (tags[tag] as string).startsWith('I-')
      expect(inside, tags[tag]).toBe(tag > 0 && tag % 2 === 0)
      expect(allowed(startState, tag), tags[tag]).toBe(!inside)
      for (let previous = 0; previous < tagCount; previous++) expect(allowed(previous, tag), `${tags[previous]} ${tags[tag]}`).toBe(!inside || previous === tag - 1 || previous === tag)
    }
  })
})
