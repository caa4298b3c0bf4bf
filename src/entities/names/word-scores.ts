/**
 * The tagger's emission scores, made from the features a model names (./features.ts,
 * and the word-class families of ./class-features.ts when the model was trained with
 * them: ./model-features.ts) and the model's weights. A word's own features and the
 * features it gives its neighbours read nothing but the word, so their summed weights
 * are made once per word type and role, looking up only the features the model knows,
 * and kept across calls in a cache of bounded size, one cache per model (a model given
 * by a caller never reads the shipped model's sums): two
 * generations of at most `generation` word types; when the young one is full it
 * becomes the old one and the old one is dropped, and a word found in the old one moves
 * to the young one, so frequent words stay while memory does not grow with the number
 * of distinct words seen. The numbers of a generation's word types share two typed
 * arrays, close in memory. A pair feature's hash up to the right word is kept with the
 * left word, so a pair costs the hash of one short part at each token; only the context
 * features are hashed whole.
 *
 * The weights are quantized float32 values and the sums are float64, so every sum is
 * exact and the order in which features are added does not change a score: the
 * result is the same as adding each feature's weights token by token.
 *
 * @internal
 */
import {
  contextFeatures,
  capsOf,
  documentCues,
  type FeatureSink,
  featureId,
  featureIdFrom,
  featurePrefix,
  pairTemplates,
  roleOffsets,
  type SentenceContext,
  sentenceContext,
  sentenceEnd,
  sentenceStart,
  sliceFeatureId,
  type WordFacts,
  wordFacts,
  wordFeatures,
} from './features.js'
import {capsClassId, classRoleIds, type ClassFeatureFamilies} from './class-features.js'
import {featureRow, type Model} from './model.js'
import {wordClass} from './word-classes.js'
import {tagCount} from './tags.js'

/** Where a word type's weights as the token in a line of capitals (the `caps` family) start, after its roles'. */
const capsAt = roleOffsets.length * tagCount

/** Numbers a word type holds: its summed weights in each role, tag by tag for each role in turn, then in a line of capitals. */
const stride = capsAt + tagCount

const pairCount = pairTemplates.length
/** Per pair template: is the token the right word (its left word is the one before)? Does it read the right word's lower case? */
const pairOnRight = pairTemplates.map((pair) => pair.token === 'right')
const pairRightLow = pairTemplates.map((pair) => pair.right === 'low')

/**
 * A word type: its facts; its weights (`stride` numbers from `offset` in `scores`); its
 * pair hash states (`pairCount` numbers from `pairsAt` in `pairs`:
 * per pair template, the hash after its name, this word's fact as the left word, `|`).
 */
interface WordEntry {
  facts: WordFacts
  scores: Float64Array
  pairs: Int32Array
  offset: number
  /** `offset / stride * pairCount`. */
  pairsAt: number
}

/** One generation of the cache: word types by their text, and the typed arrays their numbers are in. */
interface Generation {
  entries: Map<string, WordEntry>
  scores: Float64Array
  pairs: Int32Array
}

/**
 * Word types a generation of the cache holds: 16,384 (7.5 MB of typed arrays a
 * generation). A first pass over 1.9 MB of mixed text (29,618 distinct words) made
 * 1,159 word types a second time where 8,192 made 9,233, and a text of fewer distinct
 * words than a generation holds makes none twice.
 */
const generationSize = 16_384

const newGeneration = (size: number): Generation => ({entries: new Map(), scores: new Float64Array(size * stride), pairs: new Int32Array(size * pairCount)})


/** Features of one part whose rows a model's sinks keep (they are a handful of constants). */
const maxConstantRows = 64

/** A feature sink that adds the weights of each feature the model knows to `out`, at `offset`. */
class ScoreSink implements FeatureSink {
  offset = 0
  constructor(
    private readonly model: Model,
    private readonly out: Float64Array,
    /** The rows of features of one part, by their text (a map per model, shared by its sinks). */
    private readonly rows: Map<string, number>,
  ) {}

