import {describe, expect, it} from 'vitest'
import {viterbi} from '../../../src/entities/names/decode.js'
import {startState, tagCount, tags} from '../../../src/entities/names/tags.js'

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
})
