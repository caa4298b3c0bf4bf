/**
 * Links: URLs inside body paragraphs stay in the text and are reported as links too; a URL on a
 * line that no part holds, after the body's start, is reported as a link rather than dropped.
 *
 * @internal
 */
import type {Paragraph, Reference, Segments, Span} from '../types.js'
import type {Line} from './lines.js'
import type {LineRole} from './line-roles.js'
import {findUrls} from './rules/url-line.js'
import {lastAtOrBefore} from '../internal/search.js'

/** A rule line between sections ("___", "* * *"). */
const RULE = /^[\s_*=~-]{3,80}$/u

/**
 * URLs inside body paragraphs stay in the text and are also reported as links, in input order.
 *
 * @example
 * ```ts
 * const body = [{text: 'See https://x.com now.', spans: [{start: 0, end: 22}]}]
 * withInlineLinks('See https://x.com now.', [], body)[0]?.url // 'https://x.com'
 * ```
 */
export function withInlineLinks(source: string, references: Reference[], body: readonly Paragraph[]): Reference[] {
  const inline: Reference[] = []
  for (const paragraph of body) {
    for (const span of paragraph.spans) {
      for (const {url, index} of findUrls(source.slice(span.start, span.end))) {
        const start = span.start + index
        inline.push({kind: 'link', text: url, url, span: {start, end: start + url.length}})
      }
    }
  }
  if (inline.length === 0) return references
  return [...references, ...inline].sort((a, b) => a.span.start - b.span.start)
}

/**
 * A URL on a line after the body's start that no part holds ("Follow AP's coverage at https://…",
 * under a "___" rule) is reported as a link, not dropped: the whole line when it holds only that link.
 *
 * @example
 * ```ts
 * const text = 'The vote passed.\n\nFollow our coverage at https://x.com/live'
 * const lines = splitLines(text)
 * withStrayLinks(lines, roleLines(lines), segment(text)).at(-1)?.url // 'https://x.com/live'
 * ```
 */
export function withStrayLinks(lines: readonly Line[], roles: readonly LineRole[], segments: Segments): Reference[] {
  const start = segments.body[0]?.spans[0]?.start
  if (start === undefined) return segments.references
  const held = mergedSpans([
    ...segments.body.flatMap((paragraph) => paragraph.spans),
    ...segments.notes.map((note) => note.span),
    ...segments.captions.map((caption) => caption.span),
    ...segments.references.map((reference) => reference.span),
  ])
  // The article ends with its last paragraph or note (a copyright line may close the page after links).
  const end = Math.max(...segments.body.flatMap((paragraph) => paragraph.spans.map((span) => span.end)), ...segments.notes.filter((note) => note.kind !== 'copyright').map((note) => note.span.end))
  const stray: Reference[] = []
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as Line
    const role = roles[index]?.kind
    if (line.start < start) continue
    // After the article: only a run of link lines, blank lines and rules ("___"); then the page's own text.
    if (line.start >= end && role !== 'text' && role !== 'blank' && role !== 'furniture') break
    if (role !== 'text' || (line.start < end && overlaps(held, line))) continue
    const urls = line.text.includes('.') ? findUrls(line.text) : []
    if (line.start >= end && urls.length === 0) {
      if (RULE.test(line.text)) continue
      break
    }
    // A line of one link is the reference, words and all ("Follow AP's coverage of the weather at https://…").
    if (urls.length === 1 && !overlaps(held, line)) {
      stray.push({kind: 'link', text: line.text, url: (urls[0] as {url: string}).url, span: {start: line.start, end: line.end}})
      continue
    }
    for (const {url, index: at} of urls) {
      const span = {start: line.start + at, end: line.start + at + url.length}
      if (!overlaps(held, span)) stray.push({kind: 'link', text: url, url, span})
    }
  }
  if (stray.length === 0) return segments.references
  return [...segments.references, ...stray].sort((a, b) => a.span.start - b.span.start)
}

/** The union of `spans`, as disjoint spans in input order. */
function mergedSpans(spans: Span[]): Span[] {
  const merged: Span[] = []
  for (const span of spans.sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1]
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end)
    else merged.push({start: span.start, end: span.end})
  }
  return merged
}

/** Whether `span` overlaps one of the disjoint, ordered `spans`: the last one starting before it ends. */
function overlaps(spans: readonly Span[], span: Span): boolean {
  const at = spans[lastAtOrBefore(spans.length, (index) => (spans[index] as Span).start, span.end - 1)]
  return at !== undefined && at.start < span.end && span.start < at.end
}
