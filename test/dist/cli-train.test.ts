/**
 * `nutgraf train` and `nutgraf --model` from the built CLI (dist/cli.js), end to end on
 * a tiny hand-made training file: the model it writes is what parseArticle takes, and
 * `--model` (on worker threads too) gives what parseArticle gives with that model.
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import {parseArticle} from 'nutgraf'
import {loanConll, loanText} from '../helpers/loan-training.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const cli = join(root, 'dist', 'cli.js')
const folder = mkdtempSync(join(tmpdir(), 'nutgraf-cli-train-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))
const path = (name: string) => join(folder, name)
writeFileSync(path('loan.conll'), loanConll)
writeFileSync(path('bad.conll'), 'Paris\tB-LOC\nRome\tLOC\n')
writeFileSync(path('a.txt'), `Loan terms\n\n${loanText}\n`)
writeFileSync(path('b.txt'), `${loanText} Gen. Mark Milley spoke.\n`)
writeFileSync(path('not-json.json'), 'model')
// What a model of an older format looks like to this code: a version and packed rows.
writeFileSync(path('old.json'), JSON.stringify({version: 0, features: 'tagger', rows: ''}))

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], {cwd: folder, encoding: 'utf8', env: {...process.env, ...env}})
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}
const tryTrainHelp = "Try 'nutgraf train --help' for the options.\n"

describe('nutgraf train (built)', {timeout: 60_000}, () => {
  it('trains on a CoNLL file, and nutgraf --model parses with that model, on worker threads too', () => {
    const trained = run(['train', 'loan.conll', '--held-out-every', '0', '--prune', '1', '-o', 'model.json'])
    expect(trained.stderr).toMatch(/^training on 1 documents, 265 tokens, 75 entities; held out: 0 documents, 0 tokens \(none \(--held-out-every 0\)\)$/m)
    expect(trained.stderr).toMatch(/^wrote model\.json/m)
    expect(trained.status).toBe(0)
    const model = JSON.parse(readFileSync(path('model.json'), 'utf8'))
    const expected = ['a.txt', 'b.txt'].map((file) => JSON.stringify({file, article: parseArticle(readFileSync(path(file), 'utf8'), {model})}))
    const parsed = run(['--model', 'model.json', '-f', 'jsonl', '-j', '2', 'a.txt', 'b.txt'], {NUTGRAF_INLINE_BYTES: '0'})
    expect(parsed.stderr).toBe('')
    expect(parsed.stdout.trimEnd().split('\n')).toEqual(expected)
    expect(parsed.stdout).toContain('"name":"Borrower"')
    expect(run(['-f', 'jsonl', 'a.txt']).stdout).not.toContain('"name":"Borrower"')
  })

  it.each([
    [['train', 'loan.conll'], `nutgraf: train: no --output: give -o model.json (or -o - for stdout)\n${tryTrainHelp}`, 2],
    [['train', '--format', 'csv', 'loan.conll', '-o', 'm.json'], `nutgraf: train: unknown --format "csv": use conll or jsonl\n${tryTrainHelp}`, 2],
    [['train', 'bad.conll', '-o', 'm.json'], 'nutgraf: train: bad.conll:2: "LOC" is not an IOB tag (O, B-TYPE, I-TYPE)\n', 1],
    [['train', 'missing.conll', '-o', 'm.json'], 'nutgraf: train: missing.conll: no such file or directory\n', 1],
    [['--model', 'missing.json', 'a.txt'], 'nutgraf: --model missing.json: no such file or directory\n', 2],
    [['--model', 'not-json.json', 'a.txt'], /^nutgraf: --model not-json\.json: not JSON \(Unexpected token .*\)\n$/, 2],
    [['--model', 'old.json', 'a.txt'], 'nutgraf: --model old.json: model is format version 0, this nutgraf reads 1: train it again\n', 2],
    [['--model', 'loan.conll', 'a.txt'], /^nutgraf: --model loan\.conll: not JSON/, 2],
  ])('errors: %j', (args, message, status) => {
    const result = run(args)
    expect(result.stdout).toBe('')
    if (typeof message === 'string') expect(result.stderr).toBe(message)
    else expect(result.stderr).toMatch(message)
    expect(result.status).toBe(status)
  })

  it('prints its help', () => {
    const help = run(['train', '--help'])
    expect(help.status).toBe(0)
    expect(help.stdout).toMatch(/^usage: nutgraf train \[options\] FILE… -o model\.json$/m)
    expect(run(['--help']).stdout).toContain('nutgraf train [options] FILE… -o model.json')
  })
})
