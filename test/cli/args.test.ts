/** `nutgraf` arguments: what each option means, and a usage error that names the one wrong thing. */
import {availableParallelism} from 'node:os'
import {describe, expect, it} from 'vitest'
import {inputModeOf, parseCommand, type RunCommand} from '../../src/cli/args.js'

const run = (argv: string[]) => parseCommand(argv) as RunCommand

describe('parseCommand', () => {
  it('has defaults: json, .txt, one job per core', () => {
    expect(run(['a.txt'])).toEqual({kind: 'run', inputs: ['a.txt'], format: 'json', extensions: ['.txt'], jobs: availableParallelism()})
  })

  it('reads every option', () => {
    expect(run(['--pretty', '-r', '2022-02-10', '-e', 'md, txt', '-j', '3', '-i', 'jsonl', 'a', 'b'])).toEqual({
      kind: 'run',
      inputs: ['a', 'b'],
      format: 'pretty',
      input: 'jsonl',
      referenceDate: '2022-02-10',
      extensions: ['.md', '.txt'],
      jobs: 3,
    })
    expect(parseCommand(['--help', '--bogus-is-not-checked-after-help'].slice(0, 1))).toEqual({kind: 'help'})
    expect(parseCommand(['-v'])).toEqual({kind: 'version'})
  })

  it.each([
    [['--format', 'xml', 'a'], 'unknown --format "xml": use json, jsonl or pretty'],
    [['--pretty', '-f', 'jsonl', 'a'], '--pretty and --format jsonl disagree: give one of them'],
    [['--input', 'csv', 'a'], 'unknown --input "csv": use text or jsonl'],
    [[], 'no input: give FILE, DIR or - for stdin'],
    [['-', '-'], '- (stdin) is given more than once'],
    [['--ext', ',', 'a'], '--ext is empty: give extensions such as .txt,.md'],
    [['--jobs', '0', 'a'], '--jobs "0": give a whole number from 1 to 256'],
    [['--jobs', '2.5', 'a'], '--jobs "2.5": give a whole number from 1 to 256'],
    [['--jobs', 'all', 'a'], '--jobs "all": give a whole number from 1 to 256'],
    [['--reference-date', '2022-13-45', 'a'], '--reference-date: referenceDate must be an ISO 8601 date such as "2022-02-10", got "2022-13-45"'],
    [['--no-such-option', 'a'], "unknown option '--no-such-option'"],
    [['--format'], "option '-f, --format <value>' argument missing"],
  ])('rejects %j with one message', (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(message)
    try {
      parseCommand(argv)
    } catch (error) {
      expect((error as Error).message).toBe(message)
    }
  })
})

describe('inputModeOf', () => {
  it('reads - and *.jsonl as records under --format jsonl, everything else as text, unless --input says', () => {
    const jsonl = run(['-f', 'jsonl', '-'])
    expect(['-', 'a.jsonl', 'a.txt'].map((name) => inputModeOf(jsonl, name))).toEqual(['jsonl', 'jsonl', 'text'])
    const json = run(['-'])
    expect(['-', 'a.jsonl'].map((name) => inputModeOf(json, name))).toEqual(['text', 'text'])
    const forced = run(['-f', 'jsonl', '-i', 'text', '-'])
    expect(inputModeOf(forced, '-')).toBe('text')
    expect(inputModeOf(run(['--pretty', '-i', 'jsonl', 'x.txt']), 'x.txt')).toBe('jsonl')
  })
})