  add(a: string, b?: string, c?: string, d?: string): void {
    if (b !== undefined) this.addRow(featureRow(this.model, featureId(a, b, c, d)))
    else {
      // A feature of one constant part ("dnolow", "caps"): its row found once.
      let row = this.rows.get(a)
      if (row === undefined) {
        row = featureRow(this.model, featureId(a))
        if (this.rows.size < maxConstantRows) this.rows.set(a, row)
      }
      this.addRow(row)
    }
  }

  addSlice(prefix: string, text: string, start: number, end: number): void {
    this.addRow(featureRow(this.model, sliceFeatureId(prefix, text, start, end)))
  }

  addRow(row: number): void {
    if (row === -1) return
    const weights = this.model.weights
    const {out, offset} = this
    const at = row * tagCount
    for (let tag = 0; tag < tagCount; tag++) out[offset + tag] = (out[offset + tag] as number) + (weights[at + tag] as number)
  }
}

/** The summed weights of the features a word gives the tokens around it, made once per word type. */
function wordScores(model: Model, families: ClassFeatureFamilies, rows: Map<string, number>, facts: WordFacts, edge: boolean, out: Float64Array, offset: number): void {
  const sink = new ScoreSink(model, out, rows)
  const classIds: number[] = []
  // The word's class, looked up once for every role.
  const word = edge ? undefined : facts.word
  const own = word !== undefined && (families.classes || families.caps) ? wordClass(word) : undefined
  for (let role = 0; role < roleOffsets.length; role++) {
    sink.offset = offset + role * tagCount
    wordFeatures(facts, role, sink)
    if (families.classes) classRoleIds(word, role, classIds, own, facts.shape)
    for (const id of classIds) sink.addRow(featureRow(model, id))
    classIds.length = 0
  }
  sink.offset = offset + capsAt
  if (families.caps && word !== undefined) sink.addRow(featureRow(model, capsClassId(word, own)))
}

/** The emission rows handed out are kept in one buffer, grown as needed while it holds at most this many numbers. */
const keptBuffer = 1 << 16

/**
 * The emission scores of one model, with the features it names, and its cache of word
 * types (made by the tagger once per model).
 *
 * @example
 * ```ts
 * const scores = new WordScores(getModel(), {classes: true})
 * scores.documentEmissions([['Mark', 'Milley']], (emissions, length) => viterbi(emissions, length, getModel().transitions))
 * ```
 */
export class WordScores {
  private young: Generation
  private old = newGeneration(0)
  private readonly start: WordEntry
  private readonly end: WordEntry
  private buffer = new Float64Array(1024)
  /** The rows of the model's features of one constant part. */
  private readonly rows = new Map<string, number>()

  constructor(
    private readonly model: Model,
    private readonly families: ClassFeatureFamilies,
    /** Word types a generation holds (a test turns a small cache over). */
    private readonly generation = generationSize,
  ) {
    this.young = newGeneration(generation)
    const edges = newGeneration(2)
    this.start = this.addEntry(edges, '<s>', sentenceStart, true)
    this.end = this.addEntry(edges, '</s>', sentenceEnd, true)
  }

  /**
   * The model's transition scores (for Viterbi).
   *
   * @example
   * ```ts
   * new WordScores(getModel(), {}).transitions.length // tagCount * tagCount
   * ```
   */
  get transitions(): Float64Array {
    return this.model.transitions
  }

  /**
   * The emission scores of each sentence of one document, handed to `each` in turn:
   * `tagCount` numbers a word, the weights of all the word's features summed. The array
   * handed out is reused for the next sentence. `sentences` is read twice (the document's
   * cues, then the scores): an iterable may make each sentence's words as they are asked for.
   *
   * @example
   * ```ts
   * scores.documentEmissions([['Mark', 'Milley']], (emissions, length) => viterbi(emissions, length, scores.transitions))
   * ```
   */
  documentEmissions(sentences: Iterable<readonly string[]>, each: (emissions: Float64Array, length: number, sentence: number) => void): void {
    // The document's cues read the words as written; then the entries of one sentence at
    // a time: a document's worth of entries would keep alive every cache generation they
    // were in (megabytes each on a long text).
    const cues = documentCues(sentences)
    let index = 0
    for (const sentence of sentences) {
      const words = sentence.map((word) => this.entryOf(word))
      const size = words.length * tagCount
      let out = this.buffer
      if (out.length < size) {
        out = new Float64Array(Math.max(size, this.buffer.length * 2))
        if (out.length <= keptBuffer) this.buffer = out
      }
      const facts = words.map((word) => word.facts)
      this.sentenceScores(words, sentenceContext(facts, capsOf(facts), cues), out)
      each(out, words.length, index++)
    }
  }

