/**
 * Tagged words → typed word ranges (BIO decoding).
 *
 * @internal
 */
import type {Tag} from './tags.js'
import type {TaggerWord} from './tagger-words.js'

/**
 * A typed range of words `[first, last)` in one sentence.
 *
 * @example
 * ```ts
 * const range: WordRange = {type: 'PER', sentence: 0, first: 1, last: 3}
 * ```
 */
export interface WordRange {
  type: string
  sentence: number
  first: number
  last: number
  /** Set by a rule whose type document consistency must not change. */
  fixed?: boolean
  /** The rule that made it, where not the tagger ("lexicon"). */
  rule?: string
}

/**
 * Read the entity ranges off BIO tags.
 *
 * @example
 * ```ts
 * tagRanges([['B-PER', 'I-PER', 'O']], 0) // [{type: 'PER', sentence: 0, first: 0, last: 2}]
 * ```
 */
export function tagRanges(tagged: ReadonlyArray<readonly Tag[]>, sentenceOffset = 0): WordRange[] {
  const ranges: WordRange[] = []
  tagged.forEach((sentenceTags, sentence) => {
    let open: WordRange | undefined
    sentenceTags.forEach((tag, index) => {
      if (open && tag === `I-${open.type}`) {
        open.last = index + 1
        return
      }
      open = undefined
      if (tag !== 'O') {
        open = {type: tag.slice(2), sentence: sentence + sentenceOffset, first: index, last: index + 1}
        ranges.push(open)
      }
    })
  })
  return ranges
}

/**
 * The words of `range` joined with single spaces.
 *
 * @example
 * ```ts
 * rangeText(words, {type: 'PER', sentence: 0, first: 1, last: 3}) // 'Mark Milley'
 * ```
 */
export function rangeText(words: readonly TaggerWord[], range: Pick<WordRange, 'first' | 'last'>): string {
  return words.slice(range.first, range.last).map((word) => word.text).join(' ')
}

/** `ranges` in order of their sentence, each sentence's in the order given (a stable sort); `ranges` itself when in that order already. */
function bySentence(ranges: readonly WordRange[]): readonly WordRange[] {
  for (let index = 1; index < ranges.length; index++) {
    if ((ranges[index - 1] as WordRange).sentence > (ranges[index] as WordRange).sentence) return [...ranges].sort((a, b) => a.sentence - b.sentence)
  }
  return ranges
}

/**
 * Each sentence's ranges in their order, for sentences asked for in ascending order: read
 * off `ranges` in sentence order as the sentences go by, without a list kept a sentence.
 *
 * @example
 * ```ts
 * const ownOf = rangesBySentence([{type: 'PER', sentence: 1, first: 0, last: 1}])
 * ownOf(0) // []
 * ownOf(1)[0]?.type // 'PER'
 * ```
 */
export function rangesBySentence(ranges: readonly WordRange[]): (sentence: number) => WordRange[] {
  const sorted = bySentence(ranges)
  let next = 0
  return (sentence) => {
    while (next < sorted.length && (sorted[next] as WordRange).sentence < sentence) next++
    const from = next
    while (next < sorted.length && (sorted[next] as WordRange).sentence === sentence) next++
    return sorted.slice(from, next)
  }
}
