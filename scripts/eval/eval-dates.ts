/**
 * `npm run eval:dates`: score nutgraf's dates on TimeBank + AQUAINT (TempEval-3
 * training data, ../shared/eval/timex) the TempEval-3 way, with chrono-node alone
 * scored the same way on the same texts.
 *
 * - strict span: a system mention whose span equals a gold one;
 * - relaxed span: a system mention that overlaps a gold one (one-to-one, in order);
 * - value: a relaxed match whose normalized value equals the gold value;
 * - X-compatible value (a second table): the same, with an X in either value matching
 *   any character, for conventions that leave a part unspecified ("1989-WXX").
 * Precision divides by the system's mentions, recall by the gold ones.
 * Each document's `dct` is the reference date. nutgraf runs end to end through
 * `extractEntities(text, {referenceDate: dct})`.
 *
 * The documents are split, once and for all, into a "tune" half and a "held-out" half,
 * listed in `scripts/eval/data/timex-split.json` (made once from the FNV-1a 32-bit hash of
 * each `doc_id`: even → tune, odd → held-out, the split this script always used).
 * Rules are developed by reading the errors of the tune half only; the held-out half
 * says how well they carry over to text nobody looked at.
 *
 * Usage: npx tsx scripts/eval/eval-dates.ts [--errors N] [--classes] [--kinds] [--errors-from tune|held-out|all] [--half tune|held-out] [--news]
 *   --errors N      print N misses, wrong values and extras of nutgraf (tune half by default)
 *   --classes       count those errors by kind (see `errorClass`)
 *   --kinds         per kind of found expression (`kindKey`): how many found, how many with
 *                   the right value — which kinds are mostly wrong (tune half by default)
 *   --half H        score only the documents of half H (the other half is not run: to work on
 *                   the tune half without looking at the held-out figures)
 *   --news          score only the hand-written news articles of `test/dates/news-articles.json`
 *                   (finance and policy date forms; see `scoreNewsArticles`) and stop
 */
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import * as chrono from 'chrono-node'
import {extractEntities} from '../../src/index.js'

interface Timex {
  start: number
  end: number
  text: string
  type: string
  value: string
}
interface Doc {
  doc_id: string
  dct: string
  text: string
  timexes: Timex[]
}
interface Found {
  start: number
  end: number
  text: string
  type: string
  value: string | undefined
}

const root = fileURLToPath(new URL('../..', import.meta.url))
const folder = join(root, '..', 'shared', 'eval', 'timex')
const files: Array<[string, string]> = [
  ['TimeBank', 'tbaq_timebank_train.jsonl'],
  ['AQUAINT', 'tbaq_aquaint_train.jsonl'],
]

/** An expected date of a hand-written article: its text, TIMEX3 type and value. */
type Expected = [text: string, type: string, value: string]

/**
 * Score nutgraf on the hand-written news articles: an expected date passes when a found
 * date overlaps it (each used once) and has its value; its span is exact when the found
 * text is the expected text. Expected dates are located in order in the article's text.
 * Prints each article's misses and extras and the totals.
 */
function scoreNewsArticles(): void {
  const fixture = JSON.parse(readFileSync(join(root, 'test', 'dates', 'news-articles.json'), 'utf8')) as {
    articles: Array<{id: string; referenceDate: string; text: string; dates: Expected[]}>
  }
  let expected = 0
  let passed = 0
  let exact = 0
  let found = 0
  let extra = 0
  for (const article of fixture.articles) {
    const dates = extractEntities(article.text, {referenceDate: article.referenceDate}).dates
    found += dates.length
    const used = new Set<number>()
    let from = 0
    for (const [text, , value] of article.dates) {
      const start = article.text.indexOf(text, from)
      if (start < 0) throw new Error(`${article.id}: "${text}" not found in order`)
      const end = start + text.length
      from = end
      expected++
      const index = dates.findIndex((date, at) => !used.has(at) && date.span.start < end && date.span.end > start)
      const date = dates[index]
      if (date) used.add(index)
      if (date?.value === value) passed++
      if (date?.value === value && date.text === text) exact++
      if (date?.value !== value) console.log(`  ${article.id}: "${text}" ${value} — found ${date ? `"${date.text}" ${date.value ?? '(no value)'}` : 'nothing'}`)
    }
    dates.forEach((date, at) => {
      if (used.has(at)) return
      extra++
      console.log(`  ${article.id}: extra "${date.text}" ${date.value ?? '(no value)'}`)
    })
  }
  console.log(`news articles: ${passed} of ${expected} expected dates with the right value (${exact} with the exact span); ${found} found, ${extra} overlapping none`)
}

