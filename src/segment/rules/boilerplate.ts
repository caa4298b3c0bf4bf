/**
 * Rule: page boilerplate around an article — navigation, share buttons, ads, cookie
 * notices, newsletter boxes, comment sections, "Most read"/"More from" link lists,
 * copyright footers — is left out of the body. Only short blocks are judged: a long
 * paragraph that mentions cookies is still a paragraph.
 *
 * @internal
 */
import {countWords, endsSentence} from '../text-shape.js'
import {isCommentHeader} from './comment-thread.js'
import {isStampLine} from './stamp.js'
import {onFirstUse} from '../../internal/on-first-use.js'

/**
 * What a boilerplate block is; `section-end` marks a heading after which the article is over.
 *
 * @example
 * ```ts
 * const kind: BoilerplateKind | undefined = boilerplateKind('Most read') // 'links'
 * ```
 */
export type BoilerplateKind = 'inserted' | 'navigation' | 'share' | 'ad' | 'cookie' | 'newsletter' | 'copyright' | 'links' | 'section-end' | 'meta'

/** A heading over a list of links to other articles ("Most read", "More from Politics"). */
const linkListHeading = onFirstUse(() => RegExp(String.raw`^(?:(?:recent )?related(?: articles?| stories| story| news| content| reading| coverage| links| posts?| features| videos)?|read more(?: [\p{L}-]{1,20}){0,2}|read also|also read|see also|more on this(?: story)?|more (?:from|on|in|news|stories|like this)\b.{0,60}|more (?:[\p{L}-]{1,20} ){0,3}(?:news|stories|headlines|articles|videos)\b.{0,20}|(?:top |latest )?[\p{L}&-]{1,20}(?: [\p{L}&-]{1,20}){0,3} (?:stories|headlines)|(?:top|latest) [\p{L}&-]{1,20}(?: [\p{L}&-]{1,20}){0,2} news|(?:other|more|recent|latest) (?:articles|stories|columns|posts) (?:by|from) [^:]{1,50}|most (?:read|popular|viewed|shared|emailed)\b.{0,40}|top stories|trending(?: now)?|recommended(?: for you)?|you may also like|you might also like|editor['’?]?s (?:picks|choice)|latest news|popular|in other news|around the web|more news|also (?:today )?on \S{1,40}(?: \S{1,40})?|top \d{1,3} most viewed)\s?[:»›>]?$`, 'iu'))

