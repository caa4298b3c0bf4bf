/**
 * The hand-read quote annotations (test/fixtures/quotes, conventions in its README) as
 * documents to score: the GUM Wikinews documents (their text read from ../shared/eval,
 * which is not copied into the project) and nutgraf's own quote fixtures, each with its
 * tune / held-out split.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))
const folder = join(root, 'test', 'fixtures', 'quotes')
const gumPath = join(root, '..', 'shared', 'eval', 'gum', 'gum_entities.jsonl')

/** A hand-read quote, offsets into its document's text. */
export interface GoldQuote {
  start: number
  end: number
  kind: 'direct' | 'partial' | 'indirect'
  speakerStart?: number
  speakerEnd?: number
  speakerName?: string
}

/** A document to score. */
export interface QuoteDocument {
  id: string
  source: 'gum' | 'own'
  split: 'tune' | 'heldout'
  text: string
  quotes: GoldQuote[]
  /** Predictions starting before this offset are not scored (a GUM document's title and date lines). */
  regionStart: number
}

interface Split {
  gum: {tune: string[]; heldout: string[]}
  own: {tune: string[]; heldout: string[]}
}

/** Whether the GUM data is beside the project. */
export const hasGum = (): boolean => existsSync(gumPath)

const readSplit = (): Split => JSON.parse(readFileSync(join(folder, 'split.json'), 'utf8')) as Split

/**
 * A GUM text as a news article is written: the sentences of a paragraph, one a line in
 * GUM, joined with spaces (a space for a newline keeps every offset); a caption's
 * "Image:" credit line stays on its own line.
 */
export function gumAsArticle(text: string): string {
  let out = ''
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index)
    const joinsSentences = char === '\n' && text.charAt(index - 1) !== '\n' && text.charAt(index + 1) !== '\n' && !/^(?:Image|Video|Audio)[;:]/i.test(text.slice(index + 1, index + 7))
    out += joinsSentences ? ' ' : char
  }
  return out
}

/** Where a GUM document's body starts: after its title line and a date line under it. */
function bodyStart(text: string): number {
  const title = text.indexOf('\n')
  if (title < 0) return 0
  let start = title
  while (text.charAt(start) === '\n') start++
  const line = text.slice(start, text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start))
  if (/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \w+ \d{1,2}, \d{4}$/.test(line.trim())) return start + line.length
  return title
}

/** The GUM Wikinews documents with their annotations (empty when GUM is absent). */
export function readGumDocuments(): QuoteDocument[] {
  if (!hasGum()) return []
  const split = readSplit()
  const heldout = new Set(split.gum.heldout)
  const texts = new Map<string, string>()
  for (const line of readFileSync(gumPath, 'utf8').split('\n')) {
    if (!line.trim()) continue
    const record = JSON.parse(line) as {doc_id: string; text: string}
    texts.set(record.doc_id, record.text)
  }
  const documents: QuoteDocument[] = []
  for (const line of readFileSync(join(folder, 'gum-wikinews.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue
    const record = JSON.parse(line) as {doc_id: string; quotes: Array<GoldQuote & {cueStart?: number; cueEnd?: number}>}
    const text = texts.get(record.doc_id)
    if (text === undefined) throw new Error(`GUM document ${record.doc_id} is missing from ${gumPath}`)
    documents.push({
      id: record.doc_id,
      source: 'gum',
      split: heldout.has(record.doc_id) ? 'heldout' : 'tune',
      text: gumAsArticle(text),
      quotes: record.quotes,
      regionStart: bodyStart(text),
    })
  }
  return documents
}

interface ExpectedQuote {
  span: {start: number; end: number}
  kind: GoldQuote['kind']
  speaker?: {span: {start: number; end: number}; name?: string}
}

/** nutgraf's own quote fixtures: `<slug>.txt` beside `<slug>.expected.json`. */
export function readOwnDocuments(): QuoteDocument[] {
  const split = readSplit()
  const heldout = new Set(split.own.heldout)
  return readdirSync(folder)
    .filter((name) => name.endsWith('.expected.json'))
    .sort()
    .map((name) => {
      const slug = name.replace(/\.expected\.json$/, '')
      const expected = JSON.parse(readFileSync(join(folder, name), 'utf8')) as {quotes: ExpectedQuote[]}
      return {
        id: slug,
        source: 'own' as const,
        split: heldout.has(slug) ? ('heldout' as const) : ('tune' as const),
        text: readFileSync(join(folder, `${slug}.txt`), 'utf8'),
        regionStart: 0,
        quotes: expected.quotes.map((quote) => ({
          start: quote.span.start,
          end: quote.span.end,
          kind: quote.kind,
          ...(quote.speaker ? {speakerStart: quote.speaker.span.start, speakerEnd: quote.speaker.span.end} : {}),
          ...(quote.speaker?.name ? {speakerName: quote.speaker.name} : {}),
        })),
      }
    })
}
