/**
 * Second stage of segmentation: each line gets a role — blank, page furniture, a
 * reference line (bare URL, related-article line, reference-list entry) or text.
 *
 * @internal
 */
import type {Line} from './lines.js'
import {boilerplateKind, isLinkListHeading} from './rules/boilerplate.js'
import {isWidgetLine} from './rules/widget.js'
import {isStampLine} from './rules/stamp.js'
import {hasAge, rankedTitleStart, splitTeaser} from './rules/teaser.js'
import {isJumpHead, isPageFurniture, furnitureKey, runningLines} from './rules/pdf-furniture.js'
import {datedTitle, isRelatedAside, isRelatedLabel, isRelatedTitle, parseRelatedLine, relatedEntryTitle, type RelatedLine} from './rules/related-line.js'
import {entryMarker, isCitationLine, isFootnoteLine, referenceHeading} from './rules/reference-list.js'
import {STARTS_LOWER} from '../internal/letter-patterns.js'
import {countWords, endsSentence} from './text-shape.js'
import {urlOfLine} from './rules/url-line.js'
import {footnoteBlock, opensFootnote, type FootnoteBlock} from './rules/pdf-footnotes.js'
import {isSiteName, noteKind} from './rules/note-kind.js'
import {isByLine} from './rules/byline.js'
import {sidebarLines} from './rules/pdf-sidebar.js'
import {cardSummaryEnd, nextText} from './rules/card-summary.js'

/**
 * What a line is, before lines are grouped into paragraphs.
 *
 * @example
 * ```ts
 * roleLines(splitLines('https://x.com/a'))[0] // {kind: 'url', url: 'https://x.com/a'}
 * ```
 */
export type LineRole =
  | {kind: 'blank'}
  | {kind: 'furniture'}
  /** A sidebar line read between two lines of the body column: left out, the column runs on past it. */
  | {kind: 'sidebar'}
  | {kind: 'heading'}
  | {kind: 'url'; url: string}
  /** `summary`: a line of the summary under a teaser card's title, part of the title's reference. */
  | {kind: 'related'; related: RelatedLine; summary?: true}
  | {kind: 'entry'; entry: 'citation' | 'footnote'; opens: boolean}
  | {kind: 'text'}

/** A line of a teaser card's summary (one object for all: roles are never changed). */
const summaryLine: LineRole = {kind: 'related', related: {title: ''}, summary: true}

/**
 * Give every line its role. Reference-list entries run from a reference heading to the
 * end of the text; a line without an entry marker continues the entry above it. Short
 * lines under a bare "Read more:" / "Related stories" label are related titles.
 *
 * @example
 * ```ts
 * roleLines(splitLines('Text.\nhttps://x.com/a')).map((role) => role.kind) // ['text', 'url']
 * ```
 */
