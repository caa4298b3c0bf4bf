/** Reading training data for `nutgraf train`: CoNLL columns, and JSONL aligned to nutgraf's own words. */
import {describe, expect, it} from 'vitest'
import {emptyNotes, readConll, readJsonlRecord, TrainDataError} from '../../src/cli/train-data.js'

describe('readConll', () => {
  it('reads documents, sentences, the last column as the tag; IOBES and aliases become BIO over PER/ORG/LOC/MISC', () => {
    const notes = emptyNotes()
    const text = '-DOCSTART- -X- O O\n\nMark NNP B-PER\nMilley NNP E-PER\nspoke VBD O\n\nin IN O\nParis NNP S-GPE\n\n-DOCSTART- O\n\nNASA B-ORGANIZATION\nand O\nESA B-DATE\n'
    expect(readConll(text, 'a.conll', notes)).toEqual([
      {source: 'a.conll', sentences: [{words: ['Mark', 'Milley', 'spoke'], tags: ['B-PER', 'I-PER', 'O']}, {words: ['in', 'Paris'], tags: ['O', 'B-LOC']}]},
      {source: 'a.conll', sentences: [{words: ['NASA', 'and', 'ESA'], tags: ['B-ORG', 'O', 'O']}]},
    ])
    expect(notes.ignoredTypes).toEqual(new Map([['DATE', 1]]))
  })

  it('makes one document a sentence when the file has no -DOCSTART-', () => {
    const documents = readConll('Paris\tB-LOC\n\r\nRome\tB-LOC\n', 'b.conll', emptyNotes())
    expect(documents.map((document) => document.sentences.length)).toEqual([1, 1])
  })

  it.each([
    ['Paris\n', 'b.conll:1: a token line needs a tag in its last column, got "Paris"'],
    ['Paris LOC\n', 'b.conll:1: "LOC" is not an IOB tag (O, B-TYPE, I-TYPE)'],
  ])('stops at a malformed line with file:line (%j)', (text, message) => {
    expect(() => readConll(text, 'b.conll', emptyNotes())).toThrow(new TrainDataError(message))
  })
})

describe('readJsonlRecord', () => {
  it("tokenizes the text as nutgraf does and tags the words each entity covers", () => {
    const text = "Gen. Mark Milley met Belarus's envoy. He left NATO headquarters."
    const at = (part: string) => ({start: text.indexOf(part), end: text.indexOf(part) + part.length})
    const notes = emptyNotes()
    const document = readJsonlRecord(JSON.stringify({text, entities: [{...at('Mark Milley'), type: 'person'}, {...at('Belarus'), type: 'LOC'}, {...at('NATO'), type: 'ORG'}, {...at('envoy'), type: 'ROLE'}]}), 'c.jsonl:1', notes)
    expect(document.sentences).toEqual([
      {words: ['Gen.', 'Mark', 'Milley', 'met', 'Belarus', "'s", 'envoy', '.'], tags: ['O', 'B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'O', 'O']},
      {words: ['He', 'left', 'NATO', 'headquarters', '.'], tags: ['O', 'O', 'B-ORG', 'O', 'O']},
    ])
    expect(notes).toEqual({ignoredTypes: new Map([['ROLE', 1]]), inexact: 0, overlapping: 0})
  })

  it('counts an entity that ends inside a word and one that overlaps another', () => {
    const text = 'The U.S.-based firm Acme Corp'
    const notes = emptyNotes()
    readJsonlRecord(JSON.stringify({text, entities: [{start: 4, end: 8, type: 'LOC'}, {start: 20, end: 29, type: 'ORG'}, {start: 25, end: 29, type: 'ORG'}]}), 'x', notes)
    expect([notes.inexact, notes.overlapping]).toEqual([1, 1])
  })

  it.each([
    ['{"text": 1, "entities": []}', 'x: "text" must be a string'],
    ['{"text": "ab", "entities": [{"start": 1, "end": 5, "type": "PER"}]}', 'x: entities[0] needs whole-number offsets with 0 <= start < end <= 2 (the text\'s length in UTF-16 code units)'],
    ['{"text": "ab"}', 'x: "entities" must be an array of {start, end, type}'],
    ['[1]', 'x: not a JSON object'],
  ])('stops at a bad record (%s)', (line, message) => {
    expect(() => readJsonlRecord(line, 'x', emptyNotes())).toThrow(new TrainDataError(message))
  })
})