if (process.argv.includes('--news')) {
  scoreNewsArticles()
  process.exit(0)
}

if (!files.every(([, file]) => existsSync(join(folder, file)))) {
  console.log(`eval:dates skipped: TimeBank/AQUAINT not found in ${folder}`)
  process.exit(0)
}

/** The value after a command-line flag, or undefined. */
function option(flag: string): string | undefined {
  const index = process.argv.indexOf(flag)
  return index === -1 ? undefined : process.argv[index + 1]
}

type Half = 'tune' | 'held-out'
const errorLimit = Number(option('--errors') ?? 0) || 0
const errorsFrom = option('--errors-from') ?? 'tune'
if (!['tune', 'held-out', 'all'].includes(errorsFrom)) throw new Error(`--errors-from: tune, held-out or all, not ${errorsFrom}`)
const errors: string[] = []
const onlyHalf = option('--half')
if (onlyHalf !== undefined && !['tune', 'held-out'].includes(onlyHalf)) throw new Error(`--half: tune or held-out, not ${onlyHalf}`)
const showClasses = process.argv.includes('--classes')
const classes = new Map<string, number>()
/** The same counts per corpus ("TimeBank", "AQUAINT"): aggregate figures, safe to print for the held-out half. */
const classesByCorpus = new Map<string, Map<string, number>>()
/** The corpus of the document being scored, for `classesByCorpus`. */
let scoringCorpus = ''
const showKinds = process.argv.includes('--kinds')
/** found, right value, overlapping a gold one — per kind of found expression (`kindKey`). */
const kinds = new Map<string, {found: number; value: number; overlap: number}>()

/**
 * What kind of expression a found one is, to tell which kinds are mostly right: its words
 * in lower case with digits as 9 and number words as N ("four flights a week" → "a week"
 * stays "a week"), with its TIMEX3 type.
 */
function kindKey(found: Found): string {
  const words = found.text.toLowerCase().replace(/\d+/g, '9').replace(/\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|few)\b/g, 'N')
  return `${found.type} ${words}`
}

function countKind(found: Found, value: boolean, overlap: boolean): void {
  const key = kindKey(found)
  const tally = kinds.get(key) ?? {found: 0, value: 0, overlap: 0}
  tally.found++
  if (value) tally.value++
  if (overlap) tally.overlap++
  kinds.set(key, tally)
}

/** The shape of a value: digits as 9 ("1998-W12" → "9999-W99"). */
const shapeOf = (value: string): string => value.replace(/\d/g, '9')
/** point (a calendar value), length (P…), reference (…_REF) or none. */
const kindOf = (value: string | undefined): string => (value === undefined ? 'none' : value.endsWith('_REF') ? 'reference' : value.startsWith('P') ? 'length' : 'point')

/**
 * The kind of a wrong value: the span differs (so the value covers other words); equal
 * but for an X on one side ("1989-W43" vs "1989-WXX"); a point given as a length or a reference (or the other way); the same kind at another
 * granularity or form ("1988" vs "1988-Q3", "1989-W43" vs "1989-WXX", "…TNI" added);
 * or the same form with other digits (the anchor or the direction chosen).
 */
function errorClass(found: Found, gold: Timex, dct: string): string {
  if (found.start !== gold.start || found.end !== gold.end) return 'value wrong: span differs'
  if (compatible(found.value, gold.value)) return 'value wrong: one side unspecified (X), else equal'
  if (kindOf(found.value) !== kindOf(gold.value)) return 'value wrong: kind (point / length / reference)'
  if (shapeOf(found.value ?? '') !== shapeOf(gold.value)) return `value wrong: granularity or form — ${granularityCause(found.value ?? '', gold.value)}`
  const value = found.value ?? ''
  const later = value > gold.value
  // The other side of the reference date from gold (past for future or the other way) is a direction error;
  // the same side, an anchor (which earlier time the expression counts from) or the annotator's own reference.
  const today = dct.slice(0, value.length)
  const side = (text: string): number => (text < today ? -1 : text > today ? 1 : 0)
  const cause = side(value) === side(gold.value) ? 'same side of the DCT (anchor)' : 'other side of the DCT (direction)'
  return `value wrong: anchor or direction — ${unitOf(gold.value)}, ${later ? 'later' : 'earlier'} than gold, ${cause}`
}