export function roleLines(lines: readonly Line[], footnotes: FootnoteBlock | undefined = footnoteBlock(lines.map((line) => line.text))): LineRole[] {
  const texts = lines.map((line) => line.text)
  const running = runningLines(texts)
  const widget = lines.map((line) => !line.blank && isWidgetLine(line.text))
  const roles: LineRole[] = []
  let list: 'citation' | 'footnote' | undefined
  let previousBlank = true
  let related = false
  let titles = 0
  let teasers = 0
  let decorated = false
  // The last line of a teaser card's summary, and whether a title stands above (its date or age between).
  let summaryEnd = -1
  let afterTitle = false
  // Past the footnotes, a note of the article ("Jane Doe can be reached at …") is text again.
  let pastFootnotes = false
  lines.forEach((line, index) => {
    pastFootnotes ||= footnotes !== undefined && index > footnotes.rule && !line.blank && !opensFootnote(line.text) && noteKind(line.text) !== undefined
    if (footnotes && index >= footnotes.rule && !pastFootnotes) {
      // PDF footnotes under a rule: the rule and page furniture are furniture, the rest footnote entries.
      const role = roleOf(line, lines[index + 1], running, undefined, previousBlank, widget[index] === true)
      const kept = index === footnotes.rule ? {kind: 'furniture' as const} : role.kind === 'blank' || role.kind === 'furniture' ? role : undefined
      roles.push(kept ?? {kind: 'entry', entry: 'footnote', opens: opensFootnote(line.text)})
      previousBlank = line.blank
      return
    }
    if (list && leavesList(line, previousBlank) && !labelsUrl(lines, index)) list = undefined
    if (index <= summaryEnd) {
      roles.push(line.blank ? {kind: 'blank'} : summaryLine)
      previousBlank = line.blank
      return
    }
    let title: string | undefined
    const entry = related && !line.blank ? relatedEntryTitle(line.text) : line.text
    // A title's date or age, or a "more »" link: the list goes on past it.
    if (related && !line.blank && isRelatedAside(line.text, titles > 0)) {
      // (A title's date or age goes with its reference.)
      roles.push(afterTitle && !line.text.endsWith('»') ? summaryLine : {kind: 'furniture'})
      previousBlank = false
      return
    }
    if (related && decorated && entry === line.text && !line.blank && !previousBlank && countWords(line.text) <= 6 && !line.text.endsWith('.')) {
      // The end of a title wrapped onto a second line, or a line of a column beside the list (PDF).
      roles.push({kind: 'furniture'})
      return
    }
    // A printed page's footer and header between two titles (PDF): the list goes on past them.
    if (related && !line.blank && (isPageFurniture(line.text) || running.has(furnitureKey(line.text)))) {
      roles.push({kind: 'furniture'})
      return
    }
    // In a list of bulleted or dated titles, any other plain line is past its end.
    if (decorated && entry === line.text && !line.blank) related = decorated = false
    if (related && !line.blank) {
      if (titles === 0) decorated = entry !== line.text
      // A title with a date line under it is one even when it ends in a full stop ("Utilities Promise Upgrades. Customers Wait." / "Dec. 19, 2024").
      const datedBelow = isRelatedAside(lines[index + 1]?.text ?? '', true) && countWords(entry) <= 15 ? entry : undefined
      title = titles < maximumTitles && urlOfLine(line.text) === undefined && !boilerplateKind(entry) && !(roles.at(-1)?.kind !== 'furniture' && wrapsOn(lines, index) && !overSummary(texts, index)) && !headsStory(texts, index) ? (relatedTitle(entry, teasers > 0) ?? datedBelow) : undefined
      related = title !== undefined
      // A teaser card's summary under its title: the list goes on past it.
      summaryEnd = title === undefined && afterTitle ? (cardSummaryEnd(texts, index, isCardTitle, endsList) ?? -1) : -1
      if (summaryEnd >= index) {
        related = true
        afterTitle = false
        roles.push(summaryLine)
        previousBlank = false
        return
      }
      // (A title cut off at a separator, "Denzel Washington's 'Debaters' |", is one of a row of links: a PDF column beside the story.)
      afterTitle = title !== undefined && !line.text.endsWith('|')
      decorated &&= related
      if (title !== undefined && title !== entry.slice(rankedTitleStart(entry))) teasers++
      titles++
    }
    if (related) {
      roles.push(line.blank ? {kind: 'blank'} : {kind: 'related', related: {title: title ?? line.text}})
      previousBlank = line.blank
      return
    }
    if (!list && (isRelatedLabel(line.text) || isLinkListHeading(line.text))) {
      // The label stays text: as a link-list heading it still marks where the article ends.
      related = true
      afterTitle = false
      titles = 0
      teasers = 0
      decorated = false
      roles.push({kind: 'text'})
      previousBlank = false
      return
    }
    const dated = list ? undefined : datedTitle(line.text)
    if (dated !== undefined && [-2, -1, 1, 2].some((step) => datedTitle(lines[index + step]?.text ?? '') !== undefined)) {
      // Two or more "<date>: <title>" lines close together: a list of earlier stories, even with no heading above it.
      roles.push({kind: 'related', related: {title: dated}})
      previousBlank = false
      return
    }
    const role = roleOf(line, lines[index + 1], running, list, previousBlank || headsUrls(lines, index) || endsInUrl(lines[index - 1]) || (list !== undefined && endsInYear(lines[index - 1])), widget[index] === true)
    if (role.kind === 'heading') list = referenceHeading(line.text)
    roles.push(role)
    previousBlank = role.kind === 'blank'
  })
  return withoutSidebars(lines, withWidgetTitles(lines, roles, widget))
}

/** Lines of a sidebar read between the lines of a run of text (./rules/pdf-sidebar.ts). */
function withoutSidebars(lines: readonly Line[], roles: LineRole[]): LineRole[] {
  let first = 0
  for (let index = 0; index <= lines.length; index++) {
    // Page furniture touching the lines (an ad marker, a share button) is read as one more line of the run.
    if (roles[index]?.kind === 'text' || (roles[index]?.kind === 'furniture' && !lines[index]?.blank)) continue
    if (index - first >= 3) {
      for (const at of sidebarLines(lines.slice(first, index).map((line, at) => (roles[first + at]?.kind === 'text' ? line.text : '')))) roles[first + at] = {kind: 'sidebar'}
    }
    first = index + 1
  }
  return roles
}