/** The same, in the words of newer pages ("Read next", "Up next", "Further reading"). */
const readNextHeading = /^(?:(?:what to )?read next|up next|further reading|don'?t miss)\s?[:»›>]?$/i

const exact = onFirstUse((): ReadonlyArray<[BoilerplateKind, RegExp]> => [
  ['ad', /^(?:advertisement|advertising|sponsored(?: content| links?)?|ad|ads by \S{1,40}|story continues(?: below(?: advertisement)?)?|continue reading(?: below| the main story)?|skip advertisement|scroll to continue with content):?$/i],
  ['share', /^(?:font(?: size)?:?|text size:?|what(?:'s| is) this\?|a\+?\s?a-?|listen(?: to this article)?|share(?: this(?: article| story| page)?| on \w{1,20}| via \w{1,20})?|tweet|e-?mail|e-?mail this(?: article| story| page)?|print(?: this(?: article| story| page)?)?|copy link|save|facebook|twitter|linkedin|whatsapp|reddit|pinterest)$/i],
  ['section-end', /^(?:contact us|legal|legal notices?|about us|customer service|help and support|terms and conditions|posted by\s?:.{0,120}|thanks for your comments.{0,80}|comments? (?:are|is) (?:now )?closed.{0,40}|\|?\s?comments?(?:\(s\)|\s?\(\d{1,6}\))?(?:\s?:\s?post comment)?|\d{1,6} (?:comments?|responses?)(?: so far(?:\.{3}|…)?| ?[»›])?|(?:post|leave|add|write|view|show|read) (?:a |your |all |\d{1,6} )?(?:comments?|reply|replies)|have your say|reader comments|join the (?:conversation|discussion)|conversation|discussion)\.?$/i],
  ['links', linkListHeading()],
  ['links', readNextHeading],
  ['newsletter', /^(?:become a member|donate|sign up(?: for| to)? .{0,80}|subscribe(?: to| now| today)?\b.{0,60}|get (?:the|our) .{0,40}newsletter.{0,40}|enter your e-?mail(?: address)?.{0,40}|newsletter)$/i],
  ['navigation', /^(?:home|menu|search|log ?in|sign ?in|sign out|register|skip to (?:main )?content|back to top|next|previous|close|more|subscribe|contact us|about us|privacy policy|terms of (?:use|service)|site map|rss|topics|follow us(?: on .{1,40})?)$/i],
])

/** Buttons of a share bar that a line of several buttons holds ("Email to a friend  Printer friendly", "del.icio.us  Digg  Reddit"). */
const shareButton = /^(?:e-?mail(?: this(?: article| story)?| to a friend)?|print(?:er[- ]friendly)?(?: this(?: article| story)?| version)?|text size|font size:?|share|digg|del\.icio\.us|reddit|stumbleupon|newsvine|google|yahoo ?my ?web|facebook|twitter|comment|what'?s this\??)$/i

/** Longer than this, no pattern of `exact` can match. */
const exactLength = 140

/**
 * A rights notice without the word "copyright": "This material may not be published,
 * broadcast, rewritten or redistributed.", "No part of this site should be used …",
 * "The copying, republication or redistribution of … is expressly prohibited", "This document
 * is subject to copyright.", "This page is
 * licensed under a Creative Commons Attribution 2.5 License", and a trademark notice ("X and Y are
 * registered trademarks of Z, Inc.", "… trademarks of their respective holders").
 */
const rightsNotice =
  /\b(?:is a|are) (?:registered )?trademarks? of\b|\btrademarks?\b.{0,60}\btheir respective (?:holders|owners)\b|\bmay not be (?:re)?(?:published|reproduced|redistributed|rewritten|broadcast)(?:,| or | in (?:any|whole))|\bno part of this (?:site|publication|article|material|website)\b|\b(?:copying|republication|redistribution|reproduction)\b.{0,100}\bprohibited\b|\bis (?:copyrighted by|subject to copyright)\b|\b(?:is|are) (?:licensed|available) under (?:a |the )?(?:creative commons|cc[- ]by|gnu)\b/iu

/** Words one of the rights notices needs: tested first, as most blocks have none. */
const rightsWords = ['may not be', 'no part of', 'prohibited', 'copyright', ' under ', 'trademark']

/**
 * Whether `text` is a rights notice without the word "copyright" (see `rightsNotice`).
 *
 * @example
 * ```ts
 * isRightsNotice('This material may not be published, broadcast, rewritten or redistributed.') // true
 * isRightsNotice('Hertz and NeverLost are registered trademarks of Hertz Systems, Inc.') // true
 * isRightsNotice('The report may not be published before the election.') // false
 * ```
 */
export function isRightsNotice(text: string): boolean {
  const lower = text.toLowerCase()
  return rightsWords.some((words) => lower.includes(words)) && rightsNotice.test(text)
}

/** A cookie panel: it says cookies are used and asks for consent. */
const cookiePanel = /\b(?:we use cookies|(?:this|our) (?:site|website) uses cookies)\b/i

const contains: ReadonlyArray<[BoilerplateKind, RegExp]> = [
  // (And a prompt for readers' comments, "Do you have comments on this story?": not the article, and no end of it either.)
  ['share', /^(?:share (?:this|on|via)\b|share\s?:)|\bcomments? on this (?:story|article)\?$/i],
  ['section-end', /\b(?:comments? (?:are|is) (?:now )?closed|feedback is (?:now )?closed|(?:leave|post|add) (?:a|your) comments?|to (?:leave|post|add) comments on (?:news )?(?:stories|articles)|(?:log ?in|register) to (?:comment|post)|comments? (?:are |will be )?(?:subject to|limited to)|comment (?:rules|policy|guidelines))\b/i],
  ['cookie', /\b(?:we use cookies|(?:this|our) (?:site|website) uses cookies|cookie (?:policy|settings|preferences|consent)|accept (?:all )?cookies|manage (?:cookies|consent))\b/i],
  ['copyright', /(?:©|\(c\)\s?\d{4}|\bcopyright\b[^\d\n]{0,60}\d{4}|\ball rights reserved\b)/i],
  ['newsletter', /\b(?:subscribe to (?:our|the) newsletter|sign up for (?:our|the) .{0,40}newsletter|delivered to your inbox)\b/i],
  // An alerts box: "Start receiving X headlines per email.", "We email you the related headlines.", "Click here to sign up".
  ['newsletter', /\b(?:(?:news|e-?mail) alerts?|headlines (?:by|per|via) e-?mail|we (?:will )?e-?mail you|click here to (?:sign up|subscribe|register)|subscribe (?:today|now)\b)/i],
  // A reader-funding appeal: "We've been working hard to bring you independent, locally-sourced news …", "Support independent journalism".
  ['newsletter', /\b(?:support (?:independent|local) journalism|bring you independent)\b/i],
  // A call for readers' letters: "Have something to say? Submit a letter to the editor."
  ['newsletter', /^have something to say\?|\b(?:submit|send us|write us) a letter to the editor\b/i],
  ['meta', /^our standards\s?:/i],
  ['meta', /^(?:posted|filed|listed|published|updated|last updated|first published|tags?|topics?|categories|filed under|listed under|written by|source|posted by|photo gallery)\s?:/i],
]

/**
 * What kind of boilerplate `block` (one block's text, whitespace collapsed) is, if any.
 *
 * @example
 * ```ts
 * boilerplateKind('Advertisement') // 'ad'
 * boilerplateKind('Home | World | Business | Sport') // 'navigation'
 * boilerplateKind('Comments (2) : Post Comment') // 'section-end'
 * boilerplateKind('The council met on Tuesday to discuss the budget.') // undefined
 * ```
 */
export function boilerplateKind(block: string): BoilerplateKind | undefined {
  if (block.length > 400) return undefined
  const text = block.trim()
  // Every exact form is shorter than this (the longest: "Posted by: …" up to 120 characters).
  if (text.length <= exactLength) for (const [kind, pattern] of exact()) if (pattern.test(text)) return kind
  // A row of share buttons, apart by runs of spaces or tabs.
  const cells = text.split(/\s{2,}/u)
  if (cells.length > 1 && text.length <= exactLength && cells.every((cell) => shareButton.test(cell))) return 'share'
  if (isCommentHeader(text)) return 'section-end'
  const words = countWords(text)
  if (words <= 30) {
    for (const [kind, pattern] of contains) if (pattern.test(text)) return kind
    if (isRightsNotice(text)) return 'copyright'
  }
  // A cookie-consent panel runs longer than other boilerplate, and is never article prose.
  if (words <= 80 && cookiePanel.test(text)) return 'cookie'
  if (isSignOff(text, words) || isStampLine(text, true)) return 'meta'
  if (isNavigation(text, words)) return 'navigation'
  return undefined
}

/**
 * Whether `line` heads a list of links to other articles: `boilerplateKind(line) ===
 * 'links'`, with the one pattern that can give it tried first (most lines are not).
 *
 * @example
 * ```ts
 * isLinkListHeading('More from Politics') // true
 * ```
 */
export function isLinkListHeading(line: string): boolean {
  const text = line.trim().replace(moreLink, '')
  // A box's heading with its "more »" link ("Local Top Stories  more»", "National News  more>>") heads a list of titles.
  if (text.length < line.trim().length && countWords(text) <= 4 && !endsSentence(text)) return true
  return text.length <= exactLength && (linkListHeading().test(text) || readNextHeading.test(text)) && boilerplateKind(text) === 'links'
}

/** A "more »" link at the end of a line. */
const moreLink = /\s{1,9}more\s?(?:»|>>?|›)$/iu

const IS_SIGN_OFF_PATTERN = onFirstUse(() => RegExp(String.raw`^\(?(?:Additional r|R)eporting by \p{Lu}|^\(?(?:Writing|Editing|Compiled|Produced) by \p{Lu}`, 'u'))

/**
 * A wire story's sign-off: "(Reporting by Jane Doe; Editing by John Roe)", "Additional
 * reporting by Jane Doe; editing by John Roe." — in brackets, with a semicolon, or without
 * a full stop ("Reporting by the paper led to his resignation." is a sentence).
 */
function isSignOff(text: string, words: number): boolean {
  if (words > 30 || !IS_SIGN_OFF_PATTERN().test(text)) return false
  return text.startsWith('(') || text.includes(';') || !endsSentence(text)
}

/** A bullet or a middle dot. */
function isBullet(code: number): boolean {
  return code === 0x2022 || code === 0xb7
}

/** A run of short items split by `|`, `•`, `»` or `>` and not a sentence. */
function isNavigation(text: string, words: number): boolean {
  let separators = 0
  // A bullet that opens the line marks a list item, not a separator between menu items.
  for (let index = isBullet(text.charCodeAt(0)) ? 1 : 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x7c || isBullet(code) || code === 0xbb || code === 0x203a) separators++
  }
  if (separators === 0) for (let at = text.indexOf(' > '); at !== -1; at = text.indexOf(' > ', at + 3)) separators++
  if (endsSentence(text) && words > 8 && separators < 3) return false
  return separators >= 1 && words / (separators + 1) <= 5
}
