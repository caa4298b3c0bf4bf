/**
 * The statistical name tagger: an averaged structured perceptron over hashed token
 * features, decoded with constrained Viterbi. Works on any word sequence (gold tokens
 * or nutgraf's), one document at a time so that document cues apply. The shipped model
 * or one a caller gives; scores summed per word type (./word-scores.ts), one cache per
 * model.
 *
 * @internal
 */
import {nerModel} from '../../data/bundled-tables.js'
import type {PackedModel, ShippedModel} from '../../data/packed-model.js'
import {viterbi} from './decode.js'
import {getModel, unpack} from './model.js'
import {featureFamilies} from './model-features.js'
import {type Tag, tags} from './tags.js'
import {WordScores} from './word-scores.js'
import {type WordRange, tagRanges} from './word-ranges.js'

/** Each model's weights and word-type cache, by the model's identity (a model object is read once). */
const scorers = new WeakMap<PackedModel | ShippedModel, WordScores>()

function scorerOf(packed: PackedModel | ShippedModel): WordScores {
  let scorer = scorers.get(packed)
  if (!scorer) {
    // Unknown feature families throw here, before any weight is read.
    const families = featureFamilies(packed.features)
    scorer = new WordScores(packed === nerModel ? getModel() : unpack(packed), families)
    scorers.set(packed, scorer)
  }
  return scorer
}

/**
 * Tag every sentence of one document with BIO tags (PER / ORG / LOC / MISC), with the
 * shipped model or the one given (read with the features it names).
 *
 * @example
 * ```ts
 * tagDocument([['Mark', 'Milley', 'spoke', '.']])[0] // ['B-PER', 'I-PER', 'O', 'O']
 * ```
 */
export function tagDocument(sentences: ReadonlyArray<readonly string[]>, packed: PackedModel | ShippedModel = nerModel): Tag[][] {
  const tagged: Tag[][] = []
  eachSentenceTags(sentences, packed, (tags) => tagged.push(tags))
  return tagged
}

/**
 * The ranges the tagger finds in one document (`tagRanges` of {@link tagDocument}),
 * made sentence by sentence: a long text's tags are not all kept at once.
 *
 * @example
 * ```ts
 * documentRanges([['Mark', 'Milley', 'spoke', '.']]) // [{type: 'PER', sentence: 0, first: 0, last: 2}]
 * ```
 */
export function documentRanges(sentences: Iterable<readonly string[]>, packed: PackedModel | ShippedModel = nerModel): WordRange[] {
  const ranges: WordRange[] = []
  eachSentenceTags(sentences, packed, (tags, sentence) => {
    for (const range of tagRanges([tags], sentence)) ranges.push(range)
  })
  return ranges
}

/** Tag the sentences of one document, handing each sentence's tags to `each` in turn. */
function eachSentenceTags(sentences: Iterable<readonly string[]>, packed: PackedModel | ShippedModel, each: (tags: Tag[], sentence: number) => void): void {
  const scorer = scorerOf(packed)
  const transitions = scorer.transitions
  scorer.documentEmissions(sentences, (emissions, length, sentence) => {
    each(
      viterbi(emissions, length, transitions).map((tag) => tags[tag] as Tag),
      sentence,
    )
  })
}
