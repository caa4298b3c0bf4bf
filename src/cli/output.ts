/**
 * Output of `nutgraf`: one result at a time in the chosen format, so that a batch is
 * printed while it is parsed.
 *
 * @internal
 */
import type {Article} from '../index.js'
import type {Format} from './args.js'

/** The result of one input: its article, or why it failed. */
export interface Result {
  file: string
  article?: Article
  error?: string
}

/** Text to print before the first result, for each result, and after the last. */
export interface Printer {
  open: string
  item: (result: Result, index: number) => string
  close: string
}

/**
 * The printer of a format. `single` is true when one FILE or `-` was given: JSON then
 * prints the bare article (nothing on failure: the error goes to stderr), as
 * `nutgraf FILE` always has; otherwise JSON is an array of results.
 */
export function printerFor(format: Format, single: boolean): Printer {
  switch (format) {
    case 'jsonl':
      return {open: '', item: (result) => JSON.stringify(result) + '\n', close: ''}
    case 'pretty':
      return {
        open: '',
        item: (result, index) =>
          (single ? '' : `${index > 0 ? '\n' : ''}==> ${result.file} <==\n`) +
          (result.article ? summarize(result.article) : `error: ${result.error ?? 'unknown'}\n`),
        close: '',
      }
    case 'json':
      if (single) return {open: '', item: (result) => (result.article ? JSON.stringify(result.article, null, 2) + '\n' : ''), close: ''}
      return {
        open: '[',
        item: (result, index) => (index > 0 ? ',\n' : '\n') + indent(JSON.stringify(result, null, 2)),
        close: '\n]\n',
      }
  }
}

function indent(text: string): string {
  return text.replace(/^/gm, '  ')
}

/** A short readable summary of an article: its parts, then its entities. */
function summarize(article: Article): string {
  const out: string[] = []
  if (article.caption) out.push(`Caption: ${article.caption.text}`)
  if (article.caption?.credit) out.push(`Credit:  ${article.caption.credit.text}`)
  if (article.byline) out.push(`Byline:  ${article.byline.text}`)
  if (article.dateline) out.push(`Dateline: ${article.dateline.text}`)
  out.push(`Body: ${article.body.length} paragraphs`)
  for (const paragraph of article.body) out.push(`  ${paragraph.text}`)
  out.push(`References: ${article.references.length}`)
  for (const reference of article.references) {
    out.push(`  [${reference.kind}] ${reference.title ?? reference.name ?? reference.text}${reference.url ? ` <${reference.url}>` : ''}`)
  }
  const {people, organizations, places, dates, amounts} = article.entities
  const list = (label: string, items: Array<{name: string; title?: string; mentions: unknown[]}>) =>
    out.push(`${label}: ${items.map((item) => `${item.title ? `${item.title} ` : ''}${item.name} (${item.mentions.length})`).join('; ') || '(none)'}`)
  list('People', people)
  list('Organizations', organizations)
  list('Places', places)
  out.push(`Dates: ${dates.map((date) => (date.value === undefined ? date.text : `${date.text} = ${date.value}`)).join('; ') || '(none)'}`)
  out.push(`Amounts: ${amounts.map((amount) => `${amount.text} = ${amount.value}${amount.unit ? ` ${amount.unit}` : ''}`).join('; ') || '(none)'}`)
  if (article.referenceDate) out.push(`Reference date: ${article.referenceDate.value} (${article.referenceDate.source})`)
  return out.join('\n') + '\n'
}
