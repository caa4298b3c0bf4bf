/**
 * fast-check arbitraries for the property suites: raw strings of every kind of code
 * unit, news-shaped text built from tricky pieces, and mutations of real articles.
 * Runs and seed come from `NUTGRAF_FC_RUNS` / `NUTGRAF_FC_SEED` when set (to explore),
 * else a fixed seed keeps CI deterministic.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import {ownFixtureList, projectRoot, sharedFixtureList} from '../helpers/fixtures.js'

/** Parameters for `fc.assert`: fixed seed unless the environment asks otherwise. */
export function runParameters(numRuns: number): fc.Parameters<unknown> {
  const runs = Number(process.env.NUTGRAF_FC_RUNS)
  const seed = Number(process.env.NUTGRAF_FC_SEED)
  return {
    numRuns: Number.isFinite(runs) && runs > 0 ? runs : numRuns,
    seed: Number.isFinite(seed) && process.env.NUTGRAF_FC_SEED !== '' ? seed : 20260601,
    endOnFailure: true,
  }
}

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({min: 0, max: 0xffff}).map((code) => String.fromCharCode(code))

/** Characters that break naive text code: astral, combining, RTL, zero-width, controls, odd spaces. */
export const trickyCharacters = [
  '😀', '👩🏽‍⚕️', '🇺🇦', '𝐀', '\u{20000}', // astral and sequences
  'e\u0301', '\u0301', '\u0308\u0308', // combining marks, one with no base
  'مرحبا', 'שלום', '\u202e', '\u202d', '\u200f', '\u2067', // RTL text and controls
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', // zero-width
  '\ud800', '\udc00', '\udbff\ud800', // lone and reversed surrogates
  '\u0000', '\u0007', '\u001b', '\u007f', '\u0085', // controls
  '\u00a0', '\u2028', '\u2029', '\u3000', '\u1680', '\u180e', '\t', '\v', '\f', '\r', '\r\n', // odd spaces and breaks
  'İ', 'ß', 'ǅ', 'ﬁ', 'Σ', // case-mapping oddities
]

/** Pieces of news text that exercise the segmenter and taggers. */
const newsPieces = [
  'Gen.', 'Mark', 'Milley', 'U.S.', 'Sen.', 'Jane', 'Doe,', 'D-Calif.,', 'said', 'the', 'Pentagon', 'on', 'Thursday',
  'Feb.', '20,', '2022', 'Jan. 5.', 'at 3 p.m.', 'last week', 'every Monday', 'for 30 years', '1990s',
  'WASHINGTON (AP) —', 'MOSCOW, Feb. 10 (Reuters) -', 'By Jane Doe and John Roe', 'Photo: Reuters', 'AFP / Getty Images',
  'Related article:', 'Read more:', 'https://www.example.com/2022/02/10/a-story.html', 'www.example.org/x',
  'joe.bloggs@example.co.uk', '[1]', '^', '1.', '•', '"', '“', '”', '‘', '’', "'", '(', ')', '[', ']', '—', '–', '-',
  '...', '…', '!?', ';', ':', ',', '.', 'govern-', 'ment', 'NATO', 'Ukraine', 'Belarus', "O'Neill", 'McDonald',
  'the Kremlin', 'Ministry of Defence', 'New York', 'St. Louis', 'Mr.', 'Dr.', '130,000', '$1.5 billion', '50%',
]

const separators = [' ', ' ', ' ', '  ', '\n', '\n', '\n\n', '\n \n', '\r\n', '\r\n\r\n', '\t', '-\n', '\n\n\n\n', '']

/** Strings of any UTF-16 code units, lone surrogates included. */
export const anyCodeUnits = fc.string({unit: codeUnit, maxLength: 300})

/** Well-formed Unicode, astral planes included. */
export const anyUnicode = fc.string({unit: 'binary', maxLength: 300})

/** Text mixing news pieces, tricky characters and separators. */
export const newsLike = fc
  .array(
    fc.tuple(
      fc.oneof(
        {weight: 6, arbitrary: fc.constantFrom(...newsPieces)},
        {weight: 2, arbitrary: fc.constantFrom(...trickyCharacters)},
        {weight: 1, arbitrary: fc.string({unit: 'grapheme-ascii', maxLength: 12})},
      ),
      fc.constantFrom(...separators),
    ),
    {maxLength: 120},
  )
  .map((parts) => parts.map(([piece, separator]) => piece + separator).join(''))

/** The real article texts: shared fixtures, the project's own fixtures and examples/. */
export function realTexts(): Array<{name: string; text: string}> {
  const examples = join(projectRoot, 'examples')
  const fromExamples = readdirSync(examples)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({name: `examples/${file}`, text: readFileSync(join(examples, file), 'utf8')}))
  const fixtures = [...sharedFixtureList(), ...ownFixtureList()].map(({name, text}) => ({name, text}))
  return [...fixtures, ...fromExamples]
}

/** One edit of a text, its positions given as fractions of the length. */
type Mutation =
  | {kind: 'delete'; at: number; length: number}
  | {kind: 'duplicate'; at: number; length: number}
  | {kind: 'insert'; at: number; piece: string}
  | {kind: 'upper' | 'lower'; at: number; length: number}
  | {kind: 'newlines'; to: string}
  | {kind: 'truncate'; at: number}

const fraction = fc.double({min: 0, max: 1, noNaN: true})

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({kind: fc.constant('delete' as const), at: fraction, length: fc.integer({min: 1, max: 400})}),
  fc.record({kind: fc.constant('duplicate' as const), at: fraction, length: fc.integer({min: 1, max: 400})}),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fraction,
    piece: fc.oneof(fc.constantFrom(...trickyCharacters, ...newsPieces, ...separators), anyCodeUnits),
  }),
  fc.record({kind: fc.constantFrom('upper' as const, 'lower' as const), at: fraction, length: fc.integer({min: 1, max: 400})}),
  fc.record({kind: fc.constant('newlines' as const), to: fc.constantFrom('\r\n', '\r', '\n\n', ' ', '\u2028', '')}),
  fc.record({kind: fc.constant('truncate' as const), at: fraction}),
)

/** Apply one mutation; positions may cut a surrogate pair or a CRLF on purpose. */
export function applyMutation(text: string, edit: Mutation): string {
  switch (edit.kind) {
    case 'newlines':
      return text.replace(/\r?\n/g, edit.to)
    case 'truncate':
      return text.slice(0, Math.floor(edit.at * text.length))
    case 'insert': {
      const at = Math.floor(edit.at * text.length)
      return text.slice(0, at) + edit.piece + text.slice(at)
    }
    default: {
      const at = Math.floor(edit.at * text.length)
      const end = Math.min(text.length, at + edit.length)
      const middle = text.slice(at, end)
      const replaced =
        edit.kind === 'delete' ? '' : edit.kind === 'duplicate' ? middle + middle : edit.kind === 'upper' ? middle.toUpperCase() : middle.toLowerCase()
      return text.slice(0, at) + replaced + text.slice(end)
    }
  }
}

/** A real article with up to eight mutations. */
export function mutatedArticle(texts: ReadonlyArray<{text: string}>): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...texts.map((item) => item.text)), fc.array(mutation, {minLength: 1, maxLength: 8}))
    .map(([text, edits]) => edits.reduce(applyMutation, text))
}
