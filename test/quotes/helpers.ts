/**
 * Run the quote finder on a small text: paragraphs at blank lines (each line a source
 * piece, as the segmenter gives them), entities named by hand (every occurrence of each
 * name is a mention), so that a test pins the quote finder and not the entity finder.
 */
import {expect} from 'vitest'
import {findQuotes, type Quote} from '../../src/quotes/index.js'
import type {Entity, Span} from '../../src/types.js'
import {expectOrdered, expectSpanInside} from '../helpers/invariants.js'

/** Names by kind; a person's surname-only mentions are listed as extra forms: `{'Mark Milley': ['Milley']}`. */
export interface Names {
  people?: Record<string, string[]> | string[]
  organizations?: string[]
  places?: string[]
  /** Paragraph indexes that are captions. */
  captions?: number[]
}

function mentionsOf(text: string, forms: readonly string[]): Entity['mentions'] {
  const mentions: Entity['mentions'] = []
  for (const form of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      const before = text.charAt(at - 1)
      const after = text.charAt(at + form.length)
      if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue
      if (mentions.some((mention) => at < mention.span.end && mention.span.start < at + form.length)) continue
      mentions.push({text: form, span: {start: at, end: at + form.length}})
    }
  }
  return mentions.sort((a, b) => a.span.start - b.span.start)
}

const entity = (text: string, name: string, forms: readonly string[] = []): Entity => ({name, mentions: mentionsOf(text, [name, ...forms])})

/** Paragraphs at blank lines, one piece a line. */
export function paragraphsOf(text: string, captions: readonly number[] = []): Array<{spans: Span[]; caption?: boolean}> {
  const paragraphs: Array<{spans: Span[]; caption?: boolean}> = []
  let spans: Span[] = []
  let offset = 0
  for (const line of text.split('\n')) {
    const start = offset
    offset += line.length + 1
    const trimmed = line.trim()
    if (!trimmed) {
      if (spans.length) paragraphs.push({spans})
      spans = []
      continue
    }
    const lead = line.indexOf(trimmed)
    spans.push({start: start + lead, end: start + lead + trimmed.length})
  }
  if (spans.length) paragraphs.push({spans})
  for (const index of captions) if (paragraphs[index]) paragraphs[index].caption = true
  return paragraphs
}

/** The quotes of a text, checked against the invariants. */
export function quotesOf(text: string, names: Names = {}): Quote[] {
  const people = Array.isArray(names.people)
    ? names.people.map((name) => entity(text, name))
    : Object.entries(names.people ?? {}).map(([name, forms]) => entity(text, name, forms))
  const quotes = findQuotes(text, paragraphsOf(text, names.captions), {
    people,
    organizations: (names.organizations ?? []).map((name) => entity(text, name)),
    places: (names.places ?? []).map((name) => entity(text, name)),
  })
  expectQuotes(text, quotes)
  return quotes
}

/** DESIGN.md's invariants on quotes: spans in the input, ordered, not overlapping; parts that are slices. */
export function expectQuotes(input: string, quotes: readonly Quote[]): void {
  expectOrdered(quotes.map((quote) => quote.span))
  for (const quote of quotes) {
    expectSpanInside(input, quote.span)
    expect(quote.spans.length).toBeGreaterThan(0)
    expect(quote.span.start).toBe(quote.spans[0]?.start)
    expect(quote.span.end).toBe(quote.spans[quote.spans.length - 1]?.end)
    // The pieces, joined as a paragraph's are, make the text: the same characters less whitespace.
    const joined = quote.spans.map((span) => input.slice(span.start, span.end)).join('')
    expect(joined.replace(/\s+/g, '')).toBe(quote.text.replace(/\s+/g, ''))
    expectOrdered(quote.spans)
    for (const part of [quote.speaker, quote.cue]) {
      if (!part) continue
      expectSpanInside(input, part.span)
      expect(input.slice(part.span.start, part.span.end)).toBe(part.text)
    }
  }
}

/** A quote in short: `kind «text» ← speaker words = name / cue`. */
export const brief = (quote: Quote): string =>
  `${quote.kind} «${quote.text}»${quote.speaker ? ` ← ${quote.speaker.text}${quote.speaker.name ? ` = ${quote.speaker.name}` : ''}` : ''}${quote.cue ? ` / ${quote.cue.text}` : ''}`
