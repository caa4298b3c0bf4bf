/**
 * conlleval-style scoring of name spans (exact span and type; precision, recall, F1 per
 * type and overall for PER / ORG / LOC) and its markdown rows.
 */
import type {Entities} from '../../../src/types.js'
import {type Detokenized, type GoldDocument, spansOf} from './ner-data.js'

/** The scored types. */
export const scoredTypes = ['PER', 'ORG', 'LOC'] as const
const typeSet: ReadonlySet<string> = new Set(scoredTypes)

/** True positives, false positives, false negatives. */
export interface Counts {
  tp: number
  fp: number
  fn: number
}

/** Counts per type and `ALL`. */
export type Score = Record<string, Counts>

/** A score with every count 0. */
export const emptyScore = (): Score => Object.fromEntries(['ALL', ...scoredTypes].map((type) => [type, {tp: 0, fp: 0, fn: 0}]))

/** Count predicted spans (`TYPE@start:end`) against gold ones. */
export function countSpans(score: Score, gold: ReadonlySet<string>, predicted: ReadonlySet<string>): void {
  for (const span of predicted) {
    const type = span.slice(0, span.indexOf('@'))
    if (!typeSet.has(type)) continue
    const hit = gold.has(span)
    for (const key of ['ALL', type]) (score[key] as Counts)[hit ? 'tp' : 'fp']++
  }
  for (const span of gold) {
    const type = span.slice(0, span.indexOf('@'))
    if (!typeSet.has(type) || predicted.has(span)) continue
    for (const key of ['ALL', type]) (score[key] as Counts).fn++
  }
}

/** Count one sentence's predicted tags against its gold tags. */
export function countTags(score: Score, gold: readonly string[], predicted: readonly string[]): void {
  countSpans(score, spansOf(gold, typeSet), spansOf(predicted, typeSet))
}

/** Add `from` into `into`. */
export function addScore(into: Score, from: Score): void {
  for (const [type, counts] of Object.entries(from)) {
    const target = (into[type] ??= {tp: 0, fp: 0, fn: 0})
    target.tp += counts.tp
    target.fp += counts.fp
    target.fn += counts.fn
  }
}

/** Precision, recall and F1 of some counts. */
export function prf({tp, fp, fn}: Counts): {precision: number; recall: number; f1: number} {
  const precision = tp + fp ? tp / (tp + fp) : 0
  const recall = tp + fn ? tp / (tp + fn) : 0
  return {precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0}
}

/** One markdown row: name, then P R **F1** overall and per type. */
export function scoreRow(name: string, score: Score): string {
  const cells = ['ALL', ...scoredTypes].map((type) => {
    const {precision, recall, f1} = prf(score[type] ?? {tp: 0, fp: 0, fn: 0})
    return `${precision.toFixed(3)} ${recall.toFixed(3)} **${f1.toFixed(3)}**`
  })
  return `| ${name} | ${cells.join(' | ')} |`
}

/** The markdown header of {@link scoreRow} rows. */
export const scoreHeader = '| data | overall P R F1 | PER P R F1 | ORG P R F1 | LOC P R F1 |\n|---|---|---|---|---|'

/** The gold entities of a document as `TYPE@start:end` character spans of its detokenized text. */
export function goldCharSpans(document: GoldDocument, detokenized: Detokenized): Set<string> {
  const spans = new Set<string>()
  document.sentences.forEach((sentence, index) => {
    for (const span of spansOf(sentence.tags, typeSet)) {
      const [type, range] = span.split('@') as [string, string]
      const [first, last] = range.split(':').map(Number) as [number, number]
      const offsets = detokenized.offsets[index] as Array<[number, number]>
      spans.add(`${type}@${(offsets[first] as [number, number])[0]}:${(offsets[last - 1] as [number, number])[1]}`)
    }
  })
  return spans
}

/** The mentions of found entities as `TYPE@start:end` spans. */
export function entitySpans(found: Pick<Entities, 'people' | 'organizations' | 'places'>): Set<string> {
  const spans = new Set<string>()
  const add = (type: string, list: Entities['people']): void => {
    for (const entity of list) for (const mention of entity.mentions) spans.add(`${type}@${mention.span.start}:${mention.span.end}`)
  }
  add('PER', found.people)
  add('ORG', found.organizations)
  add('LOC', found.places)
  return spans
}
