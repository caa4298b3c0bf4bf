/**
 * The features of a model: the tagger's token features (./features.ts) plus the families
 * the model names in its `features` field (./class-features.ts: word classes and their
 * ALL-CAPS conjunction). Training and tagging both call this, so a
 * model is always read with the features it was trained with.
 *
 * @internal
 */
import {capsOf, cuesOf, featureId, sentenceFeatureIds, type WordFacts, wordFacts} from './features.js'
import {type ClassFeatureFamilies, classFeatureIds} from './class-features.js'
import {contextAggregateFeatures, documentContexts} from './document-contexts.js'

const familyNames: ReadonlyArray<keyof ClassFeatureFamilies> = ['classes', 'caps', 'doc']

/**
 * Parse a feature-set name ("tagger+classes"); throws on an unknown family.
 *
 * @example
 * ```ts
 * featureFamilies('tagger+classes') // {classes: true}
 * ```
 */
export function featureFamilies(name = 'tagger'): ClassFeatureFamilies {
  const [base, ...added] = name.split('+')
  if (base !== 'tagger') throw new Error(`unknown feature set "${name}": tagger[+classes][+caps]`)
  const families: ClassFeatureFamilies = {}
  for (const family of added) {
    if (!familyNames.includes(family as keyof ClassFeatureFamilies)) throw new Error(`unknown feature family "${family}": ${familyNames.join(', ')}`)
    families[family as keyof ClassFeatureFamilies] = true
  }
  return families
}

/**
 * The hashed feature ids of every token of every sentence of one document, for the
 * feature set `name`.
 *
 * @example
 * ```ts
 * documentFeatureIds([['Paris']], 'tagger+classes')[0]?.length // 1
 * ```
 */
export function documentFeatureIds(sentences: ReadonlyArray<readonly string[]>, name = 'tagger'): Uint32Array[][] {
  const families = featureFamilies(name)
  const facts = sentences.map((sentence) => sentence.map(wordFacts))
  const cues = cuesOf(facts)
  const caps = families.doc ? facts.map(capsOf) : []
  const contexts = families.doc ? documentContexts(facts, caps, cues) : undefined
  const extra = families.classes || families.caps || families.doc
  return sentences.map((words, sentence) => {
    const base = sentenceFeatureIds(words, cues)
    if (!extra) return base
    const more = classFeatureIds(words, families)
    if (contexts) {
      for (let index = 0; index < words.length; index++) {
        const row = more[index] as number[]
        const sink = {add: (a: string, b?: string) => row.push(featureId(a, b)), addSlice: () => {}}
        contextAggregateFeatures(contexts, facts[sentence] as WordFacts[], index, caps[sentence] === true, sink)
      }
    }
    return base.map((row, index) => {
      const added = more[index] ?? []
      const joined = new Uint32Array(row.length + added.length)
      joined.set(row)
      joined.set(added, row.length)
      return joined
    })
  })
}
