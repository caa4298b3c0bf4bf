/**
 * The built package through its own `exports` (self-reference), from `import` and from
 * `require`: the exact public names, the same results from both builds, and
 * declaration files that CommonJS consumers can read.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const require = createRequire(import.meta.url)
const root = fileURLToPath(new URL('../..', import.meta.url))
const examples = readdirSync(join(root, 'examples')).filter((file) => file.endsWith('.txt'))

// The first import of each build loads it cold: seconds on a loaded machine, so these
// tests get more than vitest's default 5 s (a time limit, not a timing assertion).
const COLD_IMPORT_MS = 30_000

describe('built package', () => {
  it('exposes exactly parseArticle, segment and extractEntities from import and require', async () => {
    const esm = await import('nutgraf')
    const cjs = require('nutgraf') as Record<string, unknown>
    expect(Object.keys(esm).sort()).toEqual(['extractEntities', 'parseArticle', 'segment'])
    expect(Object.keys(cjs).sort()).toEqual(['extractEntities', 'parseArticle', 'segment'])
  }, COLD_IMPORT_MS)

  it('exposes exactly retextNutgraf from nutgraf/retext, import and require', async () => {
    const esm = await import('nutgraf/retext')
    const cjs = require('nutgraf/retext') as Record<string, unknown>
    expect(Object.keys(esm)).toEqual(['retextNutgraf'])
    expect(Object.keys(cjs)).toEqual(['retextNutgraf'])
  }, COLD_IMPORT_MS)

  it.each(examples)('gives the same result from ESM and CJS for examples/%s', async (file) => {
    const text = readFileSync(join(root, 'examples', file), 'utf8')
    const esm = await import('nutgraf')
    const cjs = require('nutgraf') as typeof esm
    expect(cjs.parseArticle(text, {referenceDate: '2022-02-10'})).toEqual(esm.parseArticle(text, {referenceDate: '2022-02-10'}))
    expect(cjs.parseArticle(text)).toEqual(esm.parseArticle(text))
  })

  it('runs the retext plugin from the CJS build like the ESM one', async () => {
    const {retextNutgraf} = await import('nutgraf/retext')
    const cjs = require('nutgraf/retext') as {retextNutgraf: typeof retextNutgraf}
    const text = readFileSync(join(root, 'examples', examples[0] as string), 'utf8')
    const tree = {type: 'RootNode', children: []}
    const [a, b] = [{value: text, data: {}}, {value: text, data: {}}]
    retextNutgraf()(tree, a)
    cjs.retextNutgraf()(tree, b)
    expect(b.data).toEqual(a.data)
    expect(Object.keys(a.data)).toEqual(['nutgraf'])
  })

  it('ships declaration files that import nothing from unified, vfile or nlcst', () => {
    const declarations = readdirSync(join(root, 'dist')).filter((file) => /\.d\.c?ts$/.test(file))
    expect(declarations).toEqual(expect.arrayContaining(['index.d.ts', 'index.d.cts', 'retext.d.ts', 'retext.d.cts']))
    for (const file of declarations) {
      const source = readFileSync(join(root, 'dist', file), 'utf8')
      expect(source, file).not.toMatch(/^(?:import|export)\b[^\n]*from ['"](?:unified|vfile|nlcst|retext-english|@types\/[^'"]+)['"]/m)
    }
  })

  it('imports no package from the ESM build: the tokenizer is bundled (else Node loads ~45 files of it one by one)', () => {
    const files = readdirSync(join(root, 'dist')).filter((file) => file.endsWith('.js') && file !== 'cli.js')
    const specifiers = files.flatMap((file) =>
      [...readFileSync(join(root, 'dist', file), 'utf8').matchAll(/^(?:import|export)\b[^;]*?from\s*["']([^"']+)["']/gm)].map((match) => `${file}: ${match[1]}`),
    )
    expect(specifiers).toEqual(expect.arrayContaining([expect.stringMatching(/^index\.js: \.\/chunk-/), expect.stringMatching(/^retext\.js: \.\/chunk-/)]))
    expect(specifiers.filter((specifier) => !/: \.\//.test(specifier))).toEqual([])
  })

  it('keeps node: modules out of everything but the CLI', () => {
    const files = readdirSync(join(root, 'dist')).filter((file) => /\.c?js$/.test(file) && file !== 'cli.js')
    expect(files.length).toBeGreaterThan(3)
    for (const file of files) expect(readFileSync(join(root, 'dist', file), 'utf8'), file).not.toMatch(/["']node:|require\(["'](fs|path|os|url|process|child_process)["']\)/)
  })
})