/**
 * A short text line touching a widget's lines (no blank line between) is the widget's
 * title ("Harbor Foods Inc" above a stock quote, "Springfield, MO" above the weather); a
 * byline is not ("Updated 11:42 GMT" / "By Helen Carver": the story's stamp, then its writer).
 */
function withWidgetTitles(lines: readonly Line[], roles: LineRole[], widget: readonly boolean[]): LineRole[] {
  return roles.map((role, index) => {
    if (role.kind !== 'text' || !(widget[index - 1] || widget[index + 1])) return role
    const {text} = lines[index] as Line
    return countWords(text) > 6 || isByLine(text) ? role : {kind: 'furniture'}
  })
}

/**
 * The title of a line under a related-articles label: a short title (its rank number
 * left out), or the title of a teaser card whose summary is glued to it — a card with a
 * time stamp, or one after another card.
 */
function relatedTitle(line: string, afterTeaser: boolean): string | undefined {
  const ranked = line.slice(rankedTitleStart(line))
  // A date line, or a source and its date ("Associated Press - January 9, 2008 5:51 AM ET"), is past the list's end.
  // (So is a site's name: "del.icio.us" in a share bar.)
  if (isStampLine(line.slice(line.lastIndexOf(' - ') + 1)) || isSiteName(line)) return undefined
  if (isRelatedTitle(ranked)) return ranked
  const teaser = afterTeaser || hasAge(line) ? splitTeaser(line) : undefined
  return teaser ? line.slice(teaser.titleStart, teaser.titleEnd) : undefined
}

/**
 * Whether `lines[index]` is the story's own headline, with its site's name or a "By …" byline on the
 * next line ("Bush to Saudis: More Oil Please" / "CBNNews.com"): a related list above it is over.
 */
function headsStory(texts: readonly string[], index: number): boolean {
  const at = nextText(texts, index) ?? -1
  const next = texts[at] ?? ''
  // (A share bar's site names, "del.icio.us" over "reddit", are no source.)
  if (isSiteName(next)) return boilerplateKind(texts[nextText(texts, at) ?? -1] ?? '') !== 'share'
  return isByLine(next)
}

/**
 * Whether `lines[index]` is a teaser card's title over its summary (PDF: no blank line between), not the first line of the
 * article's lead: the next line opens with a capital ("… plans to return to Australia" / "The Australian Competition …")
 * and the lines under it are a card's summary.
 */
function overSummary(texts: readonly string[], index: number): boolean {
  return !continuesLine(texts[index + 1] ?? '') && cardSummaryEnd(texts, index + 1, isCardTitle, endsList) !== undefined
}

/** A teaser card's title. */
const isCardTitle = (text: string): boolean => relatedTitle(text, false) !== undefined

/** A line that ends a related list: a URL, boilerplate, another list's heading, a note. */
const endsList = (text: string): boolean => urlOfLine(text) !== undefined || boilerplateKind(text) !== undefined || isRelatedLabel(text) || isLinkListHeading(text) || noteKind(text) !== undefined

/** Lines of a wrapped paragraph looked at below a line under a related-articles label. */
const paragraphLines = 6
/** Fewest characters in a line of a wrapped paragraph (a PDF column is wider). */
const paragraphWidth = 40
/** Fewest characters in a line that runs the width of a page. */
const pageWidth = 70

/**
 * Whether `lines[index]`, under a related-articles label, is the first line of a wrapped
 * paragraph (PDF text: the article's lead set right under the list, no blank line between) and
 * so no title: a sentence ends in the lines under it and the next line goes on with it ("… pay up
 * to ?70-million" / "(around R703-million) for …"), or the line runs as wide as the lines of the
 * paragraph under it and leads into a line that is no title of its own (a finished sentence, or a
 * line the next one goes on with). After a title's date line, the lines are the card's summary.
 */
function wrapsOn(lines: readonly Line[], index: number): boolean {
  const line = (lines[index] as Line).text
  const next = lines[index + 1]?.text ?? ''
  if (line.length < paragraphWidth || !endsSentenceBelow(lines, index)) return false
  // A sentence finished on the next line: only from a line as wide as a page's (a title is seldom).
  const finished = endsSentence(next) && line.length >= pageWidth
  return continuesLine(next) || (!endsSentence(line) && line.length >= 0.8 * next.length && (finished || (next.length >= paragraphWidth && continuesLine(lines[index + 2]?.text ?? ''))))
}

