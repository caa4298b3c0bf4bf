/**
 * Cold start: a regular expression literal inside a function is syntax-checked by V8 each
 * time that function is parsed (once when it is pre-parsed at import, again when it is
 * compiled), and each check of a `\p{…}` class builds the property's character set from
 * ICU. So a `\p{…}` pattern used in a function is made once, at module level, with
 * `RegExp(String.raw`…`, 'u')` (the shared letter tests in src/internal/letter-patterns.ts):
 * it is parsed when made and when first run, and a warm call reuses the object
 * (docs/results-performance.md, "Session 4, part 2: cold start"). A pattern with the `g` or
 * `y` flag (whose `lastIndex` is state) stays a literal where it is used; module-level
 * literals are checked only once, when the module is compiled, and stay literals.
 * scripts/check/check-regexes.ts checks the `RegExp(…)` patterns too (literal arguments).
 */
import {readFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'
import {listSources, projectRoot} from '../../scripts/check/check-regexes.js'

/** `\p{…}` literals without `g`/`y` inside a function, as `file:line /source/flags`. */
function propertyLiteralsInFunctions(file: string, code: string): string[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true)
  const found: string[] = []
  const visit = (node: ts.Node, inFunction: boolean): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(source)
      const flags = text.slice(text.lastIndexOf('/') + 1)
      if (inFunction && text.includes('\\p{') && !/[gy]/.test(flags)) {
        found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1} ${text}`)
      }
    }
    ts.forEachChild(node, (child) => visit(child, inFunction || ts.isFunctionLike(node)))
  }
  visit(source, false)
  return found
}

describe('\\p{…} patterns in src/', () => {
  it('none is a literal inside a function, but those with a g or y flag', () => {
    const files = listSources(join(projectRoot, 'src'))
    expect(files.length).toBeGreaterThan(50)
    expect(files.flatMap((path) => propertyLiteralsInFunctions(relative(projectRoot, path), readFileSync(path, 'utf8')))).toEqual([])
  })

  it('would catch one', () => {
    const code = "const upper = /^\\p{Lu}/u\nfunction f(w: string) { return /^\\p{Ll}/u.test(w) || /\\p{L}/gu.test(w) }"
    expect(propertyLiteralsInFunctions('x.ts', code)).toEqual(['x.ts:2 /^\\p{Ll}/u'])
  })
})