/** What a point value names: a time, a part of a day, a day, a week, a month, a quarter or half, a season, a year, a decade or century. */
function unitOf(value: string): string {
  if (/T\d/.test(value)) return 'clock time'
  if (/T(?:MO|AF|EV|NI|DT)$/.test(value)) return 'part of day'
  if (/^[\dX]{4}-[\dX]{2}-[\dX]{2}$/.test(value)) return 'day'
  if (/W/.test(value)) return 'week'
  if (/^[\dX]{4}-[\dX]{2}$/.test(value)) return 'month'
  if (/-[QH]/.test(value)) return 'quarter'
  if (/-(?:SP|SU|FA|WI)$/.test(value)) return 'season'
  if (/^[\dX]{4}$/.test(value)) return 'year'
  if (/^[\dX]{2,3}$/.test(value)) return 'decade or century'
  if (value.endsWith('_REF')) return 'reference'
  if (value.startsWith('P')) return 'length'
  if (value === '') return 'no value'
  return 'other'
}

/** Why two point values of other shapes differ: a part of the day on one side, open (X) parts, or the unit named. */
function granularityCause(found: string, gold: string): string {
  if (/T(?:MO|AF|EV|NI)$/.test(found) !== /T(?:MO|AF|EV|NI)$/.test(gold)) return 'part of day on one side'
  if (/-X/.test(found) !== /-X/.test(gold)) return 'open (X) parts on one side'
  return `${unitOf(found)} for ${unitOf(gold)}`
}

function countClass(name: string): void {
  classes.set(name, (classes.get(name) ?? 0) + 1)
  const byCorpus = classesByCorpus.get(scoringCorpus) ?? new Map<string, number>()
  byCorpus.set(name, (byCorpus.get(name) ?? 0) + 1)
  classesByCorpus.set(scoringCorpus, byCorpus)
}

/** The fixed split, by document (`scripts/eval/data/timex-split.json`). */
const split = JSON.parse(readFileSync(join(root, 'scripts', 'eval', 'data', 'timex-split.json'), 'utf8')) as Record<Half, string[]>
const halves = new Map<string, Half>((['tune', 'held-out'] as const).flatMap((half) => split[half].map((id): [string, Half] => [id, half])))

/** The fixed half a document belongs to. */
function halfOf(doc: Doc): Half {
  const half = halves.get(doc.doc_id)
  if (!half) throw new Error(`${doc.doc_id} is in neither half of scripts/eval/data/timex-split.json`)
  return half
}