  /** Put a word type into `into` at its next place: its numbers made from the model, or copied from `from`. */
  private addEntry(into: Generation, raw: string, facts: WordFacts, edge: boolean, from?: WordEntry): WordEntry {
    const size = into.entries.size
    const entry: WordEntry = {facts, scores: into.scores, pairs: into.pairs, offset: size * stride, pairsAt: size * pairCount}
    if (from) {
      // Copied number by number: a subarray view a copy would cost more than the copy.
      for (let index = 0; index < stride; index++) into.scores[entry.offset + index] = from.scores[from.offset + index] as number
      for (let index = 0; index < pairCount; index++) into.pairs[entry.pairsAt + index] = from.pairs[from.pairsAt + index] as number
    } else {
      wordScores(this.model, this.families, this.rows, facts, edge, into.scores, entry.offset)
      pairTemplates.forEach((pair, index) => (into.pairs[entry.pairsAt + index] = featurePrefix(pair.name, facts[pair.left], '|')))
    }
    into.entries.set(raw, entry)
    return entry
  }

  /** The cache's entry of a word type, made if absent. */
  private entryOf(raw: string): WordEntry {
    const found = this.young.entries.get(raw)
    if (found !== undefined) return found
    if (this.young.entries.size >= this.generation) {
      this.old = this.young
      this.young = newGeneration(this.generation)
    }
    const older = this.old.entries.get(raw)
    return this.addEntry(this.young, raw, older?.facts ?? wordFacts(raw), false, older)
  }

  /** Write the emission scores of one sentence's words into `out`. */
  private sentenceScores(entries: readonly WordEntry[], context: SentenceContext, out: Float64Array): void {
    const {model, start: first, end: last} = this
    const length = entries.length
    const sink = new ScoreSink(model, out, this.rows)
    const caps = this.families.caps === true && context.caps
    const at = (index: number): WordEntry => (index < 0 ? first : index >= length ? last : (entries[index] as WordEntry))
    for (let index = 0; index < length; index++) {
      const base = index * tagCount
      const self = entries[index] as WordEntry
      const previous = at(index - 1)
      const next = at(index + 1)
      const previous2 = at(index - 2)
      const next2 = at(index + 2)
      const own = self.scores
      const before = previous.scores
      const after = next.scores
      const before2 = previous2.scores
      const after2 = next2.scores
      const ownAt = self.offset
      const beforeAt = previous.offset + tagCount
      const afterAt = next.offset + 2 * tagCount
      const before2At = previous2.offset + 3 * tagCount
      const after2At = next2.offset + 4 * tagCount
      for (let tag = 0; tag < tagCount; tag++) {
        out[base + tag] =
          (own[ownAt + tag] as number) +
          (before[beforeAt + tag] as number) +
          (after[afterAt + tag] as number) +
          (before2[before2At + tag] as number) +
          (after2[after2At + tag] as number)
      }
      if (caps) for (let tag = 0; tag < tagCount; tag++) out[base + tag] = (out[base + tag] as number) + (own[ownAt + capsAt + tag] as number)
      sink.offset = base
      for (let pair = 0; pair < pairCount; pair++) {
        const onRight = pairOnRight[pair] as boolean
        const left = onRight ? previous : self
        const right = onRight ? self.facts : next.facts
        const state = left.pairs[left.pairsAt + pair] as number
        sink.addRow(featureRow(model, featureIdFrom(state, pairRightLow[pair] ? right.low : right.shape)))
      }
      contextFeatures(context, index, sink)
    }
  }
}
