/**
 * The built CLI (dist/cli.js, the package's `bin`) run as a subprocess, as a user runs
 * it. Results are compared with parseArticle from the built package, not hard-coded,
 * so these tests hold as the models change. Each spawn costs ~0.1–0.3 s, so one run
 * checks many things at once.
 */
import {spawn, spawnSync} from 'node:child_process'
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
const harbor = join(root, 'examples', 'harbor-ferry-vote.txt')

function run(args: string[], options: {input?: string | Buffer; env?: Record<string, string>} = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], {cwd: root, input: options.input ?? '', encoding: 'utf8', env: {...process.env, ...options.env}})
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}
/** Worker threads from the first byte on (the CLI parses the first 128 KB in the main thread alone). */
const workersNow = {NUTGRAF_INLINE_BYTES: '0'}
const tryHelp = "Try 'nutgraf --help' for the options.\n"

// A folder of articles: two good ones (one nested), one that is not .txt, one hidden.
const folder = mkdtempSync(join(tmpdir(), 'nutgraf-cli-'))
mkdirSync(join(folder, 'b-nested'))
writeFileSync(join(folder, 'a.txt'), 'Gen. Mark Milley spoke on Thursday.\n\nMilley left Minsk.\n')
writeFileSync(join(folder, 'b-nested', 'c.txt'), exampleText)
writeFileSync(join(folder, 'notes.md'), 'Not an article.')
writeFileSync(join(folder, '.hidden.txt'), 'Hidden.')
// Inputs that are not articles, outside the folder.
const odd = mkdtempSync(join(tmpdir(), 'nutgraf-cli-odd-'))
const binary = join(odd, 'program')
writeFileSync(binary, Uint8Array.of(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0x3e))
const latin1 = join(odd, 'latin1.txt')
writeFileSync(latin1, Buffer.from('Le caf\xe9 de Minsk.\n', 'latin1'))
const utf16 = join(odd, 'utf16.txt')
writeFileSync(utf16, Buffer.concat([Buffer.of(0xff, 0xfe), Buffer.from('Minsk\n', 'utf16le')]))
const empty = join(odd, 'empty')
mkdirSync(empty)
const markdown = join(odd, 'markdown')
mkdirSync(markdown)
for (const name of ['a.md', 'b.md', 'c.html']) writeFileSync(join(markdown, name), 'Text.')
afterAll(() => {
  rmSync(folder, {recursive: true, force: true})
  rmSync(odd, {recursive: true, force: true})
})
const folderFiles = [join(folder, 'a.txt'), join(folder, 'b-nested', 'c.txt')]
const parsed = (text: string, options = {}) => JSON.parse(JSON.stringify(parseArticle(text, options))) as unknown
const parsedFile = (file: string, options = {}) => parsed(readFileSync(file, 'utf8'), options)
const lines = (stdout: string) => stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)