function nutgraf(doc: Doc): Found[] {
  return extractEntities(doc.text, {referenceDate: doc.dct}).dates.map((date) => ({
    start: date.span.start,
    end: date.span.end,
    text: date.text,
    type: date.type,
    value: date.value,
  }))
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0')

/** chrono-node alone: its results as DATE/TIME with a value at the granularity it knows. */
function chronoAlone(doc: Doc): Found[] {
  const reference = new Date(`${doc.dct}T12:00:00Z`)
  return chrono.parse(doc.text, {instant: reference, timezone: 0}).map((result) => {
    const date = result.start.date()
    const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
    const known = (component: Parameters<typeof result.start.isCertain>[0]): boolean => result.start.isCertain(component)
    let value = day
    if (known('hour')) value = `${day}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`
    else if (known('day') || known('weekday')) value = day
    else if (known('month')) value = day.slice(0, 7)
    else if (known('year')) value = day.slice(0, 4)
    return {start: result.index, end: result.index + result.text.length, text: result.text, type: known('hour') ? 'TIME' : 'DATE', value}
  })
}

interface Tally {
  gold: number
  system: number
  strict: number
  relaxed: number
  value: number
  /** Relaxed matches whose values agree once an X in either stands for any character. */
  compatible: number
  type: number
}

const empty = (): Tally => ({gold: 0, system: 0, strict: 0, relaxed: 0, value: 0, compatible: 0, type: 0})

/**
 * Whether two values agree when an X in either matches any one character: "1989-W43"
 * and "1989-WXX", "1949" and "194X" — one annotation writes what the other leaves
 * unspecified. Values of different lengths ("1988" and "1988-Q3") do not agree.
 */
function compatible(found: string | undefined, gold: string): boolean {
  if (found === undefined || found.length !== gold.length) return false
  for (let index = 0; index < gold.length; index++) {
    const a = found[index]
    const b = gold[index]
    if (a !== b && a !== 'X' && b !== 'X') return false
  }
  return true
}

function score(doc: Doc, found: Found[], tally: Tally, log: boolean): void {
  tally.gold += doc.timexes.length
  tally.system += found.length
  const used = new Set<number>()
  for (const gold of doc.timexes) {
    let match = -1
    for (let index = 0; index < found.length; index++) {
      const candidate = found[index] as Found
      if (used.has(index) || candidate.end <= gold.start || candidate.start >= gold.end) continue
      if (match === -1 || (candidate.start === gold.start && candidate.end === gold.end)) match = index
    }
    if (match === -1) {
      if (log) countClass(`missed — ${gold.type} ${unitOf(gold.value)}`)
      if (log) errors.push(`MISS  ${JSON.stringify(gold.text)} ${gold.type} ${gold.value}  [${doc.doc_id} ${doc.dct}]`)
      continue
    }
    used.add(match)
    const candidate = found[match] as Found
    tally.relaxed++
    if (candidate.start === gold.start && candidate.end === gold.end) tally.strict++
    if (candidate.type === gold.type) tally.type++
    if (candidate.value === gold.value) tally.value++
    if (compatible(candidate.value, gold.value)) tally.compatible++
    if (log) countKind(candidate, candidate.value === gold.value, true)
    if (candidate.value !== gold.value && log) countClass(errorClass(candidate, gold, doc.dct))
    if (candidate.value !== gold.value && log) errors.push(`VALUE [${errorClass(candidate, gold, doc.dct).replace('value wrong: ', '')}] ${JSON.stringify(candidate.text)} ${candidate.value} ≠ ${JSON.stringify(gold.text)} ${gold.value}  [${doc.doc_id} ${doc.dct}] ${context(doc, gold)}`)
  }
  if (log) {
    found.forEach((candidate, index) => {
      if (!used.has(index)) countKind(candidate, false, false)
      if (!used.has(index)) countClass(`spurious — ${candidate.type} ${unitOf(candidate.value ?? '')}`)
      if (!used.has(index)) errors.push(`EXTRA ${JSON.stringify(candidate.text)} ${candidate.type} ${candidate.value}  [${doc.doc_id}] ${context(doc, candidate)}`)
    })
  }
}

function context(doc: Doc, span: {start: number; end: number}): string {
  return JSON.stringify(doc.text.slice(Math.max(0, span.start - 60), span.end + 30).replace(/\s+/g, ' '))
}

const f1 = (hits: number, tally: Tally): string => {
  const precision = tally.system ? hits / tally.system : 0
  const recall = tally.gold ? hits / tally.gold : 0
  const f = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  return `${precision.toFixed(3)} ${recall.toFixed(3)} ${f.toFixed(3)}`
}

const systems: Array<[string, (doc: Doc) => Found[]]> = [['nutgraf', nutgraf], ['chrono-node', chronoAlone]]
const splits = ['tune', 'held-out', 'all'] as const
const corpora = [...files.map(([corpus]) => corpus), 'TimeBank + AQUAINT']
/** tallies[split][corpus][system] */
const tallies = new Map(splits.map((split) => [split, new Map(corpora.map((corpus) => [corpus, new Map(systems.map(([name]) => [name, empty()]))]))]))
const timing = new Map(systems.map(([name]) => [name, 0]))
const counts = new Map(splits.map((split) => [split, new Map(corpora.map((corpus) => [corpus, 0]))]))
for (const [corpus, file] of files) {
  const docs = readFileSync(join(folder, file), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Doc)
  for (const doc of docs) {
    const half = halfOf(doc)
    if (onlyHalf !== undefined && half !== onlyHalf) continue
    for (const split of [half, 'all'] as const) {
      for (const name of [corpus, 'TimeBank + AQUAINT']) counts.get(split)?.set(name, (counts.get(split)?.get(name) ?? 0) + 1)
    }
    for (const [name, run] of systems) {
      const started = performance.now()
      const found = run(doc)
      timing.set(name, (timing.get(name) ?? 0) + performance.now() - started)
      const log = name === 'nutgraf' && (errorsFrom === 'all' || errorsFrom === half)
      scoringCorpus = corpus
      score(doc, found, tallyOf(half, corpus, name), log)
      for (const [split, where] of [[half, 'TimeBank + AQUAINT'], ['all', corpus], ['all', 'TimeBank + AQUAINT']] as const) score(doc, found, tallyOf(split, where, name), false)
    }
  }
}

function tallyOf(split: Half | 'all', corpus: string, name: string): Tally {
  return tallies.get(split)?.get(corpus)?.get(name) as Tally
}

const rows: string[] = []
for (const split of splits) {
  for (const corpus of corpora) {
    if (onlyHalf !== undefined && split !== onlyHalf) continue
    for (const [name] of systems) rows.push(row(split, `${corpus} (${counts.get(split)?.get(corpus) ?? 0} docs)`, name, tallyOf(split, corpus, name)))
  }
}

function row(split: string, corpus: string, name: string, tally: Tally): string {
  const typeAccuracy = tally.relaxed ? (tally.type / tally.relaxed).toFixed(3) : '-'
  return `| ${split} | ${corpus} | ${name} | ${tally.gold} | ${tally.system} | ${f1(tally.strict, tally)} | ${f1(tally.relaxed, tally)} | ${f1(tally.value, tally)} | ${typeAccuracy} |`
}

console.log('TempEval-3 style scores (P R F1), reference date = each document\'s DCT\n')
console.log('| half | corpus | system | gold | found | strict span P R F1 | relaxed span P R F1 | value P R F1 | type acc. (on relaxed) |')
console.log('|---|---|---|---|---|---|---|---|---|')
for (const line of rows) console.log(line)
console.log('\nValue F1 with an X in either value matching any character ("1989-W43" = "1989-WXX"; same length only):\n')
console.log('| half | system | value P R F1 | X-compatible value P R F1 |')
console.log('|---|---|---|---|')
for (const split of splits) {
  if (onlyHalf !== undefined && split !== onlyHalf) continue
  for (const [name] of systems) {
    const tally = tallyOf(split, 'TimeBank + AQUAINT', name)
    console.log(`| ${split} | ${name} | ${f1(tally.value, tally)} | ${f1(tally.compatible, tally)} |`)
  }
}
console.log(`\ntime: ${systems.map(([name]) => `${name} ${Math.round(timing.get(name) ?? 0)} ms`).join(', ')} (whole corpus, this machine)`)
if (errorLimit) console.log(`\nnutgraf errors, ${errorsFrom === 'all' ? 'both halves' : `${errorsFrom} half`}:\n${errors.slice(0, errorLimit).join('\n')}`)
if (showClasses) {
  console.log(`\nnutgraf errors by kind, ${errorsFrom === 'all' ? 'both halves' : `${errorsFrom} half`}:`)
  const corpusNames = [...classesByCorpus.keys()]
  console.log(`total ${corpusNames.map((corpus) => corpus.padStart(8)).join(' ')}  kind`)
  for (const [name, count] of [...classes].sort((a, b) => b[1] - a[1])) {
    const split = corpusNames.map((corpus) => String(classesByCorpus.get(corpus)?.get(name) ?? 0).padStart(8)).join(' ')
    console.log(`${String(count).padStart(5)} ${split}  ${name}`)
  }
}
if (showKinds) {
  console.log(`\nnutgraf's found expressions by kind (kinds found 3+ times), ${errorsFrom === 'all' ? 'both halves' : `${errorsFrom} half`}: found, right value, overlapping gold`)
  const rows = [...kinds].filter(([, tally]) => tally.found >= 3).sort((a, b) => a[1].value / a[1].found - b[1].value / b[1].found)
  for (const [key, tally] of rows) console.log(`${String(tally.found).padStart(5)} ${String(tally.value).padStart(5)} ${String(tally.overlap).padStart(5)}  ${(tally.value / tally.found).toFixed(2)}  ${key}`)
}
