/**
 * Quote evaluation on hand-read annotations (test/fixtures/quotes, conventions in its
 * README): the GUM Wikinews documents (text read from ../shared/eval; skipped with a
 * message when absent) and nutgraf's own news fixtures, each split into tune and
 * held-out documents (split.json, fixed before any rule was written).
 *
 * Prints, for tune and held-out, beside a baseline ("every pair of double quotation marks
 * + the nearest capitalized name after 'said'"):
 * - quote P/R/F1 over direct and partial quotes (a match: spans overlapping by half or
 *   more of the longer one, one to one);
 * - speaker accuracy on matched quotes, and attributed-quote P/R/F1 (a match whose speaker
 *   is right);
 * - reported speech (kind 'indirect') P/R/F1 apart.
 *
 * Usage: `npm run eval:quotes [-- --errors]`. `--errors` lists the tune documents'
 * misses and false alarms (never the held-out ones').
 */
import {parseArticle, type Quote} from '../../src/index.js'
import {hasGum, readGumDocuments, readOwnDocuments, type GoldQuote, type QuoteDocument} from './quotes-data.js'

/** A prediction in the shape the scorer reads. */
interface Predicted {
  start: number
  end: number
  kind: GoldQuote['kind']
  speakerStart?: number
  speakerEnd?: number
  speakerName?: string
}

/** Run nutgraf on a document. */
const predict = (text: string): Predicted[] => parseArticle(text).quotes.map(fromQuote)

function fromQuote(quote: Quote): Predicted {
  return {
    start: quote.span.start,
    end: quote.span.end,
    kind: quote.kind,
    ...(quote.speaker ? {speakerStart: quote.speaker.span.start, speakerEnd: quote.speaker.span.end} : {}),
    ...(quote.speaker?.name ? {speakerName: quote.speaker.name} : {}),
  }
}

/** The baseline: every pair of double quotation marks, and the capitalized words after the nearest "said". */
function baseline(text: string): Predicted[] {
  const marks: number[] = []
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index)
    if (char === '"' || char === '“' || char === '”') marks.push(index)
    else if ((char === '`' || char === "'") && text.charAt(index + 1) === char) marks.push(index++)
  }
  const saids: number[] = []
  for (const match of text.matchAll(/\bsaid\b/g)) saids.push(match.index)
  const found: Predicted[] = []
  for (let index = 0; index + 1 < marks.length; index += 2) {
    const open = marks[index] as number
    const close = marks[index + 1] as number
    const start = open + (text.startsWith('``', open) ? 2 : 1)
    if (close <= start) continue
    let nearest = -1
    for (const said of saids) if (nearest < 0 || Math.abs(said - close) < Math.abs(nearest - close)) nearest = said
    const predicted: Predicted = {start, end: close, kind: 'direct'}
    if (nearest >= 0) {
      const name = /^said,? ((?:[A-Z][\w.'’-]*(?: |$))+)/.exec(text.slice(nearest, nearest + 80))
      const words = name?.[1]?.trim()
      if (words) Object.assign(predicted, {speakerName: words, speakerStart: nearest + 5, speakerEnd: nearest + 5 + words.length})
    }
    found.push(predicted)
  }
  return found
}

const overlap = (a: {start: number; end: number}, b: {start: number; end: number}): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))
const matches = (a: {start: number; end: number}, b: {start: number; end: number}): boolean =>
  overlap(a, b) * 2 >= Math.max(a.end - a.start, b.end - b.start)

