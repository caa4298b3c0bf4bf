/**
 * Turn hand annotations written as words (test/fixtures/quotes/heldout-annotations.txt and
 * tune-annotations.txt:
 * `kind | quoted text | speaker words | speaker name | cue`, one quote a line, in text
 * order) into the `<slug>.expected.json` files the quote eval reads, by finding each
 * piece of text in the fixture: the quote at or after the one before it, the speaker
 * words and the cue at the occurrence nearest the quote (with a leading `^`: the nearest
 * before it). It only locates what was written by hand; it never runs nutgraf. A line
 * whose words are not found stops the script.
 *
 * Usage: `npx tsx scripts/generate/quote-fixture-spans.ts`
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const folder = fileURLToPath(new URL('../../test/fixtures/quotes/', import.meta.url))

interface Span {
  start: number
  end: number
}

const isWordChar = (char: string): boolean => /[\p{L}\p{N}]/u.test(char)

/** Every whole-word occurrence of `words` in `text`. */
function occurrences(text: string, words: string): Span[] {
  const found: Span[] = []
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    const end = at + words.length
    if (isWordChar(words.charAt(0)) && isWordChar(text.charAt(at - 1))) continue
    if (isWordChar(words.charAt(words.length - 1)) && isWordChar(text.charAt(end))) continue
    found.push({start: at, end})
  }
  return found
}

const gap = (a: Span, b: Span): number => Math.max(0, a.start - b.end, b.start - a.end)

/** The occurrence of `written` nearest `quote` (before it only, when written with `^`). */
function nearest(text: string, written: string, quote: Span, slug: string): {text: string; span: Span} {
  const before = written.startsWith('^')
  const words = before ? written.slice(1) : written
  const candidates = occurrences(text, words).filter((span) => (before ? span.end <= quote.start : span.end <= quote.start || span.start >= quote.end))
  const best = candidates.sort((a, b) => gap(a, quote) - gap(b, quote))[0]
  if (!best) throw new Error(`${slug}: "${written}" not found near ${quote.start}`)
  return {text: words, span: best}
}

const annotations = ['heldout-annotations.txt', 'tune-annotations.txt'].map((name) => readFileSync(join(folder, name), 'utf8')).join('\n')
for (const section of annotations.split(/^== /m).slice(1)) {
  const [head, ...lines] = section.split('\n')
  const slug = (head as string).trim()
  const text = readFileSync(join(folder, `${slug}.txt`), 'utf8')
  let from = 0
  const quotes = lines
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [kind, quoted, speaker, name, cue] = line.split(' | ').map((part) => part.trim()) as [string, string, string, string, string]
      const start = text.indexOf(quoted, from)
      if (start < 0) throw new Error(`${slug}: quote not found: ${quoted}`)
      from = start + 1
      const span = {start, end: start + quoted.length}
      const who = speaker === '-' ? undefined : nearest(text, speaker, span, slug)
      const said = cue === '-' ? undefined : nearest(text, cue, span, slug)
      return {
        text: quoted,
        span,
        spans: [span],
        kind,
        ...(who ? {speaker: {...who, ...(name === '-' ? {} : {name})}} : {}),
        ...(said ? {cue: said} : {}),
      }
    })
  const expected = {source: `${slug}.txt`, note: 'Quotes read by hand (conventions: README.md beside this file; words in heldout-annotations.txt / tune-annotations.txt, located by scripts/generate/quote-fixture-spans.ts).', quotes}
  writeFileSync(join(folder, `${slug}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`)
  console.log(`${slug}: ${quotes.length} quotes`)
}
