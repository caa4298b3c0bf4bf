/** Entity-level scoring of `nutgraf train`'s held-out documents, conlleval style. */
import {describe, expect, it} from 'vitest'
import {entityKeys, scoreTags} from '../../src/cli/score.js'

describe('entityKeys', () => {
  it('reads IOB2 and IOB1 runs', () => {
    expect(entityKeys(['B-PER', 'I-PER', 'O', 'I-LOC', 'I-LOC', 'B-LOC', 'I-ORG'], 3)).toEqual(['PER:3:0:2', 'LOC:3:3:5', 'LOC:3:5:6', 'ORG:3:6:7'])
  })
})

describe('scoreTags', () => {
  it('counts an entity right only with its type and exact words', () => {
    const gold = [['B-PER', 'I-PER', 'O', 'B-LOC'], ['B-ORG', 'O']]
    const predicted = [['B-PER', 'O', 'O', 'B-LOC'], ['B-LOC', 'O']]
    const scores = scoreTags(gold, predicted)
    expect(scores.map((score) => [score.type, score.gold, score.predicted, score.correct])).toEqual([
      ['LOC', 1, 2, 1],
      ['ORG', 1, 0, 0],
      ['PER', 1, 1, 0],
      ['all', 3, 3, 1],
    ])
    expect(scores.at(-1)?.f1).toBeCloseTo(1 / 3)
  })
})