const normalize = (name: string): string =>
  name
    .toLowerCase()
    .replace(/^the /, '')
    .replace(/\s*['’]s$/, '')
    .replace(/[.]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
const initialsOf = (name: string): string =>
  name
    .split(/[\s-]+/)
    .filter((word) => /^[A-Z]/.test(word))
    .map((word) => word.charAt(0))
    .join('')

/** Whether a predicted speaker name is the gold one (see the README beside the annotations). */
export function sameName(gold: string, predicted: string): boolean {
  const a = normalize(gold)
  const b = normalize(predicted)
  if (!a || !b) return false
  if (a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`)) return true
  return initialsOf(gold) === predicted.replace(/[.]/g, '') || initialsOf(predicted) === gold.replace(/[.]/g, '')
}

function speakerRight(gold: GoldQuote, predicted: Predicted): boolean {
  if (gold.speakerName) return !!predicted.speakerName && sameName(gold.speakerName, predicted.speakerName)
  if (gold.speakerStart !== undefined && gold.speakerEnd !== undefined) {
    return predicted.speakerStart !== undefined && predicted.speakerEnd !== undefined && overlap({start: gold.speakerStart, end: gold.speakerEnd}, {start: predicted.speakerStart, end: predicted.speakerEnd}) > 0
  }
  return predicted.speakerStart === undefined
}

interface Tally {
  gold: number
  predicted: number
  matched: number
  speakerRight: number
  goldAttributed: number
  predictedAttributed: number
  attributedRight: number
  kindRight: number
}

const emptyTally = (): Tally => ({gold: 0, predicted: 0, matched: 0, speakerRight: 0, goldAttributed: 0, predictedAttributed: 0, attributedRight: 0, kindRight: 0})

interface Pairing {
  pairs: Array<[GoldQuote, Predicted]>
  missed: GoldQuote[]
  extra: Predicted[]
}

function pair(gold: readonly GoldQuote[], predicted: readonly Predicted[]): Pairing {
  const used = new Set<Predicted>()
  const pairs: Array<[GoldQuote, Predicted]> = []
  const missed: GoldQuote[] = []
  for (const quote of gold) {
    let best: Predicted | undefined
    for (const candidate of predicted) {
      if (used.has(candidate) || !matches(quote, candidate)) continue
      if (!best || overlap(quote, candidate) > overlap(quote, best)) best = candidate
    }
    if (best) {
      used.add(best)
      pairs.push([quote, best])
    } else missed.push(quote)
  }
  return {pairs, missed, extra: predicted.filter((candidate) => !used.has(candidate))}
}

function score(tally: Tally, gold: readonly GoldQuote[], predicted: readonly Predicted[]): Pairing {
  const pairing = pair(gold, predicted)
  tally.gold += gold.length
  tally.predicted += predicted.length
  tally.matched += pairing.pairs.length
  tally.goldAttributed += gold.filter((quote) => quote.speakerStart !== undefined).length
  tally.predictedAttributed += predicted.filter((quote) => quote.speakerStart !== undefined).length
  for (const [quote, candidate] of pairing.pairs) {
    const right = speakerRight(quote, candidate)
    if (right) tally.speakerRight++
    if (right && quote.speakerStart !== undefined && candidate.speakerStart !== undefined) tally.attributedRight++
    if (quote.kind === candidate.kind) tally.kindRight++
  }
  return pairing
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b)
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r))
const fixed = (value: number): string => value.toFixed(3)

function row(label: string, tally: Tally): string {
  const p = ratio(tally.matched, tally.predicted)
  const r = ratio(tally.matched, tally.gold)
  const ap = ratio(tally.attributedRight, tally.predictedAttributed)
  const ar = ratio(tally.attributedRight, tally.goldAttributed)
  return [
    label.padEnd(26),
    String(tally.gold).padStart(5),
    String(tally.predicted).padStart(5),
    fixed(p),
    fixed(r),
    fixed(f1(p, r)),
    fixed(ratio(tally.speakerRight, tally.matched)).padStart(8),
    fixed(ap),
    fixed(ar),
    fixed(f1(ap, ar)),
  ].join('  ')
}

const quoteKinds = (quote: {kind: string}): boolean => quote.kind !== 'indirect'
const inRegion = (document: QuoteDocument) => (quote: Predicted): boolean => quote.start >= document.regionStart

function describe(text: string, quote: GoldQuote | Predicted): string {
  const words = text.slice(quote.start, quote.end).replace(/\s+/g, ' ')
  const shown = words.length > 90 ? `${words.slice(0, 60)} … ${words.slice(-25)}` : words
  const speaker = quote.speakerStart !== undefined ? text.slice(quote.speakerStart, quote.speakerEnd).replace(/\s+/g, ' ') : '-'
  return `${quote.kind.padEnd(8)} «${shown}» ← ${speaker}${quote.speakerName ? ` = ${quote.speakerName}` : ''}`
}

function main(): void {
  const showErrors = process.argv.includes('--errors')
  const documents = [...readGumDocuments(), ...readOwnDocuments()]
  if (!hasGum()) console.log('GUM is not in ../shared/eval/gum: scoring the own fixtures only.\n')
  const tallies = new Map<string, Tally>()
  const tally = (key: string): Tally => {
    let found = tallies.get(key)
    if (!found) tallies.set(key, (found = emptyTally()))
    return found
  }
  for (const document of documents) {
    const predicted = predict(document.text).filter(inRegion(document))
    const base = baseline(document.text).filter(inRegion(document))
    const gold = document.quotes.filter(quoteKinds)
    const keys = [document.split, `${document.split} ${document.source}`]
    let pairing: Pairing | undefined
    for (const key of keys) {
      pairing = score(tally(`${key}|nutgraf`), gold, predicted.filter(quoteKinds))
      score(tally(`${key}|baseline`), gold, base)
      score(tally(`${key}|indirect`), document.quotes.filter((quote) => quote.kind === 'indirect'), predicted.filter((quote) => quote.kind === 'indirect'))
    }
    if (showErrors && document.split === 'tune' && pairing) {
      const wrongSpeaker = pairing.pairs.filter(([quote, candidate]) => !speakerRight(quote, candidate))
      const indirect = pair(document.quotes.filter((quote) => quote.kind === 'indirect'), predicted.filter((quote) => quote.kind === 'indirect'))
      if (pairing.missed.length + pairing.extra.length + wrongSpeaker.length + indirect.extra.length === 0) continue
      console.log(`\n== ${document.id}`)
      for (const quote of pairing.missed) console.log(`  MISS   ${describe(document.text, quote)}`)
      for (const quote of pairing.extra) console.log(`  EXTRA  ${describe(document.text, quote)}`)
      for (const [quote, candidate] of wrongSpeaker) console.log(`  SPEAKR ${describe(document.text, quote)}\n         got ${describe(document.text, candidate)}`)
      for (const quote of indirect.extra) console.log(`  IND+   ${describe(document.text, quote)}`)
      for (const quote of indirect.missed) console.log(`  IND-   ${describe(document.text, quote)}`)
    }
  }
  const counts = (split: string): string => {
    const docs = documents.filter((document) => document.split === split)
    return `${docs.length} documents (${docs.filter((document) => document.source === 'gum').length} GUM Wikinews, ${docs.filter((document) => document.source === 'own').length} own)`
  }
  console.log(`\nQuotes: tune ${counts('tune')}, held-out ${counts('heldout')}`)
  console.log(`${'split / system'.padEnd(26)}   gold  pred  P      R      F1     spk-acc   attr-P attr-R attr-F1`)
  for (const split of ['tune', 'heldout']) {
    for (const scope of ['', ' gum', ' own']) {
      for (const system of ['nutgraf', 'baseline']) {
        const found = tallies.get(`${split}${scope}|${system}`)
        if (found) console.log(row(`${split}${scope} ${system}`, found))
      }
    }
  }
  console.log('\nReported speech (kind indirect)')
  for (const split of ['tune', 'heldout']) {
    for (const scope of ['', ' gum', ' own']) {
      const found = tallies.get(`${split}${scope}|indirect`)
      if (found) console.log(row(`${split}${scope} indirect`, found))
    }
  }
  const kinds = (split: string): string => {
    const found = tallies.get(`${split}|nutgraf`) as Tally
    return fixed(ratio(found.kindRight, found.matched))
  }
  console.log(`\nKind (direct/partial) right on matched quotes: tune ${kinds('tune')}, held-out ${kinds('heldout')}`)
}

main()
