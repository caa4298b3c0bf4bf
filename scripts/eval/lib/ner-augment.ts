/**
 * Mention replacement (after Dai & Adel 2020, "An Analysis of Simple Data Augmentation for
 * Named Entity Recognition"): more training sentences with many more organizations in them.
 * Each sentence of a training document that has an organization gets copies in which every
 * organization is replaced by a name from the open lists of scripts/eval/lib/org-names.ts
 * (SEC companies, public domain; openfootball clubs, CC0) and, with `otherTypes`, every
 * person and place by another person or place of the training data of the same fold (so
 * that the copies do not tilt the tags towards ORG, and cross-validation never sees a name
 * of the fold it scores). The rest of the sentence and its tags stay. The copies belong to
 * the document they come from, so cross-validation never trains on a copy of a sentence it
 * scores. Deterministic (FNV-1a of the document id, sentence, span and copy).
 */
import {wordLabels} from '../../../src/entities/names/gazetteer.js'
import {clubNames, companyNames, majorClubCountries} from './org-names.js'
import {fnv1a} from './ner-corpus.js'
import type {GoldDocument, GoldSentence} from './ner-data.js'

/** How to make the copies. */
export interface AugmentOptions {
  /** Copies of each sentence that has an organization. */
  copies: number
  /** Share of replacements drawn from the clubs (the rest from the companies). */
  clubShare: number
  /** Also replace persons and places, from `pool`. */
  otherTypes: boolean
  /** Copy every sentence with a replaced name, not only those naming an organization (keeps the share of each type). */
  everySentence?: boolean
  /** Draw only from the most valuable companies (this many) and the clubs of the major leagues. */
  famous?: number
}

/** Names of persons and places to draw from, as words. */
export type MentionPool = Readonly<Record<'PER' | 'LOC', readonly string[][]>>

/**
 * What `npm run train:ner` does (cross-validation chose it, docs/results-ner.md): copies of
 * each sentence naming an organization, the share of clubs among the replacements, and the
 * groups whose sentences are copied.
 */
export const defaultAugment: Readonly<AugmentOptions & {groups: readonly string[]}> = {copies: 0, clubShare: 0.3, otherTypes: false, groups: ['gum', 'wikigold', 're3d']}

/** A name shaped like a person's ("Philip Morris", "Morgan Stanley"): a given name, then a family name. */
const personShaped = (words: readonly string[]): boolean =>
  words.length === 2 && wordLabels((words[0] as string).toLowerCase()).includes('first') && wordLabels((words[1] as string).toLowerCase()).includes('last')

let pools: {companies: string[][]; clubs: string[][]} | undefined

const pick = <T>(list: readonly T[], hash: number): T => list[hash % list.length] as T

/** The persons and places named in these documents, each name once, in order. */
export function mentionPool(documents: Iterable<GoldDocument>): MentionPool {
  const found = {PER: new Map<string, string[]>(), LOC: new Map<string, string[]>()}
  for (const document of documents) {
    for (const sentence of document.sentences) {
      for (let at = 0; at < sentence.words.length; at++) {
        const type = sentence.tags[at]?.slice(2)
        if (!sentence.tags[at]?.startsWith('B-') || (type !== 'PER' && type !== 'LOC')) continue
        let end = at + 1
        while (sentence.tags[end] === `I-${type}`) end++
        const words = sentence.words.slice(at, end)
        found[type].set(words.join(' '), words)
      }
    }
  }
  return {PER: [...found.PER.values()], LOC: [...found.LOC.values()]}
}

/** A copy of the sentence with each ORG span (and with `otherTypes` each PER and LOC span) replaced, or undefined when it has no ORG. */
function replaceMentions(sentence: GoldSentence, key: string, options: AugmentOptions, pool?: MentionPool): GoldSentence | undefined {
  pools ??= {
    companies: companyNames()
      .slice(0, options.famous ?? Infinity)
      .filter((name) => !personShaped(name)),
    clubs: clubNames(options.famous ? majorClubCountries : undefined).filter((name) => !personShaped(name)),
  }
  const words: string[] = []
  const tags: string[] = []
  let replaced = 0
  let organizations = 0
  for (let at = 0; at < sentence.words.length; ) {
    const tag = sentence.tags[at] as string
    const type = tag.slice(2)
    const replaceable = tag.startsWith('B-') && (type === 'ORG' || (options.otherTypes && pool !== undefined && (type === 'PER' || type === 'LOC') && pool[type].length > 0))
    if (!replaceable) {
      words.push(sentence.words[at] as string)
      tags.push(tag)
      at++
      continue
    }
    let end = at + 1
    while (sentence.tags[end] === `I-${type}`) end++
    const hash = fnv1a(`${key}#${replaced}`)
    let name: readonly string[]
    if (type === 'ORG') {
      const club = (hash % 1000) / 1000 < options.clubShare
      name = pick(club ? pools.clubs : pools.companies, fnv1a(`${key}#${replaced}#name`))
      organizations++
    } else name = pick((pool as MentionPool)[type as 'PER' | 'LOC'], fnv1a(`${key}#${replaced}#name`))
    name.forEach((word, index) => {
      words.push(word)
      tags.push(index === 0 ? `B-${type}` : `I-${type}`)
    })
    replaced++
    at = end
  }
  return organizations > 0 || (options.everySentence && replaced > 0) ? {words, tags} : undefined
}

/** The replacement copies of a document's sentences that name an organization, as one document (undefined when none). */
export function organizationCopies(document: GoldDocument, options: AugmentOptions, pool?: MentionPool): GoldDocument | undefined {
  const sentences: GoldSentence[] = []
  for (let copy = 0; copy < options.copies; copy++) {
    document.sentences.forEach((sentence, index) => {
      const replaced = replaceMentions(sentence, `${document.id}#${index}#${copy}`, options, pool)
      if (replaced) sentences.push(replaced)
    })
  }
  return sentences.length > 0 ? {id: `${document.id}#org`, sentences} : undefined
}
