/** `nutgraf train` in process: its arguments, reading, the held-out split, the score table and the model it writes. */
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {UsageError} from '../../src/cli/args.js'
import {parseTrainCommand, type TrainCommand} from '../../src/cli/train-args.js'
import {runTrain, scoreTable, TrainError} from '../../src/cli/train.js'
import {extractEntities} from '../../src/index.js'
import {loanConll, loanSentences, loanText} from '../helpers/loan-training.js'

const folder = mkdtempSync(join(tmpdir(), 'nutgraf-train-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))
const file = (name: string, text: string) => {
  writeFileSync(join(folder, name), text)
  return join(folder, name)
}

async function train(argv: string[]): Promise<{status: number; stderr: string; stdout: string}> {
  const command = parseTrainCommand(argv) as TrainCommand
  let stderr = ''
  let stdout = ''
  const status = await runTrain(command, {out: async (text) => void (stdout += text), err: (text) => void (stderr += text)})
  return {status, stderr, stdout}
}

describe('nutgraf train arguments', () => {
  it('reads files, output, held-out and epochs; holds out every 10th document by default', () => {
    expect(parseTrainCommand(['a.conll', 'b.jsonl', '-o', 'm.json'])).toEqual({kind: 'train', inputs: ['a.conll', 'b.jsonl'], output: 'm.json', heldOut: [], heldOutEvery: 10, epochs: 8, prune: 4})
    expect(parseTrainCommand(['-f', 'jsonl', 'a.txt', '--held-out', 'x', '--held-out', 'y', '--epochs', '3', '--prune', '0.5', '-o', '-'])).toEqual({
      kind: 'train',
      format: 'jsonl',
      inputs: ['a.txt'],
      output: '-',
      heldOut: ['x', 'y'],
      heldOutEvery: 0,
      epochs: 3,
      prune: 0.5,
    })
    expect(parseTrainCommand(['--help'])).toEqual({kind: 'train-help'})
  })

  it.each([
    [['a.conll'], 'train: no --output: give -o model.json (or -o - for stdout)'],
    [['-o', 'm.json'], 'train: no training data: give one or more FILEs'],
    [['-f', 'csv', 'a', '-o', 'm'], 'train: unknown --format "csv": use conll or jsonl'],
    [['a', '-o', 'm', '--epochs', '0'], '--epochs "0": give a whole number from 1 to 1000'],
    [['a', '-o', 'm', '--prune', 'four'], '--prune "four": give a number from 0, such as 4 or 0.5'],
    [['a', '-o', 'm', '--held-out', 'b', '--held-out-every', '5'], 'train: --held-out and --held-out-every disagree: give one of them'],
    [['a', '-o', 'm', '--bogus'], "train: unknown option '--bogus'"],
  ])('a usage error names the one thing wrong (%j)', (argv, message) => {
    expect(() => parseTrainCommand(argv)).toThrow(new UsageError(message))
  })
})

describe('nutgraf train', () => {
  it('trains on CoNLL, scores the held-out file next to the built-in model, and writes a model parseArticle takes', async () => {
    const input = file('loan.conll', loanConll)
    const heldOut = file('held.conll', 'The\tO\nLender\tB-PER\nshall\tO\nnotify\tO\nthe\tO\nBorrower\tB-PER\n.\tO\n')
    const output = join(folder, 'model.json')
    const {status, stderr, stdout} = await train([input, '--held-out', heldOut, '--prune', '1', '-o', output])
    expect(status).toBe(0)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^training on 1 documents, 265 tokens, 75 entities; held out: 1 documents, 7 tokens \(--held-out .*held\.conll\)$/m)
    expect(stderr).toMatch(/^epoch 8\/8: [\d,]+ tokens tagged wrong \(CPU [\d.]+ s\)$/m)
    // Both roles found by the new model (recall 100), neither by the built-in one.
    expect(stderr).toMatch(/^PER +2 +[\d.]+ +100\.0 +[\d.]+ +0\.0 +0\.0 +0\.0$/m)
    expect(stderr).toMatch(/^wrote .*model\.json \(\d+ KB\) in [\d.]+ s \(CPU [\d.]+ s\)$/m)
    const model = JSON.parse(readFileSync(output, 'utf8'))
    expect(model.version).toBe(1)
    expect(extractEntities(loanText, {model}).people.map((person) => person.name)).toEqual(['Borrower', 'Lender'])
  })

  it('trains on JSONL with character offsets, holding out every Nth record, and writes to stdout with -o -', async () => {
    const records = loanSentences.map((sentence) => {
      let text = ''
      const entities: Array<{start: number; end: number; type: string}> = []
      sentence.words.forEach((word, index) => {
        if (text && word !== '.') text += ' '
        const tag = sentence.tags[index] as string
        if (tag.startsWith('B-')) entities.push({start: text.length, end: text.length + word.length, type: tag === 'B-PER' ? 'person' : 'ORG'})
        else if (tag.startsWith('I-')) (entities.at(-1) as {end: number}).end = text.length + word.length
        text += word
      })
      return JSON.stringify({text, entities})
    })
    const input = file('loan.jsonl', records.join('\n') + '\n')
    const {status, stderr, stdout} = await train([input, '--held-out-every', '5', '-o', '-'])
    expect(status).toBe(0)
    expect(stderr).toMatch(/^training on 20 documents, \d+ tokens, 60 entities; held out: 5 documents, \d+ tokens \(every 5th document\)$/m)
    expect(JSON.parse(stdout).version).toBe(1)
  })

  it('stops at a malformed line with file:line, and when there is nothing to learn', async () => {
    const bad = file('bad.conll', 'Paris\tB-LOC\nRome\n')
    await expect(train([bad, '-o', join(folder, 'x.json')])).rejects.toThrow(new TrainError(`${bad}:2: a token line needs a tag in its last column, got "Rome"`))
    const plain = file('plain.conll', 'It\tO\nrained\tO\n')
    await expect(train([plain, '-o', join(folder, 'x.json')])).rejects.toThrow(new TrainError('no PER, ORG, LOC or MISC entities to learn in the training documents'))
    await expect(train([join(folder, 'missing.conll'), '-o', join(folder, 'x.json')])).rejects.toThrow(new TrainError(`${join(folder, 'missing.conll')}: no such file or directory`))
  })

  it('prints a row a type, the built-in column blank where it has no such type', () => {
    const score = (type: string, f1: number) => ({type, gold: 4, predicted: 4, correct: 2, precision: 0.5, recall: 0.5, f1})
    expect(scoreTable([score('LOC', 0.5)], []).split('\n')).toEqual([
      'type    gold   your model P / R / F1    built-in P / R / F1',
      'LOC        4    50.0  50.0  50.0        -     -     -',
    ])
  })
})
