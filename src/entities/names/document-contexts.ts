/**
 * Non-local features (the `doc` family, context aggregation after Ratinov & Roth 2009):
 * a capitalized word that the document also writes capitalized mid-sentence is a name
 * candidate; each token of such a word hears the contexts of the word's OTHER
 * capitalized occurrences in the document — the word before and after each (lower
 * case, `a-1=` / `a+1=`) and their shapes (`a-1s=` / `a+1s=`). So "Milley" at the start
 * of a sentence or in a line of capitals learns from "Gen. Mark Milley" further down,
 * "Barrick" from "shares of Barrick rose". A token never hears its own context (that is
 * in its local features), so a word seen once gets none of these features. Lines in
 * capitals are no source (every word there is capitalized) but their tokens hear the
 * others. Training (./model-features.ts) and tagging (./word-scores.ts) both use this.
 *
 * @internal
 */
import type {DocumentCues, FeatureSink, WordFacts} from './features.js'

/** Distinct context features kept a word type (the first seen): bounds the work per token. */
const maxContexts = 16

/**
 * Per name-candidate word type (lower case): how many of its capitalized occurrences
 * have each context feature (the feature as its two parts, joined by a tab).
 *
 * @example
 * ```ts
 * const contexts: DocumentContexts = new Map([['milley', new Map([['a-1=\tmark', 2]])]])
 * ```
 */
export type DocumentContexts = ReadonlyMap<string, ReadonlyMap<string, number>>

/** The context features of the occurrence of a word between `before` and `after`, as [name, value] pairs. */
function occurrenceContexts(before: WordFacts | undefined, after: WordFacts | undefined): Array<[string, string]> {
  return [
    ['a-1=', before?.low ?? '<s>'],
    ['a+1=', after?.low ?? '</s>'],
    ['a-1s=', before?.shape ?? '<s>'],
    ['a+1s=', after?.shape ?? '</s>'],
  ]
}

/**
 * Collect the contexts of the name candidates of one document (sentences of word
 * facts; `caps[index]`: sentence `index` is set in capitals).
 *
 * @example
 * ```ts
 * const sentences = [['Gen.', 'Mark', 'Milley', 'spoke'].map(wordFacts)]
 * documentContexts(sentences, [false], cuesOf(sentences)).get('milley')?.get('a-1=\tmark') // 1
 * ```
 */
export function documentContexts(sentences: ReadonlyArray<readonly WordFacts[]>, caps: readonly boolean[], cues: DocumentCues): DocumentContexts {
  const contexts = new Map<string, Map<string, number>>()
  sentences.forEach((sentence, sentenceIndex) => {
    if (caps[sentenceIndex]) return
    for (let index = 0; index < sentence.length; index++) {
      const word = sentence[index] as WordFacts
      if (!word.capitalized || !cues.capitalMid.has(word.low)) continue
      let counts = contexts.get(word.low)
      if (!counts) contexts.set(word.low, (counts = new Map()))
      for (const [name, value] of occurrenceContexts(sentence[index - 1], sentence[index + 1])) {
        const key = name + '\t' + value
        const count = counts.get(key)
        if (count !== undefined) counts.set(key, count + 1)
        else if (counts.size < maxContexts) counts.set(key, 1)
      }
    }
  })
  return contexts
}

/**
 * Emit the context features the other occurrences give the token at `index` of a
 * sentence (`caps`: the sentence is set in capitals, so the token is no source itself).
 *
 * @example
 * ```ts
 * const sentences = [['Gen.', 'Mark', 'Milley'].map(wordFacts), ['Milley', 'spoke'].map(wordFacts)]
 * const contexts = documentContexts(sentences, [false, false], cuesOf(sentences))
 * const names: string[] = []
 * contextAggregateFeatures(contexts, sentences[1]!, 0, false, {add: (a, b = '') => names.push(a + b), addSlice: () => {}})
 * names // ['a-1=mark', 'a+1=</s>', 'a-1s=Xx', 'a+1s=</s>']
 * ```
 */
export function contextAggregateFeatures(contexts: DocumentContexts, facts: readonly WordFacts[], index: number, caps: boolean, sink: FeatureSink): void {
  const self = facts[index] as WordFacts
  if (!self.capitalized && !caps) return
  const counts = contexts.get(self.low)
  if (!counts) return
  const source = !caps && self.capitalized
  const own = source ? new Set(occurrenceContexts(facts[index - 1], facts[index + 1]).map(([name, value]) => name + '\t' + value)) : undefined
  for (const [key, count] of counts) {
    if (count <= (own?.has(key) ? 1 : 0)) continue
    const tab = key.indexOf('\t')
    sink.add(key.slice(0, tab), key.slice(tab + 1))
  }
}
