/**
 * `nutgraf FILE|-`: print the parse of an article as JSON, or with `--pretty` as a
 * short readable summary.
 *
 * @internal
 */
import {readFileSync} from 'node:fs'
import {parseArticle, type Article, type ParseOptions} from './index.js'

const usage = `usage: nutgraf [--pretty] [--reference-date YYYY-MM-DD] FILE|-`

function main(argv: string[]): number {
  let pretty = false
  let file: string | undefined
  const options: ParseOptions = {}
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] as string
    if (arg === '--pretty') pretty = true
    else if (arg === '--reference-date') options.referenceDate = argv[++index] ?? ''
    else if (arg === '-h' || arg === '--help') {
      process.stdout.write(usage + '\n')
      return 0
    } else file = arg
  }
  if (file === undefined) {
    process.stderr.write(usage + '\n')
    return 2
  }
  const text = readFileSync(file === '-' ? 0 : file, 'utf8')
  const article = parseArticle(text, options)
  process.stdout.write(pretty ? summary(article) : JSON.stringify(article, null, 2) + '\n')
  return 0
}

function summary(article: Article): string {
  const out: string[] = []
  if (article.caption) out.push(`Caption: ${article.caption.text}`)
  if (article.caption?.credit) out.push(`Credit:  ${article.caption.credit.text}`)
  if (article.byline) out.push(`Byline:  ${article.byline.text}`)
  if (article.dateline) out.push(`Dateline: ${article.dateline.text}`)
  out.push(`Body: ${article.body.length} paragraphs`)
  for (const paragraph of article.body) out.push(`  ${paragraph.text}`)
  out.push(`References: ${article.references.length}`)
  for (const reference of article.references) out.push(`  [${reference.kind}] ${reference.title ?? reference.name ?? reference.text}${reference.url ? ` <${reference.url}>` : ''}`)
  const {people, organizations, places, dates} = article.entities
  const list = (label: string, items: Array<{name: string; mentions: unknown[]}>) =>
    out.push(`${label}: ${items.map((item) => `${item.name} (${item.mentions.length})`).join('; ')}`)
  list('People', people)
  list('Organizations', organizations)
  list('Places', places)
  out.push(`Dates: ${dates.map((date) => `${date.text} = ${date.value ?? '?'}`).join('; ')}`)
  if (article.referenceDate) out.push(`Reference date: ${article.referenceDate.value} (${article.referenceDate.source})`)
  return out.join('\n') + '\n'
}

try {
  process.exitCode = main(process.argv.slice(2))
} catch (error) {
  process.stderr.write(`nutgraf: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
}
