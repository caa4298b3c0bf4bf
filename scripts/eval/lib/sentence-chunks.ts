/**
 * Where a sentence's words stand in a text's words: chunk by chunk, in order (each chunk two
 * words or more but the last, each within 600 words of the one before). A lost gold sentence
 * with no such chunks is not in the input at all (pdftotext dropped its words: a block set
 * wider than the page, a box cut off), so no segmentation can return it.
 */

/**
 * The chunks of `sentence` in `words`: [from word index, length] each, or undefined.
 *
 * @example
 * ```ts
 * chunksOf(['a', 'b', 'c', 'd'], ['a', 'b', 'x', 'c', 'd']) // [[0, 2], [3, 2]]
 * ```
 */
export function chunksOf(sentence: readonly string[], words: readonly string[]): Array<[number, number]> | undefined {
  const chunks: Array<[number, number]> = []
  let at = 0
  let from = 0
  while (at < sentence.length) {
    let best: [number, number] | undefined
    const limit = chunks.length === 0 ? words.length : Math.min(words.length, from + 600)
    for (let index = from; index < limit; index++) {
      let length = 0
      while (at + length < sentence.length && words[index + length] === sentence[at + length]) length++
      if (length > 0 && (!best || length > best[1])) best = [index, length]
      if (best && best[1] === sentence.length - at) break
    }
    if (!best || (best[1] < 2 && sentence.length - at > 1)) return undefined
    chunks.push(best)
    at += best[1]
    from = best[0] + best[1]
  }
  return chunks
}
