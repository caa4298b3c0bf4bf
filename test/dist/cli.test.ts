/**
 * The built CLI (dist/cli.js, the package's `bin`) run as a subprocess, as a user runs
 * it. Results are compared with parseArticle from the built package, not hard-coded,
 * so these tests hold as the models change.
 */
import {spawnSync} from 'node:child_process'
import {chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import {parseArticle} from 'nutgraf'

const root = fileURLToPath(new URL('../..', import.meta.url))
const cli = join(root, 'dist', 'cli.js')
const example = join(root, 'examples', 'moscow-times-belarus-drills.txt')
const exampleText = readFileSync(example, 'utf8')

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [cli, ...args], {cwd: root, input: input ?? '', encoding: 'utf8'})
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

// A folder of articles: two good ones (one nested), one that is not .txt, one hidden.
const folder = mkdtempSync(join(tmpdir(), 'nutgraf-cli-'))
mkdirSync(join(folder, 'b-nested'))
writeFileSync(join(folder, 'a.txt'), 'Gen. Mark Milley spoke on Thursday.\n\nMilley left Minsk.\n')
writeFileSync(join(folder, 'b-nested', 'c.txt'), exampleText)
writeFileSync(join(folder, 'notes.md'), 'Not an article.')
writeFileSync(join(folder, '.hidden.txt'), 'Hidden.')
afterAll(() => rmSync(folder, {recursive: true, force: true}))
const folderFiles = [join(folder, 'a.txt'), join(folder, 'b-nested', 'c.txt')]
const parsed = (file: string, options = {}) => JSON.parse(JSON.stringify(parseArticle(readFileSync(file, 'utf8'), options))) as unknown

