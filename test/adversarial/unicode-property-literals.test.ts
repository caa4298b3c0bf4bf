/**
 * Cold start: a regular expression literal is syntax-checked by V8 each time the function
 * around it is parsed (once when it is pre-parsed at import, again when it is compiled),
 * and each check of a `\p{…}` class builds the property's character set from ICU. Built
 * with `RegExp(String.raw`…`, 'u')`, the same pattern is parsed only when it is made and
 * when it first runs: the import and first call of nutgraf cost about an eighth fewer
 * instructions (docs/results-performance.md, "Session 4: cold start"). This keeps
 * `\p{…}` out of literals in src/; scripts/check/check-regexes.ts still checks those
 * patterns, which it finds in `RegExp(…)` calls with literal arguments.
 */
import {describe, expect, it} from 'vitest'
import {findRegexes, findRegexesInSource} from '../../scripts/check/check-regexes.js'

const withProperty = (regexes: ReturnType<typeof findRegexes>) => regexes.filter(({source}) => source.includes('\\p{'))

describe('\\p{…} patterns in src/', () => {
  it('are built with RegExp(…), none is a literal', () => {
    const found = withProperty(findRegexes())
    expect(found.length).toBeGreaterThan(100)
    expect(found.filter(({kind}) => kind === 'literal').map(({file, line, source}) => `${file}:${line} /${source}/`)).toEqual([])
  })

  it('would catch a literal', () => {
    expect(withProperty(findRegexesInSource('x.ts', "const upper = /^\\p{Lu}/u\nconst lower = RegExp('^\\\\p{Ll}', 'u')")).map(({kind}) => kind)).toEqual(['literal', 'constructor'])
  })
})
