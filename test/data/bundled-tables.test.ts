/**
 * The large generated tables reach the code through src/data/bundled-tables.ts only, so that a
 * bundle holds them side by side and the code around them in one piece (gzip's window is 32 kB;
 * docs/results-ner.md, Session 15).
 */
import {describe, expect, it} from 'vitest'
import {importGraph} from '../../scripts/check/import-graph.js'
import * as tables from '../../src/data/bundled-tables.js'
import {companyWords, placeNames} from '../../src/data/gazetteer-lists.js'
import {nerModel} from '../../src/data/ner-model.js'
import {packedExpressions} from '../../src/data/parse-latin-expressions.js'
import {wordClasses} from '../../src/data/word-classes.js'

const tableFiles = ['data/gazetteer-lists.ts', 'data/ner-model.ts', 'data/word-classes.ts', 'data/parse-latin-expressions.ts']

describe('src/data/bundled-tables.ts', () => {
  it('is the only module of src/ that imports the four large tables', () => {
    const importers = [...importGraph()].filter(([, targets]) => targets.some((target) => tableFiles.includes(target))).map(([file]) => file)
    expect(importers).toEqual(['data/bundled-tables.ts'])
  })

  it('imports every one of them, and hands on the very same objects', () => {
    expect(importGraph().get('data/bundled-tables.ts')).toEqual(expect.arrayContaining(tableFiles))
    expect(tables.nerModel).toBe(nerModel)
    expect(tables.wordClasses).toBe(wordClasses)
    expect(tables.packedExpressions).toBe(packedExpressions)
    expect(tables.placeNames).toBe(placeNames)
    expect(tables.companyWords).toBe(companyWords)
  })
})
