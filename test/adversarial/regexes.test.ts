/**
 * No regular expression in src/ may backtrack catastrophically: scripts/check/check-regexes.ts
 * finds each one and runs recheck on it (redos-detector where recheck cannot decide).
 * Patterns whose verdict is in scripts/check/regex-verdicts.json (keyed by source and
 * flags, so a changed pattern is a new key) are not analysed again here; `npm run
 * test:full` (NUTGRAF_TEST_FULL=1) and `npm run check:regexes` analyse every one.
 */
import {describe, expect, it} from 'vitest'
import {builtRegexes, checkRegexes, findRegexes, findRegexesInSource, formatVerdicts, keyOf, readVerdictCache} from '../../scripts/check/check-regexes.js'

const full = process.env.NUTGRAF_TEST_FULL === '1'

describe('findRegexesInSource', () => {
  it('finds literals, RegExp calls with literal patterns, and marks dynamic ones', () => {
    const code = [
      'const a = /a+b/gu',
      "const b = new RegExp('x|y', 'i')",
      'const c = RegExp(String.raw`\\d{1,3}`)',
      "const d = new RegExp(words.join('|'))",
      "const e = '/not a regex/'",
    ].join('\n')
    expect(findRegexesInSource('x.ts', code).map(({kind, source, flags, line}) => ({kind, source, flags, line}))).toEqual([
      {kind: 'literal', source: 'a+b', flags: 'gu', line: 1},
      {kind: 'constructor', source: 'x|y', flags: 'i', line: 2},
      {kind: 'constructor', source: '\\d{1,3}', flags: '', line: 3},
      {kind: 'dynamic', source: "new RegExp(words.join('|'))", flags: '', line: 4},
    ])
  })
})

describe('checkRegexes', () => {
  it('takes a cached verdict instead of analysing the pattern again', async () => {
    const regex = {file: 'x.ts', line: 1, kind: 'literal' as const, source: '(a+)+$', flags: ''}
    const [verdict] = await checkRegexes([regex], {cache: new Map([[keyOf(regex), 'safe (cached for this test)']])})
    expect(verdict).toMatchObject({ok: true, cached: true, recheck: 'safe (cached for this test)'})
  })

  it('fails known catastrophic patterns and passes linear ones', async () => {
    const verdicts = await checkRegexes([
      {file: 'x.ts', line: 1, kind: 'literal', source: '(a+)+$', flags: ''},
      {file: 'x.ts', line: 2, kind: 'literal', source: '^(\\w+\\s?)*$', flags: ''},
      {file: 'x.ts', line: 3, kind: 'literal', source: '=+$', flags: ''},
      {file: 'x.ts', line: 4, kind: 'literal', source: '^\\d{1,3}(?:,\\d{3})*$', flags: ''},
    ])
    expect(verdicts.map((verdict) => verdict.ok)).toEqual([false, false, false, true])
    expect(verdicts[0]?.attack).toBeTruthy()
  }, 120_000)

  it('fails a pattern built at run time only in strict mode', async () => {
    const dynamic = {file: 'x.ts', line: 1, kind: 'dynamic' as const, source: 'new RegExp(x)', flags: ''}
    expect((await checkRegexes([dynamic]))[0]?.ok).toBe(true)
    expect((await checkRegexes([dynamic], {strict: true}))[0]?.ok).toBe(false)
  })
})

describe('every regular expression in src/', () => {
  it('is found', () => {
    // tokens.ts alone has a dozen; fewer means the finder is broken.
    expect(findRegexes().length).toBeGreaterThan(10)
  })

  it('is safe from catastrophic backtracking, as written and as built when the modules load', async () => {
    // This file imports nothing from src/ before this point, so the modules load here, with RegExp watched.
    const built = await builtRegexes(() => Promise.all([import('../../src/index.js'), import('../../src/retext.js')]))
    expect(built.length).toBeGreaterThan(3)
    const verdicts = await checkRegexes([...findRegexes(), ...built], full ? {} : {cache: readVerdictCache()})
    const failed = verdicts.filter((verdict) => !verdict.ok)
    expect(failed, formatVerdicts(failed)).toEqual([])
  }, 300_000)
})
