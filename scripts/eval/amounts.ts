/**
 * `npm run eval:amounts`: score nutgraf's amounts (MONEY, PERCENT) on the hand-annotated
 * documents of `scripts/eval/data/amounts` (Wikinews, SEC filings, re3d press releases
 * from ../shared/eval, and the project's own snippets), beside compromise's
 * `.money()` and `.percentages()` on the same texts.
 *
 * - strict span: a found amount whose span and type equal a gold one;
 * - relaxed span: a found amount that overlaps a gold one of the same type (one-to-one,
 *   in order);
 * - value accuracy: of the strict matches, the share whose value (to 1e-9 relative) and
 *   unit both equal the gold ones; "value F1" counts a found amount right only when its
 *   span, type, value and unit all are.
 * Precision divides by the amounts found, recall by the gold ones.
 *
 * The documents are split by document into tune (2/3) and held-out (1/3), fixed in
 * `scripts/eval/data/amounts/split.json` before any rule was written, and a "blind" set
 * annotated after the first rules were written. Rules are written from the tune errors
 * only (`--errors N` prints them); held-out and blind errors are not printed.
 *
 * Usage: npx tsx scripts/eval/amounts.ts [--errors N]
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import nlp from 'compromise'
import {extractEntities} from '../../src/index.js'
import {type AmountDocument, type GoldAmount, readAmountDocuments} from './lib/amounts-data.js'

interface Found {
  start: number
  end: number
  text: string
  type: string
  value: number | undefined
  unit: string | undefined
}

const root = fileURLToPath(new URL('../..', import.meta.url))
const dataFolder = join(root, 'scripts', 'eval', 'data', 'amounts')
const shared = join(root, '..', 'shared', 'eval')

const {documents, missing} = readAmountDocuments(shared, dataFolder)
if (missing.length > 0) console.log(`eval:amounts: not found, skipped (only the documents at hand are scored):\n  ${missing.join('\n  ')}\n`)

type Half = 'tune' | 'held-out' | 'blind'
const split = JSON.parse(readFileSync(join(dataFolder, 'split.json'), 'utf8')) as Record<Half, string[]>
const halves = new Map<string, Half>((['tune', 'held-out', 'blind'] as const).flatMap((half) => split[half].map((id): [string, Half] => [id, half])))

const errorIndex = process.argv.indexOf('--errors')
const errorLimit = errorIndex === -1 ? 0 : Number(process.argv[errorIndex + 1] ?? 50) || 50
const errors: string[] = []

/** nutgraf end to end: `extractEntities(text).amounts`. */
function nutgraf(document: AmountDocument): Found[] {
  return extractEntities(document.text).amounts.map((amount) => ({start: amount.span.start, end: amount.span.end, text: amount.text, type: amount.type, value: amount.value, unit: amount.unit}))
}

/** compromise's currency names → ISO 4217. */
const compromiseCurrencies: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['usd', 'USD'], ['euro', 'EUR'], ['eur', 'EUR'], ['pound', 'GBP'], ['gbp', 'GBP'], ['yen', 'JPY'],
  ['jpy', 'JPY'], ['yuan', 'CNY'], ['cny', 'CNY'], ['rupee', 'INR'], ['inr', 'INR'], ['won', 'KRW'], ['ruble', 'RUB'],
  ['rouble', 'RUB'], ['franc', 'CHF'], ['peso', 'MXN'], ['cent', 'USD'],
])

