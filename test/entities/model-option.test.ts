/**
 * The `model` option of parseArticle / extractEntities: a model trained on the caller's
 * data replaces the built-in one (same refiners and clustering), the built-in results
 * are the same before and after a user model was used, and anything that is not a model
 * of this format version is a clear error.
 */
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {extractEntities, parseArticle} from '../../src/index.js'
import {retextNutgraf, type NutgrafData} from '../../src/retext.js'
import {modelOption} from '../../src/entities/names/model-option.js'
import {trainModel} from '../../src/entities/names/training/index.js'
import {loanSentences, loanText} from '../helpers/loan-training.js'

// prune 1: a training set this small gives no averaged weight of 4 (the default).
const model = trainModel([{sentences: loanSentences}], {epochs: 8, prune: 1})
const names = (entities: {people: Array<{name: string}>}) => entities.people.map((person) => person.name)

describe('the model option', () => {
  it('tags with the given model: the contract roles it learned are people, which the built-in model does not find', () => {
    expect(names(extractEntities(loanText))).toEqual([])
    expect(names(extractEntities(loanText, {model}))).toEqual(['Borrower', 'Lender'])
    const article = parseArticle(`Loan terms\n\n${loanText}\n`, {model})
    expect(names(article.entities)).toEqual(['Borrower', 'Lender'])
    const mention = article.entities.people[0]?.mentions[0]
    expect(`Loan terms\n\n${loanText}\n`.slice(mention?.span.start, mention?.span.end)).toBe('Borrower')
  })

  it('the retext plugin takes it too, and checks it when attached', async () => {
    const processor = unified().use(retextEnglish).use(retextNutgraf, {model})
    const file = new VFile(loanText)
    await processor.run(processor.parse(file), file)
    expect((file.data as {nutgraf: NutgrafData}).nutgraf.entities.people.map((person) => person.name)).toEqual(['Borrower', 'Lender'])
    expect(() => retextNutgraf({model: {...model, version: 9}})).toThrow(/^nutgraf: retextNutgraf\(\) option model is format version 9, this nutgraf reads 1: update nutgraf$/)
  })

  it('keeps the lexicon and date finding of the built-in path', () => {
    const found = extractEntities(`${loanText} Ms. Jo Dee of Talnakh signed on March 3, 2021.`, {model, lexicon: {places: ['Talnakh'], people: ['Jo Dee']}})
    expect(found.places.map((place) => place.name)).toEqual(['Talnakh'])
    expect(names(found)).toContain('Jo Dee')
    expect(found.dates.map((date) => date.value)).toEqual(['P10D', '2021-03-03'])
  })

  it('leaves the built-in results as they were after a user model was used (caches are per model)', () => {
    const text = 'Gen. Mark Milley met Lukashenko in Minsk on Thursday, the Pentagon said. The Borrower paid.'
    const before = JSON.stringify(extractEntities(text))
    extractEntities(text, {model})
    extractEntities(text, {model: JSON.parse(JSON.stringify(model)) as typeof model})
    expect(JSON.stringify(extractEntities(text))).toBe(before)
  })

  it('reads the model the same when it comes from a JSON file (a copy, checked once)', () => {
    const copy = JSON.parse(JSON.stringify(model)) as typeof model
    expect(extractEntities(loanText, {model: copy})).toEqual(extractEntities(loanText, {model}))
    expect(modelOption(copy, 'extractEntities')).toBe(copy)
  })

  it.each([
    [{...model, version: 0}, 'nutgraf: extractEntities() option model is format version 0, this nutgraf reads 1: train it again'],
    [{...model, version: 2}, 'nutgraf: extractEntities() option model is format version 2, this nutgraf reads 1: update nutgraf'],
  ])('a model of another format version is an Error saying which (%#)', (value, message) => {
    expect(() => extractEntities('Paris.', {model: value})).toThrow(new Error(message))
    let thrown: unknown
    try {
      parseArticle('Paris.', {model: value})
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(Error)
    expect(thrown).not.toBeInstanceOf(TypeError)
    expect((thrown as Error).message).toBe(message.replace('extractEntities', 'parseArticle'))
  })

  it.each<[unknown, string]>([
    [null, ' must be a model from `nutgraf train`, got null'],
    ['model.json', ' must be a model from `nutgraf train`, got a string'],
    [[1, 2], ' must be a model from `nutgraf train`, got an array (length 2)'],
    [{people: ['Jo']}, ' is not a nutgraf model: no "version" and "rows"'],
    [{...model, bits: 20}, '.bits must be 22, got number 20'],
    [{...model, rice: 40}, '.rice must be 0 to 31, got number 40'],
    [{...model, features: 7}, '.features must be a string, got number 7'],
    [{...model, features: 'words'}, '.features: unknown feature set "words": tagger[+classes][+caps]'],
    [{...model, transitions: [1, 2]}, '.transitions must be 90 numbers, got an array (length 2)'],
    [{...model, levels: ['a']}, '.levels must be 1 to 85 numbers, got an array (length 1)'],
    [{...model, ids: 'not base64!'}, '.ids must be base64, got a string'],
    [{...model, rows: `${model.rows.slice(1)}`}, '.rows must be 9 characters a feature, got a string'],
    [{...model, rows: `${model.rows.slice(1)}~`}, `.rows: "~" at ${model.rows.length - 1} is no level`],
  ])('a value that is not a model is a TypeError naming what is wrong (%#)', (value, what) => {
    expect(() => extractEntities('Paris.', {model: value as typeof model})).toThrow(new TypeError(`nutgraf: extractEntities() option model${what}`))
  })
})
