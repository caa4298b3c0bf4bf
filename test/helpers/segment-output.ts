/**
 * Everything `segment` returned, as the "nothing lost" tests compare it with a gold body: the words of every part
 * (headline, dek, captions and credits, byline, dateline, body, notes, references) in input order.
 */
import {segment, type Segments} from '../../src/index.js'
import {missingSentences, wordText} from './gold-text.js'

interface Located {
  text: string
  span?: {start: number; end: number}
  spans?: Array<{start: number; end: number}>
}

/** Every text `segment` returned, in input order. */
export function outputText(result: Segments): string {
  const loose = result as Segments & {headline?: Located & {dek?: Located}; captions?: Array<Located & {credit?: Located}>; notes?: Located[]}
  const parts: Located[] = [
    ...(loose.headline ? [loose.headline, ...(loose.headline.dek ? [loose.headline.dek] : [])] : []),
    ...(loose.captions ?? (result.caption ? [result.caption] : [])).flatMap((caption) => [caption, ...(caption.credit ? [caption.credit] : [])]),
    ...(result.byline ? [result.byline] : []),
    ...(result.dateline ? [result.dateline] : []),
    ...result.body,
    ...(loose.notes ?? []),
    ...result.references,
  ]
  const at = (part: Located): number => part.span?.start ?? part.spans?.[0]?.start ?? 0
  return wordText([...parts].sort((a, b) => at(a) - at(b)).map((part) => part.text))
}

/** How many gold body sentences of `pages` are missing from everything `segment` returns, and how many gold body blocks there are. */
export function lostOf(pages: ReadonlyArray<{blocks: ReadonlyArray<{label: string; text: string}>; text?: string}>): {lost: number; total: number} {
  let lost = 0
  let total = 0
  for (const page of pages) {
    const gold = page.blocks.filter((block) => block.label === 'fulltext').map((block) => block.text)
    const input = page.text ?? page.blocks.map((block) => block.text).join('\n\n')
    total += gold.length
    lost += missingSentences(gold, outputText(segment(input))).length
  }
  return {lost, total}
}

