/**
 * No regular expression of the date finder can backtrack catastrophically: every
 * regular-expression literal in src/entities/dates is checked with recheck.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {checkSync} from 'recheck'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'

const folder = fileURLToPath(new URL('../../src/entities/dates/', import.meta.url))

function literals(): Array<[string, string]> {
  const found: Array<[string, string]> = []
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.ts'))) {
    const source = ts.createSourceFile(file, readFileSync(join(folder, file), 'utf8'), ts.ScriptTarget.Latest, true)
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) found.push([file, node.getText()])
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return found
}

describe('date finder regular expressions', () => {
  const all = literals()

  it('finds the literals to check', () => {
    expect(all.length).toBeGreaterThan(20)
  })

  it.each(all)('%s: %s is safe', (_file, literal) => {
    const last = literal.lastIndexOf('/')
    expect(checkSync(literal.slice(1, last), literal.slice(last + 1)).status).toBe('safe')
  })
})
