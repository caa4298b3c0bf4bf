/**
 * Output of `nutgraf`: each result is rendered on its own (in a worker thread when there
 * are several), and the main thread only frames the rendered results in input order, so a
 * batch is printed while it is parsed.
 *
 * @internal
 */
import type {Article} from '../index.js'
import type {Format} from './args.js'

/** The result of one input file: its article, or why it failed. */
export interface FileResult {
  file: string
  article?: Article
  error?: string
}

/** The result of one JSONL record: its fields but `text`, and its article or why it failed. */
export type RecordResult = Record<string, unknown> & {article?: Article; error?: string}

/** How results are rendered: the format, and whether the run has one FILE or `-` only. */
export interface RenderSettings {
  format: Format
  /** One FILE or `-` in text mode: JSON prints the bare article, pretty prints no header. */
  single: boolean
}

/**
 * One result as printed, without what goes between results. `label` names it in
 * `--pretty` headers (the file, or the record's id).
 */
export function render(result: FileResult | RecordResult, label: string, settings: RenderSettings): string {
  switch (settings.format) {
    case 'jsonl':
      return JSON.stringify(result) + '\n'
    case 'pretty': {
      const body = result.article ? summarize(result.article) : `error: ${oneLine(String(result.error ?? 'unknown'))}\n`
      return (settings.single ? '' : `==> ${oneLine(label)} <==\n`) + body
    }
    case 'json':
      if (settings.single) return result.article ? JSON.stringify(result.article, null, 2) + '\n' : ''
      return JSON.stringify(result, null, 2).replace(/^/gm, '  ')
  }
}

/** Text printed before the first result, between two results, and after the last. */
export interface Framing {
  open: string
  between: string
  close: string
}

/** The framing of a format: JSON of several results is an array; `--pretty` puts a blank line between results. */
export function framingOf(settings: RenderSettings): Framing {
  if (settings.format === 'json' && !settings.single) return {open: '[\n', between: ',\n', close: '\n]\n'}
  if (settings.format === 'pretty' && !settings.single) return {open: '', between: '\n', close: ''}
  return {open: '', between: '', close: ''}
}

/**
 * A value shown on one terminal line: a line break becomes ⏎ and any other control
 * character a visible `\u{…}` escape, so a value never breaks the summary's layout or
 * sends escape sequences to the terminal.
 */
export function oneLine(value: string): string {
  return value
    .replace(/\r\n|[\n\r\u2028\u2029]/g, '⏎')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (char) => `\\u{${(char.codePointAt(0) as number).toString(16)}}`)
}

/** A short readable summary of an article: its parts, then its quotes and entities; every value on one line. */
function summarize(article: Article): string {
  const out: string[] = []
  const line = (label: string, value: string) => out.push(`${label}${oneLine(value)}`)
  const count = (label: string, items: readonly unknown[], singular: string, plural = `${singular}s`) => out.push(`${label}: ${items.length} ${items.length === 1 ? singular : plural}`)
  if (article.headline) line('Headline: ', article.headline.text)
  if (article.headline?.dek) line('Dek:      ', article.headline.dek.text)
  for (const caption of article.captions) {
    line('Caption: ', caption.text)
    if (caption.credit) line('Credit:  ', caption.credit.text)
  }
  if (article.byline) line('Byline:  ', article.byline.text)
  if (article.dateline) line('Dateline: ', `${article.dateline.text}${article.dateline.date ? ` (date: ${article.dateline.date})` : ''}`)
  count('Body', article.body, 'paragraph')
  for (const paragraph of article.body) line(paragraph.list ? '  • ' : '  ', paragraph.text)
  if (article.notes.length > 0) {
    count('Notes', article.notes, 'note')
    for (const note of article.notes) line(`  [${note.kind}] `, note.text)
  }
  out.push(`References: ${article.references.length}`)
  for (const reference of article.references) {
    line(`  [${reference.kind}] `, `${reference.title ?? reference.name ?? reference.text}${reference.url ? ` <${reference.url}>` : ''}`)
  }
  if (article.quotes.length > 0) {
    count('Quotes', article.quotes, 'quote')
    for (const quote of article.quotes) {
      const speaker = quote.speaker ? ` — ${quote.speaker.name && quote.speaker.name !== quote.speaker.text ? `${quote.speaker.text} (${quote.speaker.name})` : quote.speaker.text}` : ''
      line(`  [${quote.kind}] `, `“${quote.text}”${speaker}${quote.cue ? `, ${quote.cue.text}` : ''}`)
    }
  }
  const {people, organizations, places, dates, amounts} = article.entities
  const list = (label: string, items: Array<{name: string; title?: string; mentions: unknown[]}>) =>
    line(`${label}: `, items.map((item) => `${item.title ? `${item.title} ` : ''}${item.name} (${item.mentions.length})`).join('; ') || '(none)')
  list('People', people)
  list('Organizations', organizations)
  list('Places', places)
  line('Dates: ', dates.map((date) => (date.value === undefined ? date.text : `${date.text} = ${date.value}`)).join('; ') || '(none)')
  line('Amounts: ', amounts.map((amount) => `${amount.text} = ${amount.value}${amount.unit ? ` ${amount.unit}` : ''}`).join('; ') || '(none)')
  if (article.referenceDate) line('Reference date: ', `${article.referenceDate.value} (${article.referenceDate.source})`)
  return out.join('\n') + '\n'
}
