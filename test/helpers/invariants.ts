/**
 * The invariants of DESIGN.md, checked on any result. Every test that produces a
 * result can call these; they throw (through `expect`) on the first violation.
 */
import {expect} from 'vitest'
import type {Article, Entities, Mention, Quote, Segments, Span} from '../../src/index.js'

export function expectSpanInside(input: string, span: Span): void {
  // Fast path: a plain check first, so megabyte inputs with 100,000s of spans stay quick.
  if (Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.end >= span.start && span.end <= input.length) return
  expect(Number.isInteger(span.start) && Number.isInteger(span.end)).toBe(true)
  expect(span.start).toBeGreaterThanOrEqual(0)
  expect(span.end).toBeGreaterThanOrEqual(span.start)
  expect(span.end).toBeLessThanOrEqual(input.length)
}

export function expectMention(input: string, mention: Mention): void {
  expectSpanInside(input, mention.span)
  if (input.slice(mention.span.start, mention.span.end) === mention.text) return
  expect(input.slice(mention.span.start, mention.span.end)).toBe(mention.text)
}

/** Spans in order and not overlapping. */
export function expectOrdered(spans: readonly Span[]): void {
  for (let index = 1; index < spans.length; index++) {
    const previous = spans[index - 1] as Span
    const current = spans[index] as Span
    if (current.start >= previous.end) continue
    expect(current.start, `span ${index} starts before span ${index - 1} ends`).toBeGreaterThanOrEqual(previous.end)
  }
}

export function expectEntities(input: string, entities: Entities): void {
  const all: Span[] = []
  for (const list of [entities.people, entities.organizations, entities.places]) {
    for (const entity of list) {
      expect(typeof entity.name).toBe('string')
      expect(entity.name.length).toBeGreaterThan(0)
      for (const mention of entity.mentions) expectMention(input, mention)
      expectOrdered(entity.mentions.map((mention) => mention.span))
      for (const mention of entity.mentions) all.push(mention.span)
    }
  }
  // No two name mentions overlap, whatever their kind.
  expectOrdered([...all].sort((a, b) => a.start - b.start || a.end - b.end))
  for (const date of entities.dates) {
    expectMention(input, date)
    expect(['DATE', 'TIME', 'DURATION', 'SET']).toContain(date.type)
  }
  expectOrdered(entities.dates.map((date) => date.span))
  for (const amount of entities.amounts) {
    expectMention(input, amount)
    expect(['MONEY', 'PERCENT']).toContain(amount.type)
    expect(Number.isFinite(amount.value)).toBe(true)
  }
  expectOrdered(entities.amounts.map((amount) => amount.span))
}

export function expectSegments(input: string, segments: Segments): void {
  const own: Span[] = []
  if (segments.caption) {
    expectSpanInside(input, segments.caption.span)
    // Whitespace as src/segment/lines.ts `isSpace` sees it (\s misses the zero-width space and U+180E).
    expect(input.slice(segments.caption.span.start, segments.caption.span.end).replace(/[\s\u200b\u180e]+/g, ' ')).toContain(
      segments.caption.text.replace(/[\s\u200b\u180e]+/g, ' ').slice(0, 20),
    )
    own.push(segments.caption.span)
    if (segments.caption.credit) {
      expectMention(input, segments.caption.credit)
      own.push(segments.caption.credit.span)
    }
  }
  if (segments.byline) {
    expectSpanInside(input, segments.byline.span)
    expect(input.slice(segments.byline.span.start, segments.byline.span.end)).toBe(segments.byline.text)
    own.push(segments.byline.span)
  }
  if (segments.dateline) {
    expectMention(input, segments.dateline)
    own.push(segments.dateline.span)
  }
  for (const paragraph of segments.body) {
    expect(paragraph.spans.length).toBeGreaterThan(0)
    expect(joinsAsDesigned(input, paragraph.spans, paragraph.text), `paragraph text ${JSON.stringify(paragraph.text.slice(0, 80))} is not its pieces joined`).toBe(true)
    expectOrdered(paragraph.spans)
    for (const span of paragraph.spans) {
      expectSpanInside(input, span)
      own.push(span) // (a spread push overflows the stack past ~100,000 spans)
    }
  }
  for (const reference of segments.references) {
    expectMention(input, reference)
  }
  expectOrdered(segments.references.map((reference) => reference.span))
  // Caption, byline, dateline and body pieces never overlap one another.
  expectOrdered([...own].sort((a, b) => a.start - b.start))
}

/**
 * Whether `text` is what the design promises for these pieces: joined with single spaces,
 * or with nothing after a line-end hyphen, which is either kept (a compound:
 * "self-employed") or undone (a broken word: "capacity").
 */
export function joinsAsDesigned(input: string, spans: readonly Span[], text: string): boolean {
  let cursor = 0
  for (const [index, span] of spans.entries()) {
    const piece = input.slice(span.start, span.end)
    const previous = index > 0 ? input.slice((spans[index - 1] as Span).start, (spans[index - 1] as Span).end) : ''
    if (index > 0) {
      if (text.charAt(cursor) === ' ') cursor++
      else if (!previous.endsWith('-')) return false
    }
    const last = index === spans.length - 1
    if (text.startsWith(piece, cursor)) cursor += piece.length
    else if (!last && piece.endsWith('-') && text.startsWith(piece.slice(0, -1), cursor)) cursor += piece.length - 1
    else return false
  }
  return cursor === text.length
}

export function expectArticle(input: string, article: Article): void {
  expectSegments(input, article)
  expectEntities(input, article.entities)
  expectQuotes(input, article.quotes)
}

/**
 * Quotes: spans inside the input, in order and apart; each quote's pieces ordered and
 * making up its text (the same characters less whitespace, as a paragraph's pieces make
 * its text); speaker and cue slices of the input.
 */
export function expectQuotes(input: string, quotes: readonly Quote[]): void {
  expectOrdered(quotes.map((quote) => quote.span))
  for (const quote of quotes) {
    // Fast path: plain checks first (property tests call this thousands of times).
    const joined = quote.spans.map((span) => input.slice(span.start, span.end)).join('')
    const sound =
      quote.spans.length > 0 &&
      quote.span.start === quote.spans[0]?.start &&
      quote.span.end === quote.spans[quote.spans.length - 1]?.end &&
      quote.spans.every((span, index) => index === 0 || span.start >= (quote.spans[index - 1] as Span).end) &&
      joined.replace(/\s+/g, '') === quote.text.replace(/\s+/g, '')
    expectSpanInside(input, quote.span)
    for (const part of [quote.speaker, quote.cue]) if (part) expectMention(input, part)
    if (sound) continue
    expect(quote.spans.length).toBeGreaterThan(0)
    expectOrdered(quote.spans)
    expect(quote.span.start).toBe(quote.spans[0]?.start)
    expect(quote.span.end).toBe(quote.spans[quote.spans.length - 1]?.end)
    expect(joined.replace(/\s+/g, '')).toBe(quote.text.replace(/\s+/g, ''))
  }
}
