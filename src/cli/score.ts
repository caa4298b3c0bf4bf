/**
 * Entity-level scores of tagged sentences against gold tags, as CoNLL's conlleval counts
 * them: an entity is right only with the same type and exactly the same words.
 *
 * @internal
 */

/** Counts and scores for one type (or all). */
export interface TypeScore {
  type: string
  gold: number
  predicted: number
  correct: number
  precision: number
  recall: number
  f1: number
}

/** The entities of one sentence's IOB tags as `TYPE:first:end` keys (an `I-X` that does not continue an `X` opens one). */
export function entityKeys(tags: readonly string[], sentence: number): string[] {
  const keys: string[] = []
  let type = ''
  let first = 0
  const close = (end: number) => {
    if (type) keys.push(`${type}:${sentence}:${first}:${end}`)
    type = ''
  }
  tags.forEach((tag, index) => {
    const [prefix, kind = ''] = tag === 'O' ? ['O'] : [tag.slice(0, 1), tag.slice(2)]
    if (prefix === 'O' || prefix === 'B' || kind !== type) {
      close(index)
      if (prefix !== 'O') [type, first] = [kind, index]
    }
  })
  close(tags.length)
  return keys
}

/** Precision, recall and F1 per type and overall (`type: 'all'`), types sorted. */
export function scoreTags(gold: ReadonlyArray<readonly string[]>, predicted: ReadonlyArray<readonly string[]>): TypeScore[] {
  const goldKeys = new Set(gold.flatMap((tags, index) => entityKeys(tags, index)))
  const predictedKeys = new Set(predicted.flatMap((tags, index) => entityKeys(tags, index)))
  const types = [...new Set([...goldKeys, ...predictedKeys].map((key) => key.split(':')[0] as string))].sort()
  const score = (type: string, wanted: (key: string) => boolean): TypeScore => {
    const g = [...goldKeys].filter(wanted)
    const p = [...predictedKeys].filter(wanted)
    const correct = p.filter((key) => goldKeys.has(key)).length
    const precision = p.length ? correct / p.length : 0
    const recall = g.length ? correct / g.length : 0
    return {type, gold: g.length, predicted: p.length, correct, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0}
  }
  return [...types.map((type) => score(type, (key) => key.startsWith(`${type}:`))), score('all', () => true)]
}
