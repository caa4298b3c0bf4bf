/**
 * How the line-end hyphen rule (src/segment/rules/line-end-hyphen.ts) decides, measured on
 * text it was not written from:
 *
 * - real compounds: every lower-case hyphenated word "a-b" in the GUM corpus texts
 *   (../shared/eval/gum, measurement only), broken at its hyphen as a line end would break
 *   it — the share whose hyphen is kept (should be high);
 * - words broken by hyphenation: every word of 6+ letters of the en_US Hunspell dictionary
 *   (SCOWL, via the `dictionary-en` npm package installed into a scratch folder; skipped
 *   when absent), broken where a typesetter breaks it (the TeX hyphenation points of the
 *   `hyphen` package when it is in the scratch folder, else every point with 2+ letters
 *   before and 3+ after, a pessimistic figure) — the share whose hyphen is undone.
 *
 * Usage: npx tsx scripts/eval/line-end-hyphens.ts [path/to/dictionary-en/index.dic]
 * (scratch folder: npm i --no-save --prefix /tmp/words dictionary-en@4.0.0 hyphen@1.14.1
 * an-array-of-english-words@2.0.0; pass …/an-array-of-english-words/index.json for the
 * 275,000-word list with inflected forms)
 */
import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {keepsHyphen} from '../../src/segment/rules/line-end-hyphen.js'
import {projectRoot} from '../../test/helpers/fixtures.js'

const gum = join(projectRoot, '..', 'shared', 'eval', 'gum', 'gum_entities.jsonl')
const scratch = '/tmp/words/node_modules'
const dictionary = process.argv[2] ?? `${scratch}/dictionary-en/index.dic`

/** The break points a typesetter uses (Liang's TeX patterns, `hyphen` npm package), when installed in the scratch folder. */
function typesetterPoints(): ((word: string) => number[]) | undefined {
  if (!existsSync(`${scratch}/hyphen`)) return undefined
  const {hyphenateSync} = createRequire(import.meta.url)(`${scratch}/hyphen/en-us`) as {hyphenateSync: (text: string, options: {hyphenChar: string}) => string}
  return (word) => {
    const points: number[] = []
    let at = 0
    for (const part of hyphenateSync(word, {hyphenChar: '|'}).split('|').slice(0, -1)) points.push((at += part.length))
    return points
  }
}

function compounds(): void {
  if (!existsSync(gum)) return console.log(`compounds skipped: ${gum} is absent`)
  const counts = new Map<string, number>()
  for (const line of readFileSync(gum, 'utf8').split('\n')) {
    if (line.trim() === '') continue
    const {text} = JSON.parse(line) as {text: string}
    for (const match of text.matchAll(/(?<![\p{L}-])(\p{Ll}{2,})-(\p{Ll}{3,})(?![\p{L}-])/gu)) counts.set(match[0], (counts.get(match[0]) ?? 0) + 1)
  }
  let kept = 0
  let total = 0
  const missed: Array<[string, number]> = []
  for (const [word, count] of counts) {
    const [left = '', right = ''] = word.split('-')
    total += count
    if (keepsHyphen(left, right)) kept += count
    else missed.push([word, count])
  }
  missed.sort((a, b) => b[1] - a[1])
  console.log(`GUM compounds "a-b": hyphen kept at a line end for ${kept} of ${total} (${((100 * kept) / total).toFixed(1)} %), ${counts.size} distinct`)
  console.log(`  most frequent joined instead: ${missed.slice(0, 15).map(([word, count]) => `${word} (${count})`).join(', ')}`)
}

function brokenWords(): void {
  if (!existsSync(dictionary)) return console.log(`broken words skipped: no dictionary at ${dictionary}`)
  const list = dictionary.endsWith('.json') ? (JSON.parse(readFileSync(dictionary, 'utf8')) as string[]) : readFileSync(dictionary, 'utf8').split('\n').slice(1)
  const stems = list.map((line) => line.split('/')[0] ?? '').filter((word) => /^\p{Ll}{6,}$/u.test(word))
  let undone = 0
  let total = 0
  const kept: string[] = []
  const points = typesetterPoints()
  console.log(points ? 'Break points: the TeX (Liang) hyphenation points of each word' : 'Break points: every point (no hyphen package in the scratch folder)')
  for (const word of stems) {
    for (const at of points ? points(word) : Array.from({length: Math.max(0, word.length - 4)}, (_item, index) => index + 2)) {
      if (at < 2 || at > word.length - 3) continue
      total++
      if (keepsHyphen(word.slice(0, at), word.slice(at))) kept.push(`${word.slice(0, at)}-${word.slice(at)}`)
      else undone++
    }
  }
  console.log(`Dictionary words broken at every point: hyphen undone for ${undone} of ${total} (${((100 * undone) / total).toFixed(2)} %), ${stems.length} words`)
  console.log(`  a sample of those kept: ${kept.filter((_item, index) => index % Math.max(1, Math.floor(kept.length / 20)) === 0).join(', ')}`)
}

compounds()
brokenWords()
