/**
 * The package as a user gets it: `npm pack`, then `npm install --offline` of the tarball
 * into a fresh project with only the packages the guides name (see packed-project.ts).
 * There, every top-level ```ts block of docs/guides runs (tsx) and type-checks (tsc,
 * strict, node16), the quotes guide's tally holds the seed article's speakers, the CLI
 * runs from node_modules/.bin, and npm says nothing about install scripts. A ```sh block under a `<!-- run: … -->` line runs there too (bash),
 * before the ts blocks, with the data files the guide downloads supplied from
 * ../shared/eval (see `guideData`). One install, shared by all checks.
 */
import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {builtinModules} from 'node:module'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {installPacked, pack} from './packed-project.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const guidesFolder = join(root, 'docs', 'guides')

interface Guide {
  file: string
  /** The packages its `npm install …` line names. */
  installs: string[]
  blocks: Array<{name: string; code: string}>
  /** Its ```sh blocks marked `<!-- run: … -->`, run in the project before the ts blocks. */
  shell: string[]
}
const guides: Guide[] = readdirSync(guidesFolder)
  .filter((file) => file.endsWith('.md'))
  .sort()
  .map((file) => {
    const text = readFileSync(join(guidesFolder, file), 'utf8')
    const installs = [...text.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].flatMap((match) => [...(match[1] as string).matchAll(/^npm install ([^#\n]+)/gm)].flatMap((line) => (line[1] as string).trim().split(/\s+/)))
    const blocks = [...text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match, index) => ({name: `${file.replace(/\.md$/, '')}-${index + 1}`, code: match[1] as string}))
    const shell = [...text.matchAll(/^<!-- run: [^\n]*-->\n```sh\n([\s\S]*?)^```$/gm)].map((match) => match[1] as string)
    return {file, installs, blocks, shell}
  })
const blocks = guides.flatMap((guide) => guide.blocks)
/**
 * The files the guides download (they cannot be downloaded here), from the same openly
 * licensed sources in ../shared/eval: train-your-own.md's SEC loan agreements (there in
 * IOB2 with two columns; the originals are IOB1 with four — `nutgraf train` reads both).
 */
const guideData: Record<string, string> = {
  'FIN5.txt': 'open-ner/sec_filings/train.conll',
  'FIN3.txt': 'open-ner/sec_filings/test.conll',
}
const shellRuns: Array<{guide: string; script: string; status: number | null; stdout: string; stderr: string}> = []

/**
 * The @example blocks of the API reference (docs/api, generated from the TSDoc), made
 * checkable: a line `expr // value`, or `expr` with `// value` on the next line, where both
 * are expressions, becomes a check that `expr` equals `value` (compared as JSON). A block
 * that imports nothing gets the public names imported.
 */
const isExpression = (code: string) => {
  try {
    // eslint-disable-next-line no-new-func -- only parsed, never called
    new Function(`return (${code.replace(/\?\./g, '.')})`)
    return !/^\s*(?:const|let|var|import|export|return|if|for|while)\b/.test(code)
  } catch {
    return false
  }
}
const apiFolder = join(root, 'docs', 'api')
const apiExamples = [
  // The README's ```ts blocks are checked the same way (its ```js blocks are fragments).
  ...[...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match, index) => ({file: 'README.md', name: `readme-${index + 1}`, code: checkable(match[1] as string)})),
  ...readdirSync(apiFolder, {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.md'))
    .sort()
    .flatMap((file) => [...readFileSync(join(apiFolder, file), 'utf8').matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match, index) => ({file, name: `api-${file.replace(/\.md$/, '').replace(/\W+/g, '-')}-${index + 1}`, code: checkable(match[1] as string)}))),
]
function checkable(code: string): string {
  const lines = code.split('\n')
  const out: string[] = []
  lines.forEach((line, index) => {
    const inline = /^(?!\s*\/\/)(.*?\S)\s+\/\/ (.+)$/.exec(line)
    const own = /^\s*\/\/ (.+)$/.exec(line)
    const previous = lines[index - 1] ?? ''
    if (inline && isExpression(inline[1] as string) && isExpression(inline[2] as string)) out.push(`__check(${inline[1]}, ${inline[2]}, ${JSON.stringify(line.trim())})`)
    else if (own && isExpression(own[1] as string) && previous.trim() && isExpression(previous)) out[out.length - 1] = `__check(${previous}, ${own[1]}, ${JSON.stringify(`${previous.trim()} // ${own[1]}`)})`
    else out.push(line)
  })
  const imports = /^import\s/m.test(code) ? '' : "import {parseArticle, segment, extractEntities} from 'nutgraf'\nimport {retextNutgraf} from 'nutgraf/retext'\n"
  return `${imports}import {isDeepStrictEqual} from 'node:util'
const __check = (actual: unknown, expected: unknown, line: string) => {
  const json = (value: unknown) => JSON.parse(JSON.stringify(value) ?? 'null') as unknown
  ;(globalThis as unknown as {nutgrafChecks: unknown[]}).nutgrafChecks.push({line, ok: isDeepStrictEqual(json(actual), json(expected)), got: JSON.stringify(actual)})
}
${out.join('\n')}`
}
/** The package a bare import specifier names: `unist-util-visit`, `@scope/name`, `nutgraf` for `nutgraf/retext`. */
const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/')
const importsOf = (code: string) => [...code.matchAll(/(?:^|\n)\s*import\s[^'"]*?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((match) => (match[1] ?? match[2]) as string)
const builtins = new Set(builtinModules)

const scratch = mkdtempSync(join(tmpdir(), 'nutgraf-packed-'))
const project = join(scratch, 'project')
mkdirSync(project)
let installOutput = ''
let packed: string[] = []
interface BlockResult {
  name: string
  stdout: string
  stderr: string
  error?: string
  checks: Array<{line: string; ok: boolean; got: string}>
}
const results = new Map<string, BlockResult>()
const runner = `import {writeFileSync} from 'node:fs'
const results = []
const write = {out: process.stdout.write, err: process.stderr.write}
const [node, , ...names] = process.argv
for (const name of names) {
  const result = {name, stdout: '', stderr: '', checks: []}
  globalThis.nutgrafChecks = result.checks
  process.argv = [node, name + '.mts']
  process.stdout.write = (chunk) => ((result.stdout += String(chunk)), true)
  process.stderr.write = (chunk) => ((result.stderr += String(chunk)), true)
  try {
    await import('./' + name + '.mts')
  } catch (error) {
    result.error = String(error?.stack ?? error)
  }
  process.stdout.write = write.out
  process.stderr.write = write.err
  results.push(result)
}
writeFileSync('results.json', JSON.stringify(results))
`
beforeAll(() => {
  const {tarball, files} = pack(root, project)
  packed = files
  const named = [...new Set(guides.flatMap((guide) => guide.installs))].filter((name) => name !== 'nutgraf').sort()
  installOutput = installPacked(root, project, tarball, named)
  // What the guides take as given: a folder of articles (batch-a-folder), and @types/node for tsc only.
  mkdirSync(join(project, 'articles'))
  for (const file of readdirSync(join(root, 'examples'))) copyFileSync(join(root, 'examples', file), join(project, 'articles', file))
  symlinkSync(join(root, 'node_modules', '@types', 'node'), join(project, 'node_modules', '@types', 'node'), 'dir')
  for (const [name, source] of Object.entries(guideData)) copyFileSync(join(root, '..', 'shared', 'eval', source), join(project, name))
  for (const guide of guides) {
    for (const script of guide.shell) {
      const run = spawnSync('bash', ['-e', '-c', script], {cwd: project, encoding: 'utf8'})
      shellRuns.push({guide: guide.file, script, status: run.status, stdout: run.stdout, stderr: run.stderr})
    }
  }
  for (const {name, code} of [...blocks, ...apiExamples]) writeFileSync(join(project, `${name}.mts`), code)
  // One tsx process runs every block in turn (a tsx start costs about a second), capturing each one's output.
  writeFileSync(join(project, 'run-blocks.mjs'), runner)
  const tsx = spawnSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'run-blocks.mjs', ...[...blocks, ...apiExamples].map((block) => block.name)], {cwd: project, encoding: 'utf8'})
  if (tsx.status !== 0) throw new Error(`running the guides' blocks failed:\n${tsx.stderr}`)
  for (const result of JSON.parse(readFileSync(join(project, 'results.json'), 'utf8')) as BlockResult[]) results.set(result.name, result)
}, 180_000)
afterAll(() => rmSync(scratch, {recursive: true, force: true}))

describe('the packed package, installed offline into a fresh project', {timeout: 60_000}, () => {
  it('ships the built code, its licence, notices and changelog, and no sources or tests', () => {
    const files = packed
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'NOTICE', 'CHANGELOG.md', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/retext.js', 'dist/cli.js']))
    expect(files.filter((file) => !/^(dist\/|package\.json$|README\.md$|LICENSE$|NOTICE$|CHANGELOG\.md$)/.test(file))).toEqual([])
  })

  it('installs without a warning about install scripts (there are none to run)', () => {
    expect(installOutput).not.toMatch(/install-scripts|prepare/)
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules', 'nutgraf', 'package.json'), 'utf8')) as {scripts?: Record<string, string>}
    expect(Object.keys(manifest.scripts ?? {}).filter((name) => ['preinstall', 'install', 'postinstall', 'prepare'].includes(name))).toEqual([])
  })

  it('every guide with code names each package its code imports in its `npm install` line', () => {
    expect(guides.filter((guide) => guide.blocks.length > 0).length).toBeGreaterThanOrEqual(5)
    for (const guide of guides.filter((guide) => guide.blocks.length > 0)) {
      expect(guide.installs, guide.file).toContain('nutgraf')
      const imported = new Set(guide.blocks.flatMap((block) => importsOf(block.code)).filter((specifier) => !specifier.startsWith('node:') && !builtins.has(specifier)).map(packageOf))
      for (const name of imported) expect(guide.installs, `${guide.file} imports ${name}`).toContain(name)
    }
  })

  it("runs the guides' marked shell blocks there: train-your-own.md trains and scores a model", () => {
    expect(shellRuns.map((run) => [run.guide, run.status])).toEqual([['train-your-own.md', 0]])
    const training = shellRuns[0]?.stderr ?? ''
    expect(training).toMatch(/^training on 5 documents, 41,010 tokens, 1,168 entities; held out: 3 documents, 13,246 tokens/m)
    // The guide quotes this table: the run gives the same figures for the new model
    // (training is deterministic). The built-in model's columns are not compared: they
    // change whenever the shipped model is retrained (then refresh the guide's table).
    const guide = readFileSync(join(guidesFolder, 'train-your-own.md'), 'utf8')
    const yours = (text: string) => text.split('\n').filter((line) => /^(type|LOC|MISC|ORG|PER|all) /.test(line)).map((line) => line.slice(0, 36).trimEnd())
    expect(yours(training)).toHaveLength(6)
    expect(yours(guide).slice(0, 6), 'docs/guides/train-your-own.md quotes the table `nutgraf train` prints').toEqual(yours(training))
  })

  it.each(blocks.map((block) => [block.name]))('%s runs there and prints', (name) => {
    const result = results.get(name)
    expect(result?.error).toBeUndefined()
    expect(result?.stderr).toBe('')
    expect(result?.stdout.length).toBeGreaterThan(0)
  })

  it('runs the README\'s and the API reference\'s examples there, and their `// value` comments hold', () => {
    expect(apiExamples.length).toBeGreaterThan(30)
    expect(apiExamples.filter((example) => example.name.startsWith('readme-')).length).toBeGreaterThan(0)
    const failures: string[] = []
    let checks = 0
    for (const example of apiExamples) {
      const result = results.get(example.name)
      if (result?.error) failures.push(`${example.file}: ${result.error.split('\n')[0]}`)
      for (const check of result?.checks ?? []) {
        checks++
        if (!check.ok) failures.push(`${example.file}: ${check.line} — but it gives ${check.got}`)
      }
    }
    expect(failures).toEqual([])
    // parseArticle's `body.length // 2`, segment's paragraphs and dateline, Span, retextNutgraf …
    expect(checks).toBeGreaterThanOrEqual(14)
  })

  it('the guides type-check there (strict, node16)', () => {
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({compilerOptions: {module: 'node16', moduleResolution: 'node16', target: 'es2022', strict: true, noEmit: true, skipLibCheck: true, types: ['node']}, files: blocks.map((block) => `${block.name}.mts`)}),
    )
    const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project], {encoding: 'utf8'})
    expect(tsc.stdout + tsc.stderr).toBe('')
    expect(tsc.status).toBe(0)
  })

  it("holds to the scraped-article guide: parts are exact slices, but for captions' and paragraphs' clean text", async () => {
    const {parseArticle} = (await import(join(project, 'node_modules', 'nutgraf', 'dist', 'index.js'))) as typeof import('nutgraf')
    const folder = join(root, 'test', 'fixtures', 'articles')
    const texts = [...readdirSync(folder).filter((file) => file.endsWith('.txt')).map((file) => join(folder, file)), ...readdirSync(join(root, 'examples')).map((file) => join(root, 'examples', file))]
    expect(texts.length).toBeGreaterThan(10)
    let reflowed = 0
    for (const file of texts) {
      const input = readFileSync(file, 'utf8')
      const article = parseArticle(input)
      const exact = [article.caption?.credit, article.byline, article.dateline, ...article.references].filter((part) => part !== undefined)
      for (const part of exact) expect(input.slice(part.span.start, part.span.end), file).toBe(part.text)
      if (article.caption) {
        const source = input.slice(article.caption.span.start, article.caption.span.end)
        expect(article.caption.text, file).not.toMatch(/\n/)
        if (source !== article.caption.text) reflowed++
      }
    }
    // The guide's exception is real: some caption in the fixtures is wrapped in its source.
    expect(reflowed).toBeGreaterThan(0)
  })

  it("counts the seed article's speakers in the quotes guide's tally, as its hand-read expected file gives them", () => {
    const seed = JSON.parse(readFileSync(join(root, '..', 'shared', 'fixtures', 'moscow-times-belarus-drills.expected.json'), 'utf8')) as {quotes: Array<{kind: string; speaker?: {name?: string}}>}
    const wanted = new Map<string, number>()
    for (const quote of seed.quotes.filter((quote) => quote.kind !== 'indirect' && quote.speaker?.name)) wanted.set(quote.speaker?.name as string, (wanted.get(quote.speaker?.name as string) ?? 0) + 1)
    expect(wanted.size).toBeGreaterThanOrEqual(3)
    // The guide prints `speaker<TAB>N quotes in M articles (direct D, partial P, indirect I)` over the copied examples.
    const tally = new Map<string, number>()
    for (const match of (results.get('count-quotes-per-speaker-2')?.stdout ?? '').matchAll(/^(.+)\t\d+ quotes in \d+ articles \(direct (\d+), partial (\d+), indirect \d+\)$/gm)) {
      tally.set(match[1] as string, Number(match[2]) + Number(match[3]))
    }
    for (const [speaker, count] of wanted) expect(tally.get(speaker) ?? 0, speaker).toBeGreaterThanOrEqual(count)
  })

  it('runs the CLI from node_modules/.bin', () => {
    const cli = spawnSync('npx', ['--no-install', 'nutgraf', '--pretty', 'articles/harbor-ferry-vote.txt'], {cwd: project, encoding: 'utf8'})
    expect(cli.stderr).toBe('')
    expect(cli.status).toBe(0)
    expect(cli.stdout).toMatch(/^Body: \d+ paragraphs$/m)
    expect(cli.stdout).toMatch(/^People: \S/m)
  })
})
