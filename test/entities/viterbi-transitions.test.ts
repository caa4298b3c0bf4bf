/**
 * Viterbi decodes with the transition scores as they are at each call, even when the
 * caller changes its array in place between calls (the perceptron does, after every
 * sentence it gets wrong): a cache of the masked transitions keyed by the array alone
 * made training decode with the first, all-zero transitions throughout.
 */
import {describe, expect, it} from 'vitest'
import {viterbi} from '../../src/entities/names/decode.js'
import {startState, tagCount, tags} from '../../src/entities/names/tags.js'

describe('viterbi and a transitions array changed in place', () => {
  it('reads the new values', () => {
    const transitions = new Float64Array((tagCount + 1) * tagCount)
    const emissions = new Float64Array(2 * tagCount)
    // Token scores prefer O, O a little; a strong B-PER → I-PER path wins once transitions say so.
    emissions[0] = 1
    emissions[tagCount] = 1
    expect(viterbi(emissions, 2, transitions).map((tag) => tags[tag])).toEqual(['O', 'O'])
    transitions[startState * tagCount + tags.indexOf('B-PER')] = 5
    transitions[tags.indexOf('B-PER') * tagCount + tags.indexOf('I-PER')] = 5
    expect(viterbi(emissions, 2, transitions).map((tag) => tags[tag])).toEqual(['B-PER', 'I-PER'])
  })
})