/** Whether a line of the run from `index` to the next blank line ends a sentence (titles run on without one: "Nogales teen an academic, soccer star Cats begin …"). */
function endsSentenceBelow(lines: readonly Line[], index: number): boolean {
  for (let at = index; at <= index + 2 * paragraphLines && lines[at]?.blank === false; at++) if (endsSentence((lines[at] as Line).text)) return true
  return false
}

/** A line that goes on with the one above it: it opens in lower case, or with a bracket and lower case ("(around R703-million) for …"). */
function continuesLine(text: string): boolean {
  return STARTS_LOWER.test(text.startsWith('(') ? text.slice(1) : text)
}

/** Most titles under one related-articles label. */
const maximumTitles = 10

/**
 * The list is over at boilerplate, or at a line after a blank that has no entry marker,
 * no URL and no year (a citation has one of them): a long sentence, a navigation item.
 */
function leavesList(line: Line, previousBlank: boolean): boolean {
  if (line.blank) return false
  if (boilerplateKind(line.text)) return true
  if (!previousBlank || entryMarker(line.text) > 0 || /https?:|www\.|\b(?:1[5-9]|20)\d{2}\b/iu.test(line.text)) return false
  return countWords(line.text) >= 20 || !/[.)]$/u.test(line.text)
}

/** Whether `lines[index]` ends with a colon and one of the two lines under it has a URL: a heading over links even with no blank line above it (PDF text). */
function headsUrls(lines: readonly Line[], index: number): boolean {
  return (lines[index] as Line).text.endsWith(':') && lines.slice(index + 1, index + 3).some((line) => /https?:\/\/|www\./iu.test(line.text))
}

/** Whether the line's last word is a URL: the entry it ends is complete, the next line opens another. */
function endsInUrl(line: Line | undefined): boolean {
  return line !== undefined && /^(?:https?:\/\/|www\.)/iu.test(line.text.slice(line.text.lastIndexOf(' ') + 1))
}

/** Whether the line ends with a year (a fact-check's source: "Facebook post, Nov. 20, 2026"): in a reference list, the entry it ends is complete. */
function endsInYear(line: Line | undefined): boolean {
  return line !== undefined && /\b(?:1[5-9]|20)\d{2}\.?$/u.test(line.text)
}

/** Whether `lines[index]` is a "Label:" line over a bare URL (an "On the Net:" entry set on two lines). */
function labelsUrl(lines: readonly Line[], index: number): boolean {
  const line = lines[index] as Line
  if (!line.text.endsWith(':') || countWords(line.text) > 12) return false
  const next = lines.slice(index + 1, index + 3).find((candidate) => !candidate.blank)
  return next !== undefined && urlOfLine(next.text) !== undefined
}

function roleOf(
  line: Line,
  next: Line | undefined,
  running: ReadonlySet<string>,
  list: 'citation' | 'footnote' | undefined,
  previousBlank: boolean,
  widget: boolean,
): LineRole {
  if (line.blank) return {kind: 'blank'}
  if (isPageFurniture(line.text) || running.has(furnitureKey(line.text)) || widget || (next !== undefined && isJumpHead(line.text, next.text))) return {kind: 'furniture'}
  // An ad marker touching a line of text ("Advertisement" / "the mold ? together …") cuts a paragraph, as furniture does.
  const kind = next !== undefined && (STARTS_LOWER.test(next.text) || (!previousBlank && !next.blank)) ? boilerplateKind(line.text) : undefined
  if (kind === 'ad' || kind === 'share') return {kind: 'furniture'}
  const url = urlOfLine(line.text)
  // An entry opens after a blank line, at a marker or a URL, or at a quoted title ('"Hajj stampede kills hundreds" — BBC News, …').
  if (list) return {kind: 'entry', entry: list, opens: previousBlank || entryMarker(line.text) > 0 || url !== undefined || /^["“]/u.test(line.text)}
  if (url) return {kind: 'url', url}
  const related = parseRelatedLine(line.text)
  if (related) return {kind: 'related', related}
  if (referenceHeading(line.text) && next !== undefined && previousBlank) return {kind: 'heading'}
  if (isFootnoteLine(line.text)) return {kind: 'entry', entry: 'footnote', opens: true}
  if (isCitationLine(line.text)) return {kind: 'entry', entry: 'citation', opens: true}
  return {kind: 'text'}
}