// Generous timeouts: the machines that run this are often shared and busy.
describe('nutgraf CLI (built)', {timeout: 60_000}, () => {
  it('is the package bin, with a shebang', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {bin: Record<string, string>}
    expect(join(root, pkg.bin['nutgraf'] as string)).toBe(cli)
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
  })

  it('prints the article of one FILE as JSON, equal to parseArticle; - reads stdin', () => {
    const one = run([example, '--reference-date', '2022-02-10'])
    expect(one.stderr).toBe('')
    expect(one.status).toBe(0)
    expect(JSON.parse(one.stdout)).toEqual(parsedFile(example, {referenceDate: '2022-02-10'}))
    const stdin = run(['-'], {input: exampleText})
    expect(stdin.status).toBe(0)
    expect(JSON.parse(stdin.stdout)).toEqual(parsed(exampleText))
  })

  it('reads a directory recursively, .txt files only, hidden ones skipped, in order; --ext takes others', () => {
    const {status, stdout, stderr} = run(['--format', 'jsonl', folder])
    expect(stderr).toBe('')
    expect(status).toBe(0)
    const records = lines(stdout) as Array<{file: string; article: unknown}>
    expect(records.map((record) => record.file)).toEqual(folderFiles)
    for (const record of records) expect(record.article).toEqual(parsedFile(record.file))
    const md = run(['-f', 'jsonl', '--ext', 'md,txt', folder])
    expect(lines(md.stdout).map((record) => record['file'])).toEqual([...folderFiles, join(folder, 'notes.md')])
  })

  it('reports each file that is missing, binary or not UTF-8, by name, and goes on; exit status 1', () => {
    const missing = join(folder, 'missing.txt')
    const batch = [folderFiles[0] as string, missing, binary, latin1, utf16, folderFiles[1] as string]
    const {status, stdout, stderr} = run(['-f', 'jsonl', ...batch])
    expect(status).toBe(1)
    const reasons = [
      undefined,
      'no such file or directory',
      'binary file, not text (a NUL byte at offset 7)',
      'not UTF-8 text (byte 0xE9 at offset 6): convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8',
      'UTF-16 text, not UTF-8: convert it first (iconv -f UTF-16 -t UTF-8)',
      undefined,
    ]
    expect(stderr).toBe(batch.flatMap((file, index) => (reasons[index] ? [`nutgraf: ${file}: ${reasons[index]}\n`] : [])).join(''))
    const records = lines(stdout)
    expect(records.map((record) => [record['file'], record['error']])).toEqual(batch.map((file, index) => [file, reasons[index]]))
    expect(records[5]?.['article']).toEqual(parsedFile(folderFiles[1] as string))
    // One FILE that cannot be read: nothing on stdout.
    expect(run([binary])).toEqual({status: 1, stdout: '', stderr: `nutgraf: ${binary}: binary file, not text (a NUL byte at offset 7)\n`})
  })

  it('prints several inputs as one JSON array of results', () => {
    const {status, stdout} = run([folder, join(folder, 'missing.txt')])
    expect(status).toBe(1)
    expect(JSON.parse(stdout)).toEqual([
      {file: folderFiles[0], article: parsedFile(folderFiles[0] as string)},
      {file: folderFiles[1], article: parsedFile(folderFiles[1] as string)},
      {file: join(folder, 'missing.txt'), error: 'no such file or directory'},
    ])
  })

  it('says how to read a directory without .txt files (--ext), and exits 1', () => {
    const {status, stdout, stderr} = run([empty, markdown])
    expect(status).toBe(1)
    const emptyHint = 'no .txt files here (it is empty; --ext chooses the extensions read, e.g. --ext .txt,.md)'
    const markdownHint = 'no .txt files here; it has 2 .md, 1 .html: read them with --ext .md,.html'
    expect(stderr).toBe(`nutgraf: ${empty}: ${emptyHint}\nnutgraf: ${markdown}: ${markdownHint}\n`)
    expect(JSON.parse(stdout)).toEqual([
      {file: empty, error: emptyHint},
      {file: markdown, error: markdownHint},
    ])
    expect(run([empty])).toEqual({status: 1, stdout: '', stderr: `nutgraf: ${empty}: ${emptyHint}\n`})
  })

  it('prints a readable summary with --pretty and --format pretty, one line a value', () => {
    const article = parseArticle(exampleText)
    for (const flag of [['--pretty'], ['--format', 'pretty']]) {
      const {status, stdout} = run([...flag, example])
      expect(status).toBe(0)
      expect(stdout).toContain(`Body: ${article.body.length} paragraphs\n`)
      for (const paragraph of article.body) expect(stdout).toContain(`  ${paragraph.text}\n`)
      for (const person of article.entities.people) expect(stdout).toContain(person.name)
      for (const label of ['People', 'Organizations', 'Places', 'Dates', 'Amounts']) expect(stdout).toMatch(new RegExp(`^${label}: \\S`, 'm'))
      // Quotes: kind, words, then who said them.
      expect(article.quotes.length).toBeGreaterThan(0)
      expect(stdout).toContain(`Quotes: ${article.quotes.length} quote${article.quotes.length === 1 ? '' : 's'}\n`)
      for (const quote of article.quotes) expect(stdout).toContain(`  [${quote.kind}] “${quote.text}”${quote.speaker ? ` — ${quote.speaker.text}` : ''}`)
    }
    const many = run(['--pretty', folder]).stdout
    expect(many.match(/^==> .* <==$/gm)).toEqual(folderFiles.map((file) => `==> ${file} <==`))
    // A date written across a line break, and an escape sequence, stay inside their line.
    const wrapped = run(['--pretty', '-r', '2022-02-10', '-'], {input: 'Gen. Mark Milley\u001b[2J spoke on Tues-\nday in Minsk.\n'})
    expect(wrapped.stdout).toContain('Dates: Tues-⏎day = 2022-02-08\n')
    expect(wrapped.stdout).not.toContain('\u001b')
    for (const line of wrapped.stdout.trimEnd().split('\n')) expect(line).toMatch(/^([A-Z][a-z]+(?: date)?: |Body: \d+ paragraphs?$|References: \d+$| {2}\S)/)
  })

  it('--jobs: worker threads give the same output, in input order, as one thread', () => {
    // Long, short and failing inputs mixed, so that workers finish out of order.
    const batch = [example, folderFiles[0] as string, harbor, binary, example, folderFiles[0] as string]
    for (const format of ['json', 'pretty']) {
      const one = run(['-f', format, '-j', '1', ...batch])
      const two = run(['-f', format, '-j', '2', ...batch], {env: workersNow})
      expect(two).toEqual(one)
      expect(one.status).toBe(1)
    }
    expect(lines(run(['-f', 'jsonl', '-j', '3', ...batch], {env: workersNow}).stdout).map((record) => record['file'])).toEqual(batch)
  })

  it('JSONL records: one result line a line, fields passed through, a bad line reported in its own line; exit 0', () => {
    const records = [
      JSON.stringify({id: 'a1', text: exampleText, source: 'wire', tags: ['x']}),
      '',
      'not json',
      JSON.stringify({id: 2, text: 42}),
      JSON.stringify({id: 3, body: 'no text field'}),
      '[1, 2]',
      JSON.stringify({id: 4, text: 'Gen. Mark Milley spoke on Thursday.', referenceDate: '2022-02-10'}),
      JSON.stringify({id: 5, text: 'x', referenceDate: 'soon'}),
      `{"id": 6, "text": "caf\xe9"}`,
      JSON.stringify({text: 'Milley left Minsk.'}) + '\r',
    ]
    const input = Buffer.concat(records.map((record) => Buffer.from(record + '\n', record.includes('\xe9') ? 'latin1' : 'utf8')))
    const expected = [
      {id: 'a1', source: 'wire', tags: ['x'], article: parsed(exampleText, {referenceDate: '2022-02-10'})},
      {line: 3, error: `not JSON (${(() => { try { JSON.parse('not json') } catch (error) { return (error as Error).message } })()})`},
      {id: 2, error: '"text" is a number, not a string'},
      {id: 3, body: 'no text field', error: 'no "text" field'},
      {line: 6, error: 'not a JSON object but an array'},
      {id: 4, referenceDate: '2022-02-10', article: parsed('Gen. Mark Milley spoke on Thursday.', {referenceDate: '2022-02-10'})},
      {id: 5, referenceDate: 'soon', error: '"referenceDate": must be an ISO 8601 date such as "2022-02-10", got "soon"'},
      {id: 6, error: 'not UTF-8 text (byte 0xE9 at offset 22): convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8'},
      {article: parsed('Milley left Minsk.', {referenceDate: '2022-02-10'})},
    ]
    const single = run(['-f', 'jsonl', '-r', '2022-02-10', '-j', '1', '-'], {input})
    expect(single.status).toBe(0)
    expect(lines(single.stdout)).toEqual(expected)
    expect(single.stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^nutgraf: line 3: not JSON/),
      'nutgraf: line 4 (id 2): "text" is a number, not a string',
      'nutgraf: line 5 (id 3): no "text" field',
      'nutgraf: line 6: not a JSON object but an array',
      expect.stringMatching(/^nutgraf: line 8 \(id 5\): "referenceDate": must be/),
      expect.stringMatching(/^nutgraf: line 9 \(id 6\): not UTF-8 text/),
    ])
    // The same on worker threads, and from a .jsonl FILE.
    expect(run(['-f', 'jsonl', '-r', '2022-02-10', '-j', '2', '-'], {input, env: workersNow})).toEqual(single)
    const file = join(odd, 'records.jsonl')
    writeFileSync(file, input)
    expect(run(['-f', 'jsonl', '-r', '2022-02-10', file]).stdout).toBe(single.stdout)
    // --input text reads stdin as one article again.
    expect(lines(run(['-f', 'jsonl', '--input', 'text', '-'], {input: exampleText}).stdout)).toEqual([{file: '-', article: parsed(exampleText)}])
  })

  it('JSONL on stdin: each result line is written as soon as it is ready (a streaming mapper)', async () => {
    for (const env of [{}, workersNow]) {
      const child = spawn(process.execPath, [cli, '-f', 'jsonl', '-j', '2', '-'], {cwd: root, env: {...process.env, ...env}})
      let out = ''
      const nextLine = () =>
        new Promise<Record<string, unknown>>((resolve, reject) => {
          const check = () => {
            const end = out.indexOf('\n')
            if (end < 0) return false
            const line = out.slice(0, end)
            out = out.slice(end + 1)
            child.stdout.off('data', onData)
            resolve(JSON.parse(line) as Record<string, unknown>)
            return true
          }
          const onData = (chunk: Buffer) => {
            out += chunk.toString('utf8')
            check()
          }
          if (!check()) child.stdout.on('data', onData)
          child.once('exit', () => reject(new Error(`exited before a line came; stderr: ${String(child.stderr.read() ?? '')}`)))
        })
      // stdin stays open: the first answer must come before the second record is even sent.
      child.stdin.write(JSON.stringify({id: 1, text: 'Gen. Mark Milley spoke.'}) + '\n')
      expect(await nextLine()).toMatchObject({id: 1, article: {entities: {people: [{name: 'Mark Milley'}]}}})
      child.stdin.write(JSON.stringify({id: 2, text: 'Milley left Minsk.'}) + '\n')
      expect(await nextLine()).toMatchObject({id: 2, article: {entities: {places: [{name: 'Minsk'}]}}})
      child.stdin.end()
      const status = await new Promise((resolve) => child.once('exit', resolve))
      expect(status).toBe(0)
    }
  })

  it('shows no progress line when stderr is not a terminal', () => {
    const {stderr} = run(['-f', 'jsonl', folder])
    expect(stderr).toBe('')
  })

  it.skipIf(!existsSync('/usr/bin/script'))('shows a progress line and a summary when stderr is a terminal', () => {
    // script(1) runs the command on a pseudo-terminal; stdout goes to a file so only stderr is on the terminal.
    const out = join(folder, 'out.jsonl')
    const command = `NUTGRAF_INLINE_BYTES=0 ${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} -f jsonl -j 2 ${JSON.stringify(folder)} > ${JSON.stringify(out)}`
    const result = spawnSync('script', ['-qec', command, '/dev/null'], {cwd: root, encoding: 'utf8'})
    expect(result.stdout).toContain(`[1/2] ${folderFiles[0]}`)
    expect(result.stdout).toContain('2 of 2 parsed on 2 threads\r\n')
    expect(readFileSync(out, 'utf8').trimEnd().split('\n')).toHaveLength(2)
    rmSync(out)
  })

  it.each([
    [['--format', 'xml', example], 'unknown --format "xml": use json, jsonl or pretty'],
    [['--reference-date', '2022-13-45', example], '--reference-date: referenceDate must be an ISO 8601 date such as "2022-02-10", got "2022-13-45"'],
    [['--no-such-option', example], "unknown option '--no-such-option'"],
    [['--jobs', '0', example], '--jobs "0": give a whole number from 1 to 256'],
    [[], 'no input: give FILE, DIR or - for stdin'],
  ])('exits 2 for %j, printing the one wrong thing and where help is', (args, message) => {
    expect(run(args)).toEqual({status: 2, stdout: '', stderr: `nutgraf: ${message}\n${tryHelp}`})
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
  })

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
