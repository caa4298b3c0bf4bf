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
 * The `\p{…}` patterns of the segmenter, of src/article and of src/quotes are made on first
 * use instead, each behind `onFirstUse(() => RegExp(…))` (src/internal/on-first-use.ts):
 * `extractEntities` never runs them, so making them at import cost its cold start.
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

/** `\p{…}` patterns a module makes at import (outside every function), as `file:line`. */
function propertyPatternsAtImport(file: string, code: string): string[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true)
  const found: string[] = []
  const isRegExpCall = (node: ts.Node): node is ts.CallExpression | ts.NewExpression =>
    (ts.isCallExpression(node) || ts.isNewExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp'
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node)) return
    const pattern = ts.isRegularExpressionLiteral(node) ? node.text : isRegExpCall(node) ? (node.arguments?.[0]?.getText(source) ?? '') : ''
    if (pattern.includes('\\p{')) found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`)
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

describe('\\p{…} patterns in src/', () => {
  it('none is a literal inside a function, but those with a g or y flag', () => {
    const files = listSources(join(projectRoot, 'src'))
    expect(files.length).toBeGreaterThan(50)
    expect(files.flatMap((path) => propertyLiteralsInFunctions(relative(projectRoot, path), readFileSync(path, 'utf8')))).toEqual([])
  })

  it('none is made at import in src/segment, src/article or src/quotes (extractEntities never runs them)', () => {
    const files = ['segment', 'article', 'quotes'].flatMap((folder) => listSources(join(projectRoot, 'src', folder)))
    expect(files.length).toBeGreaterThan(40)
    expect(files.flatMap((path) => propertyPatternsAtImport(relative(projectRoot, path), readFileSync(path, 'utf8')))).toEqual([])
  })

  it('would catch one made at import, not one made on first use', () => {
    const code = "const a = /^\\p{Lu}/u\nconst b = RegExp(String.raw`\\p{L}`, 'u')\nconst c = onFirstUse(() => RegExp(String.raw`\\p{Ll}`, 'u'))"
    expect(propertyPatternsAtImport('x.ts', code)).toEqual(['x.ts:1', 'x.ts:2'])
  })

  it('would catch one', () => {
    const code = "const upper = /^\\p{Lu}/u\nfunction f(w: string) { return /^\\p{Ll}/u.test(w) || /\\p{L}/gu.test(w) }"
    expect(propertyLiteralsInFunctions('x.ts', code)).toEqual(['x.ts:2 /^\\p{Ll}/u'])
  })
})