describe('nutgraf CLI (built)', () => {
  it('is the package bin, with a shebang', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {bin: Record<string, string>}
    expect(join(root, pkg.bin['nutgraf'] as string)).toBe(cli)
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
  })

  it('prints the article of one FILE as JSON, equal to parseArticle', () => {
    const {status, stdout, stderr} = run([example, '--reference-date', '2022-02-10'])
    expect(stderr).toBe('')
    expect(status).toBe(0)
    expect(JSON.parse(stdout)).toEqual(parsed(example, {referenceDate: '2022-02-10'}))
  })

  it('reads stdin for -', () => {
    const {status, stdout} = run(['-'], exampleText)
    expect(status).toBe(0)
    expect(JSON.parse(stdout)).toEqual(parsed(example))
  })

  it('reads a directory recursively, .txt files only, hidden ones skipped, in order', () => {
    const {status, stdout, stderr} = run(['--format', 'jsonl', folder])
    expect(stderr).toBe('')
    expect(status).toBe(0)
    const records = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as {file: string; article: unknown})
    expect(records.map((record) => record.file)).toEqual(folderFiles)
    for (const record of records) expect(record.article).toEqual(parsed(record.file))
  })

  it('takes other extensions with --ext', () => {
    const {stdout} = run(['-f', 'jsonl', '--ext', 'md,txt', folder])
    expect(stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as {file: string}).file)).toEqual([...folderFiles, join(folder, 'notes.md')])
  })

  it('reports a failing file and goes on; exit status 1', () => {
    const missing = join(folder, 'missing.txt')
    const {status, stdout, stderr} = run(['-f', 'jsonl', folderFiles[0] as string, missing, folderFiles[1] as string])
    expect(status).toBe(1)
    expect(stderr).toBe(`nutgraf: ${missing}: no such file or directory\n`)
    const records = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as {file: string; error?: string; article?: unknown})
    expect(records.map((record) => [record.file, record.error])).toEqual([
      [folderFiles[0], undefined],
      [missing, 'no such file or directory'],
      [folderFiles[1], undefined],
    ])
    expect(records[2]?.article).toEqual(parsed(folderFiles[1] as string))
  })

  it('prints nothing on stdout for one FILE that cannot be read; exit status 1', () => {
    const missing = join(folder, 'missing.txt')
    expect(run([missing])).toEqual({status: 1, stdout: '', stderr: `nutgraf: ${missing}: no such file or directory\n`})
  })

  it('prints several inputs as one JSON array of results', () => {
    const {status, stdout} = run([folder, join(folder, 'missing.txt')])
    expect(status).toBe(1)
    const results = JSON.parse(stdout) as Array<{file: string; article?: unknown; error?: string}>
    expect(results).toEqual([
      {file: folderFiles[0], article: parsed(folderFiles[0] as string)},
      {file: folderFiles[1], article: parsed(folderFiles[1] as string)},
      {file: join(folder, 'missing.txt'), error: 'no such file or directory'},
    ])
  })

  it('prints an empty JSON array for a folder with no articles', () => {
    const empty = join(folder, 'empty')
    mkdirSync(empty)
    const {status, stdout} = run([empty])
    expect(status).toBe(0)
    expect(JSON.parse(stdout)).toEqual([])
  })

  it('prints a readable summary with --pretty and --format pretty', () => {
    const article = parseArticle(exampleText)
    for (const flag of [['--pretty'], ['--format', 'pretty']]) {
      const {status, stdout} = run([...flag, example])
      expect(status).toBe(0)
      expect(stdout).toContain(`Body: ${article.body.length} paragraphs\n`)
      for (const paragraph of article.body) expect(stdout).toContain(`  ${paragraph.text}\n`)
      for (const person of article.entities.people) expect(stdout).toContain(person.name)
      for (const label of ['People', 'Organizations', 'Places', 'Dates', 'Amounts']) expect(stdout).toMatch(new RegExp(`^${label}: \\S`, 'm'))
    }
    const many = run(['--pretty', folder]).stdout
    expect(many.match(/^==> .* <==$/gm)).toEqual(folderFiles.map((file) => `==> ${file} <==`))
  })

  it('shows no progress line when stderr is not a terminal', () => {
    const {stderr} = run(['-f', 'jsonl', folder])
    expect(stderr).toBe('')
  })

  it.skipIf(!existsSync('/usr/bin/script'))('shows a progress line when stderr is a terminal', () => {
    // script(1) runs the command on a pseudo-terminal; stdout goes to a file so only stderr is on the terminal.
    const out = join(folder, 'out.jsonl')
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} -f jsonl ${JSON.stringify(folder)} > ${JSON.stringify(out)}`
    const result = spawnSync('script', ['-qec', command, '/dev/null'], {cwd: root, encoding: 'utf8'})
    expect(result.stdout).toContain(`[1/2] ${folderFiles[0]}`)
    expect(result.stdout).toContain(`[2/2] ${folderFiles[1]}`)
    expect(result.stdout).toContain('2 of 2 parsed')
    expect(readFileSync(out, 'utf8').trimEnd().split('\n')).toHaveLength(2)
  })

  it.each([
    [['--format', 'xml', example], 'unknown --format "xml"'],
    [['--reference-date', '2022-13-45', example], '--reference-date: referenceDate must be an ISO 8601 date'],
    [['--no-such-option', example], "Unknown option '--no-such-option'"],
    [[], 'no input'],
  ])('exits 2 with usage for %j', (args, message) => {
    const {status, stdout, stderr} = run(args)
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain(message)
    expect(stderr).toContain('usage: nutgraf')
  })

  it("runs the README's first command; its second is the one .ci/run runs", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    const commands = (/^```sh\n([\s\S]*?)^```$/m.exec(readme)?.[1] ?? '').split('\n').map((line) => line.replace(/\s+#.*$/, '').trim()).filter(Boolean)
    expect(commands).toHaveLength(2)
    expect(commands[0]).toMatch(/^npm ci && npx nutgraf .*examples\/\S+\.txt$/)
    expect(commands[1]).toBe('npm test')
    expect(readFileSync(join(root, '.ci', 'run'), 'utf8')).toMatch(/^npm test$/m)
    // `npm ci` already ran; --no-install makes sure npx finds this package's own bin, offline.
    const command = (commands[0] as string).replace(/^npm ci && npx /, 'npx --no-install ')
    const result = spawnSync(command, {cwd: root, shell: true, encoding: 'utf8'})
    expect(result.status).toBe(0)
    const file = command.split(' ').pop() as string
    expect(result.stdout).toContain(`Body: ${parseArticle(readFileSync(join(root, file), 'utf8')).body.length} paragraphs`)
  }, 60_000)

  it('prints help and the package version', () => {
    expect(run(['--help']).stdout).toContain('usage: nutgraf')
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string}
    expect(run(['--version']).stdout).toBe(`${pkg.version}\n`)
  })

  it.skipIf(process.getuid?.() === 0)('reports an unreadable file', () => {
    const locked = join(folder, 'locked.txt')
    writeFileSync(locked, 'x')
    chmodSync(locked, 0)
    const {status, stderr} = run([locked])
    expect(status).toBe(1)
    expect(stderr).toBe(`nutgraf: ${locked}: permission denied\n`)
  })
})