/** A compromise match's span without the punctuation and spaces it carries at its ends. */
function trimmed(text: string, start: number, length: number): {start: number; end: number} {
  let from = start
  let to = start + length
  while (to > from && /[\s.,;:!?)"'\]]/.test(text.charAt(to - 1))) to--
  while (from < to && /[\s("'[]/.test(text.charAt(from))) from++
  return {start: from, end: to}
}

/** compromise 14: `.money()` (value `money.num`, currency name) and `.percentages()` (value from `.get()`). */
function compromise(document: AmountDocument): Found[] {
  const doc = nlp(document.text)
  const found: Found[] = []
  const money = doc.money()
  const moneyValues = money.get() as number[]
  money.json({offset: true}).forEach((match: {offset: {start: number; length: number}; money?: {currency?: string; num?: number}}, index: number) => {
    const {start, end} = trimmed(document.text, match.offset.start, match.offset.length)
    const currency = match.money?.currency?.toLowerCase()
    found.push({start, end, text: document.text.slice(start, end), type: 'MONEY', value: match.money?.num ?? moneyValues[index], unit: currency ? compromiseCurrencies.get(currency) ?? 'USD' : 'USD'})
  })
  const percentages = doc.percentages()
  const percentValues = percentages.get() as number[]
  percentages.json({offset: true}).forEach((match: {offset: {start: number; length: number}}, index: number) => {
    const {start, end} = trimmed(document.text, match.offset.start, match.offset.length)
    found.push({start, end, text: document.text.slice(start, end), type: 'PERCENT', value: percentValues[index], unit: '%'})
  })
  return found.sort((a, b) => a.start - b.start)
}

interface Tally {
  gold: number
  found: number
  strict: number
  relaxed: number
  value: number
}

const empty = (): Tally => ({gold: 0, found: 0, strict: 0, relaxed: 0, value: 0})

const sameValue = (found: Found, gold: GoldAmount): boolean =>
  found.value !== undefined && Math.abs(found.value - gold.value) <= 1e-9 * Math.max(1, Math.abs(gold.value)) && found.unit === gold.unit

function score(document: AmountDocument, found: Found[], type: string | undefined, tally: Tally, log: boolean): void {
  const gold = document.amounts.filter((amount) => !type || amount.type === type)
  const system = found.filter((amount) => !type || amount.type === type)
  tally.gold += gold.length
  tally.found += system.length
  const used = new Set<number>()
  for (const amount of gold) {
    let match = -1
    for (let index = 0; index < system.length; index++) {
      const candidate = system[index] as Found
      if (used.has(index) || candidate.type !== amount.type || candidate.end <= amount.start || candidate.start >= amount.end) continue
      if (match === -1 || (candidate.start === amount.start && candidate.end === amount.end)) match = index
    }
    if (match === -1) {
      if (log) errors.push(`MISS  ${JSON.stringify(amount.text)} ${amount.type} ${amount.value} ${amount.unit}  [${document.id}] ${context(document, amount)}`)
      continue
    }
    used.add(match)
    const candidate = system[match] as Found
    tally.relaxed++
    const strict = candidate.start === amount.start && candidate.end === amount.end
    if (strict) tally.strict++
    if (strict && sameValue(candidate, amount)) tally.value++
    else if (log) errors.push(`${strict ? 'VALUE' : 'SPAN '} ${JSON.stringify(candidate.text)} ${candidate.value} ${candidate.unit} ≠ ${JSON.stringify(amount.text)} ${amount.value} ${amount.unit}  [${document.id}] ${context(document, amount)}`)
  }
  if (log) {
    system.forEach((candidate, index) => {
      if (!used.has(index)) errors.push(`EXTRA ${JSON.stringify(candidate.text)} ${candidate.type} ${candidate.value} ${candidate.unit}  [${document.id}] ${context(document, candidate)}`)
    })
  }
}

function context(document: AmountDocument, span: {start: number; end: number}): string {
  return JSON.stringify(document.text.slice(Math.max(0, span.start - 60), span.end + 30).replace(/\s+/g, ' '))
}

const prf = (hits: number, tally: Tally): string => {
  const precision = tally.found ? hits / tally.found : 0
  const recall = tally.gold ? hits / tally.gold : 0
  const f = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  return `${precision.toFixed(3)} ${recall.toFixed(3)} ${f.toFixed(3)}`
}

const systems: Array<[string, (document: AmountDocument) => Found[]]> = [['nutgraf', nutgraf], ['compromise', compromise]]
const splits = ['tune', 'held-out', 'blind', 'all'] as const
const types = ['MONEY', 'PERCENT', 'all'] as const
const tallies = new Map<string, Tally>()
const tallyOf = (...key: string[]): Tally => {
  const name = key.join('|')
  let tally = tallies.get(name)
  if (!tally) tallies.set(name, (tally = empty()))
  return tally
}
const timing = new Map(systems.map(([name]) => [name, 0]))
const counts = new Map<string, number>()
for (const document of documents) {
  const half = halves.get(document.id)
  if (!half) throw new Error(`${document.id} is in neither half of split.json`)
  for (const where of [half, 'all']) counts.set(where, (counts.get(where) ?? 0) + 1)
  for (const [name, run] of systems) {
    const started = performance.now()
    const found = run(document)
    timing.set(name, (timing.get(name) ?? 0) + performance.now() - started)
    for (const where of [half, 'all']) {
      for (const type of types) {
        const log = name === 'nutgraf' && half === 'tune' && where === 'tune' && type === 'all'
        score(document, found, type === 'all' ? undefined : type, tallyOf(where, type, name), log)
        if (type === 'all') score(document, found, undefined, tallyOf(where, `source:${document.source}`, name), false)
      }
    }
  }
}

console.log('Amounts (MONEY, PERCENT): span P R F1, value accuracy on strict matches, value P R F1\n')
console.log('| half | type | system | gold | found | strict span P R F1 | relaxed span P R F1 | value acc. | value P R F1 |')
console.log('|---|---|---|---|---|---|---|---|---|')
for (const where of splits) {
  for (const type of types) {
    for (const [name] of systems) {
      const tally = tallyOf(where, type, name)
      const accuracy = tally.strict ? (tally.value / tally.strict).toFixed(3) : '-'
      console.log(`| ${where} (${counts.get(where) ?? 0} docs) | ${type} | ${name} | ${tally.gold} | ${tally.found} | ${prf(tally.strict, tally)} | ${prf(tally.relaxed, tally)} | ${accuracy} | ${prf(tally.value, tally)} |`)
    }
  }
}
console.log('\nBy source (both types), nutgraf:\n')
console.log('| half | source | gold | found | strict span P R F1 | value acc. |')
console.log('|---|---|---|---|---|---|')
for (const where of splits) {
  for (const source of ['wikinews', 'sec', 're3d', 'own', 'pud-news', 'gum-academic-court']) {
    if (tallyOf(where, `source:${source}`, 'nutgraf').gold === 0 && tallyOf(where, `source:${source}`, 'nutgraf').found === 0) continue
    const tally = tallyOf(where, `source:${source}`, 'nutgraf')
    console.log(`| ${where} | ${source} | ${tally.gold} | ${tally.found} | ${prf(tally.strict, tally)} | ${tally.strict ? (tally.value / tally.strict).toFixed(3) : '-'} |`)
  }
}
console.log(`\ntime: ${systems.map(([name]) => `${name} ${Math.round(timing.get(name) ?? 0)} ms`).join(', ')} (all documents, this machine; nutgraf's is the whole of extractEntities: names and dates too)`)
if (errorLimit) console.log(`\nnutgraf errors, tune half:\n${errors.slice(0, errorLimit).join('\n')}`)
