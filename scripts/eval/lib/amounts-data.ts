/**
 * The documents of the amounts evaluation and their hand annotations
 * (`scripts/eval/data/amounts/`): Wikinews news and interviews from GUM
 * (`../shared/eval/gum`, CC BY 2.5), the SEC filings and the re3d government press
 * releases of `../shared/eval/open-ner` (read back into text by `conll-text.ts`), and
 * the project's own finance and policy snippets (`own-texts.jsonl`, in the repository);
 * and, annotated only after the rules were written (the "blind" set), the news part of
 * UNER English PUD (CC BY-SA 3.0) and GUM's academic and court documents (CC BY 4.0).
 * Texts from `../shared` are never copied into the repository: the annotations hold
 * offsets into them and the text of each span, checked when the documents are read.
 */
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {readConllDocuments} from './conll-text.js'

/** One annotated amount: its span in the document and what it means. */
export interface GoldAmount {
  start: number
  end: number
  text: string
  type: 'MONEY' | 'PERCENT'
  value: number
  /** ISO 4217 code, `%`, `percentage-point` or `basis-point`. */
  unit: string
}

/** Where a document comes from. */
export type AmountSource = 'wikinews' | 'sec' | 're3d' | 'own' | 'pud-news' | 'gum-academic-court'

/** A document of the evaluation with its text and its gold amounts. */
export interface AmountDocument {
  id: string
  source: AmountSource
  text: string
  amounts: GoldAmount[]
}

/** The re3d sources whose licence is open (the Wikipedia part is CC BY-SA and not news). */
export const re3dSources: ReadonlyArray<[file: string, prefix: string]> = [
  ['US_State_Department.conll', 're3d-us-state'],
  ['UK_Government.conll', 're3d-uk-gov'],
  ['CENTCOM.conll', 're3d-centcom'],
  ['Australian_Department_of_Foreign_Affairs.conll', 're3d-au-dfat'],
  ['Delegation_of_the_European_Union_to_Syria.conll', 're3d-eu-syria'],
]

/** The texts of every document, by id, from `shared` (`../shared/eval`) and the repository. */
export function readAmountTexts(shared: string, dataFolder: string): {texts: Map<string, {source: AmountSource; text: string}>; missing: string[]} {
  const texts = new Map<string, {source: AmountSource; text: string}>()
  const missing: string[] = []
  const gum = join(shared, 'gum', 'gum_entities.jsonl')
  if (existsSync(gum)) {
    for (const line of readFileSync(gum, 'utf8').split('\n')) {
      if (!line) continue
      const record = JSON.parse(line) as {doc_id: string; genre: string; text_license: string; text: string}
      if (!/^CC BY \d/.test(record.text_license)) continue
      if (record.genre === 'news' || record.genre === 'interview') texts.set(record.doc_id, {source: 'wikinews', text: record.text})
      else if (record.genre === 'academic' || record.genre === 'court') texts.set(record.doc_id, {source: 'gum-academic-court', text: record.text})
    }
  } else missing.push(gum)
  for (const [file, prefix] of [['train.conll', 'sec-train'], ['test.conll', 'sec-test']] as const) {
    const documents = readConllDocuments(join(shared, 'open-ner', 'sec_filings', file), prefix)
    if (documents) for (const document of documents) texts.set(document.id, {source: 'sec', text: document.text})
    else missing.push(join(shared, 'open-ner', 'sec_filings', file))
  }
  for (const [file, prefix] of re3dSources) {
    const documents = readConllDocuments(join(shared, 'open-ner', 're3d', file), prefix)
    if (documents) for (const document of documents) texts.set(document.id, {source: 're3d', text: document.text})
    else missing.push(join(shared, 'open-ner', 're3d', file))
  }
  const pud = readConllDocuments(join(shared, 'open-ner', 'uner_en_pud', 'test.news_only.conll'), 'pud-news')
  if (pud) for (const document of pud) texts.set(document.id, {source: 'pud-news', text: document.text})
  else missing.push(join(shared, 'open-ner', 'uner_en_pud', 'test.news_only.conll'))
  for (const line of readFileSync(join(dataFolder, 'own-texts.jsonl'), 'utf8').split('\n')) {
    if (!line) continue
    const record = JSON.parse(line) as {id: string; text: string}
    texts.set(record.id, {source: 'own', text: record.text})
  }
  return {texts, missing}
}

/**
 * The annotated documents whose text is at hand, each checked: every span's text must
 * equal the document's text at its offsets. Throws on a mismatch (the joiner or the
 * source changed), so that no score is computed against shifted gold.
 */
export function readAmountDocuments(shared: string, dataFolder: string): {documents: AmountDocument[]; missing: string[]} {
  const {texts, missing} = readAmountTexts(shared, dataFolder)
  const documents: AmountDocument[] = []
  for (const line of readFileSync(join(dataFolder, 'annotations.jsonl'), 'utf8').split('\n')) {
    if (!line) continue
    const record = JSON.parse(line) as {id: string; amounts: GoldAmount[]}
    const found = texts.get(record.id)
    if (!found) continue
    for (const amount of record.amounts) {
      const actual = found.text.slice(amount.start, amount.end)
      if (actual !== amount.text) throw new Error(`${record.id}: gold ${JSON.stringify(amount.text)} at ${amount.start} but the text there is ${JSON.stringify(actual)}`)
    }
    documents.push({id: record.id, source: found.source, text: found.text, amounts: record.amounts})
  }
  return {documents, missing}
}
