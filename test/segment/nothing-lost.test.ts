/**
 * Nothing is lost (DESIGN.md): every sentence of a gold body ends up somewhere in what
 * `segment` returns — a body paragraph, the headline or dek, a caption or credit, the
 * byline or dateline, a note or a reference. Checked on every fixture article and on every
 * L3S-GN1 page (train and dev, scraped blocks; skipped when ../shared is absent: there a
 * bound on the count, see below; the train pages as browser and PDF text are in
 * nothing-lost-rendered.test.ts), and as a property: a one-sentence paragraph appended
 * after every fixture's last gold body paragraph stays in the body.
 */
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {segment} from '../../src/index.js'
import {missingSentences} from '../helpers/gold-text.js'
import {lostOf, outputText} from '../helpers/segment-output.js'
import {ownFixtureList, projectRoot, sharedFixtureList} from '../helpers/fixtures.js'
import {runParameters} from '../property/arbitraries.js'

const bodyOf = (body: ReadonlyArray<string | {text: string}> = []): string[] => body.map((item) => (typeof item === 'string' ? item : item.text))

const fixtures = [...sharedFixtureList(), ...ownFixtureList()].filter((fixture) => fixture.expected.body !== undefined)

describe('nothing lost: fixtures', () => {
  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s keeps every sentence of its body', (_name, fixture) => {
    const gold = bodyOf(fixture.expected.body as ReadonlyArray<string | {text: string}>)
    expect(missingSentences(gold, outputText(segment(fixture.text)))).toEqual([])
  })
})

const segmentation = join(projectRoot, '..', 'shared', 'eval', 'segmentation')

interface Page {
  doc_id: string
  blocks: Array<{label: string; text: string}>
}

function pages(split: string): Page[] {
  const file = join(segmentation, `l3s-gn1-${split}.jsonl`)
  if (!existsSync(file)) return []
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Page)
}

/**
 * Not yet nothing: gold body sentences that `segment` still loses on the L3S pages (train
 * 48 of 4,203 (186 at 0.2.0, 82 after session 3, 61 after session 4, 57 after session 5, 56 after session 8),
 * 37 after session 12, 30 after session 13, 22 after session 14; dev 0 of 343); see docs/results-segmentation.md for what they are. The bound is a
 * ratchet: a change that loses more fails, a change that loses fewer should lower it. Only the count is reported, so
 * that dev errors stay unread.
 */
const lostAtMost: Record<string, number> = {train: 22, dev: 0}

describe.skipIf(!existsSync(segmentation))('nothing lost: L3S-GN1 pages', () => {
  it.each(['train', 'dev'])('%s: fulltext sentences lost stay within the bound', (split) => {
    const {lost, total} = lostOf(pages(split))
    expect(total).toBeGreaterThan(0)
    expect(lost, `${split}: ${lost} gold sentences lost`).toBeLessThanOrEqual(lostAtMost[split] ?? 0)
    // About 2 s of CPU for the 200 train pages; the machine is shared, so wall time may be more.
  }, 30_000)
})

/** A plain sentence: a capitalized word, then lower-case words, then a full stop. */
const sentence = fc
  .tuple(
    fc.constantFrom('It', 'Smith', 'The mayor', 'Officials', 'Residents', 'She', 'Nobody'),
    fc.array(fc.constantFrom('passed', 'disagreed', 'left', 'the', 'plan', 'early', 'and', 'voted', 'later', 'again', 'said', 'nothing', 'would', 'change'), {minLength: 1, maxLength: 14}),
  )
  .map(([first, rest]) => `${first} ${rest.join(' ')}.`)

describe('nothing lost: a paragraph appended to a body', () => {
  const cases = fixtures.filter((fixture) => bodyOf(fixture.expected.body as ReadonlyArray<string | {text: string}>).length > 0)
  // Every fixture, each with a sentence of its own (fast-check's sample, seeded as the property runs are).
  const added = fc.sample(sentence, {numRuns: cases.length, seed: runParameters(0).seed ?? 0})
  it.each(cases.map((fixture, at) => [fixture.name, fixture, added[at] as string] as const))('%s keeps a sentence appended after its body in the body', (_name, fixture, sentence) => {
    const last = bodyOf(fixture.expected.body as ReadonlyArray<string | {text: string}>).at(-1) as string
    const found = fixture.text.lastIndexOf(last)
    // (A gold paragraph that is not the text's own, reflowed from PDF lines, ends where segment's last body paragraph does.)
    let end = found >= 0 ? found + last.length : (segment(fixture.text).body.at(-1)?.spans.at(-1)?.end ?? fixture.text.length)
    while (end < fixture.text.length && fixture.text.charAt(end) !== '\n') end++
    const text = `${fixture.text.slice(0, end)}\n\n${sentence}\n${fixture.text.slice(end)}`
    expect(segment(text).body.map((paragraph) => paragraph.text)).toContain(sentence)
  })
})
