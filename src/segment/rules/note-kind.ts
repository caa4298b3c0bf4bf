/**
 * Rule: text that belongs to the article but not to its body is a note of a kind —
 * contributor lines ("Jane Doe contributed to this report.", "Reporting by …; Editing by
 * …"), author bios ("Sean Collins is a writer based in New York."), corrections,
 * editor's notes (and affiliate disclosures), copyright lines, press-release contact
 * blocks and the "SOURCE X" line that closes a wire press release. Only short blocks are judged; a long paragraph that mentions a correction is
 * still a paragraph.
 *
 * @internal
 */
import {countWords, endsSentence} from '../text-shape.js'
import {isRightsNotice} from './boilerplate.js'
import {isAffiliationLine} from './byline.js'
import {onFirstUse} from '../../internal/on-first-use.js'
import {STARTS_UPPER} from '../../internal/letter-patterns.js'

/**
 * The kinds of note this rule tells apart.
 *
 * @example
 * ```ts
 * const kind: NoteKind = 'contributors'
 * ```
 */
export type NoteKind = 'contributors' | 'author-bio' | 'correction' | 'editors-note' | 'copyright' | 'contact' | 'source' | 'disclosure' | 'fact-box'

const contributors = onFirstUse(() => [
  /\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b/iu,
  /\b(?:contributed|assisted) (?:reporting|research)\b/iu,
  // AP: "Associated Press writer Amy Taxin contributed from Orange County, California."
  RegExp(String.raw`\bcontributed from \p{Lu}`, 'u'),
  // (A report's "Prepared by: Elena Park, Manager, Roads Operations" / "Reviewed by: …" too.)
  RegExp(String.raw`^\(?(?:additional |with )?(?:reporting|writing|editing|research|compiled|compilation|prepared|reviewed) (?:by|from):? \p{Lu}`, 'iu'),
  /^\(?(?:additional |with )?reporting (?:by|from)\b/iu,
  // "— With assistance from Mark Burton" (Bloomberg), "(With inputs from PTI)".
  /^\(?[—–-]{0,2}\s?with (?:assistance|inputs?|additional reporting) from\b/iu,
  RegExp(String.raw`^\(?(?:compiled|written|edited|produced) by \p{Lu}[^.]{0,80}(?:;|$)`, 'u'),
  // "Today's newsletter was written by Marta Kowalczyk and edited by James Ode."
  RegExp(String.raw`^(?:This|Today['’]s) (?:newsletter|story|article|report|briefing) was (?:written|reported|compiled|edited|produced) by \p{Lu}`, 'u'),
])

const correction = /^(?:\(?corrections?\b[:.)—–-]|\(corrects\b[^()]{1,160}\)$|clarification\s?[:.—–-]|an earlier version of this (?:story|article|report)\b|this (?:story|article|report) (?:has been|was) (?:corrected|amended)\b|an? (?:correction|clarification) (?:was|has been) (?:made|appended) (?:on|to this)\b)/iu

const editorsNote = [
  /^\(?editor'?s?['’]? ?notes?\s?[:.—–-]/iu,
  /^this (?:story|article|report) (?:has been|was) updated\b/iu,
  // A wire story's update note under its headline: "(Adds analyst comment, background in paragraphs 5-7)".
  /^\((?:adds|updates|recasts|rewrites|refiles|repeats|changes)\b[^()]{1,160}\)$/iu,
  // An interview's note: "This interview has been edited for length and clarity."
  /^this (?:interview|conversation|transcript|q&a) (?:has been|was|is) (?:lightly )?(?:edited|condensed)\b/iu,
  /^(?:if you|when you) (?:buy|purchase|click)\b.{0,80}\b(?:commission|affiliate)\b/iu,
  /^we (?:may )?(?:earn|receive) (?:a )?(?:small )?(?:commission|affiliate)\b/iu,
  /^this (?:story|article|content) (?:is|was) (?:produced|published|distributed) (?:by|in (?:partnership|collaboration) with)\b/iu,
  // A print note: "A version of this article appears in print on Nov. 30, 2026, Section A, Page 1 …".
  // And "This article appeared on page D - 7 of the San Francisco Chronicle".
  /^(?:(?:a version of )?this (?:article|story|review) )?appear(?:s|ed) (?:in (?:the )?(?:print\b|.{4,40} print edition\b)|on page\b)/iu,
  // A syndicated story's origin: "This story is sourced direct from an overseas news agency …".
  /^this (?:story|article|report) (?:is|was|has been) sourced\b/iu,
  // An aggregator's note on a wire copy: "(This story has not been edited by Devdiscourse staff and is auto-generated …)".
  /^\(?this (?:story|article|report) has not been edited by\b/iu,
  // "(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest …
  // is auto-generated from a syndicated feed.)", "(Except for the headline, this story has not been edited by NDTV staff …)".
  /^\(?(?:only the headline|except for the headline)\b/iu,
  // A broadcaster's transcript note: "NPR transcripts are created on a rush deadline by an NPR contractor."
  /^(?:[A-Z]+ )?transcripts? (?:are|is) (?:created|produced|prepared)\b/u,
  // An opinion piece's disclaimer: "The views expressed here are the author's own."
  /^the (?:views|opinions) expressed (?:here(?:in)?|in this (?:article|column|piece|commentary|op-ed|story))\b/iu,
]

/**
 * A writer's disclosure of interests: "Disclosure: …", The Conversation's "X receives funding from …" / "X does not
 * work for, consult, own shares in or receive funding from any company …" / "University of Y provides funding as a
 * founding partner of The Conversation".
 */
const disclosure = onFirstUse(() => [
  /^disclosure(?: statement)?\s?[:.—–-]/iu,
  /\bdoes not work for, consult, own shares in or receive funding from\b/u,
  RegExp(String.raw`^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3} (?:has )?receive[sd]? funding from\b`, 'u'),
  /\bprovides? funding as (?:a )?(?:founding )?(?:member|partner) of The Conversation\b/u,
])

/** A republished story's origin: "This article is republished from The Conversation under a Creative Commons license." */
const republished = /^this (?:article|story|piece|report) (?:is|was|has been) republished from\b/iu

const copyright = /^(?:©|\(c\)\s?\d{4}|copyright\s?(?:©\s?|\(c\)\s?)?\d{4}\b)|\ball rights reserved\b/iu

const contact = /^(?:media |press |investor |for more information,? )?(?:contacts?|inquiries|enquiries)\s?:/iu

/** The newsroom asking for tips under a story: "Have a news tip? Email us at …". */
const tipLine = /^(?:have|got) (?:a )?(?:news |story )?tip\b/iu

/**
 * How to reach the writer: "Scott Brown can be reached at sbrown@… or 412-…", "To contact the
 * reporter on this story: X in Paris at", "Contact Star columnist X at" — with the address in the
 * block, or on the lines under it (the block then ends with "at" or a colon).
 */
const writerContact = onFirstUse(() =>
  RegExp(String.raw`\b(?:can|may) be (?:reached|contacted|e-?mailed)(?: at| by| on| via|:)|^write to \p{Lu}[\p{L}'’.-]+ \p{Lu}[\p{L}'’.-]+ at |^\W{0,3}to contact the (?:reporters?|writers?|authors?|editors?)\b|^\W{0,3}contact (?:\p{Lu}[\p{L}'’-]* ){0,3}(?:columnist|reporter|writer|correspondent|editor) \p{Lu}`, 'iu'),
)
const contactDetails = onFirstUse(() => RegExp(String.raw`[\w.+-](?:@|\(at\)|\[at\])[\w-]+\.\p{L}|\b\d{3}[-. ]\d{3}[-. ]?\d{4}\b|(?:\bat|:)$`, 'u'))

/** The line naming who issued a wire press release ("SOURCE BET Networks"): the label in capitals, then a name; or who provided a science story ("Provided by University of X"). */
const source = onFirstUse(() => RegExp(String.raw`^\(?(?:SOURCE:? |Sources?: |(?:Materials p|P)rovided by |This (?:news )?(?:article|story|report) (?:is |was )?provided by |(?:Originally|First) published (?:by|in|on) |Republished (?:from|with permission from|courtesy of) )\p{Lu}`, 'u'))

/** A press contact's details without a label: an e-mail address and a phone number ("Arne Cual-Pedroso, 408-235-2132 apedroso@…"). */
const email = onFirstUse(() => RegExp(String.raw`[\w.+-]@[\w-]+\.\p{L}`, 'u'))
const phone = /\b\d{3}[-. ]\d{3}[-. ]?\d{4}\b|\+\d{1,3}(?:[ .-]\d{1,4}){2,5}\b/u

/** Words one of the note forms needs: a quick test before the patterns (most blocks have none). */
const hint = /^SOURCE|^Sources?:|provided by|published (?:by|in|on) |transcript|^\((?:adds|updates|recasts|rewrites|refiles|repeats|changes|corrects)\b|expressed|reached|contacted|e-?mailed|sourced|syndicated|republished|funding|disclos|trademark|contribut|assist|inputs? from|reporting|writing|editing|research|compil|written|edited|produced|prepared by|reviewed by|correct|clarif|earlier version|in print|print edition|on page|editor|updated|commission|affiliate|partnership|collaboration|©|\(c\)|copyright|rights reserved|may not be|no part of|prohibited|licensed under|available under|contact|tip|inquir|enquir|@| is (?:a|an|the) | covers| writes| reports| has (?:covered|reported|written)/i

/** An author bio: a name and a role sentence ("X is a reporter based in …", "X covers …", "X writes about …"). */
const bioVerb = onFirstUse(() => RegExp(String.raw`^\p{Lu}[\p{L}'’.-]{1,30}(?: \p{Lu}[\p{L}'’.-]{0,30}){0,3} (?:is (?:a|an|the) (?:[\p{L}-]{1,20} ){0,4}(?:writer|reporter|journalist|correspondent|editor|columnist|contributor|author|producer|professor|fellow|analyst|director|researcher|student)\b|covers\b|writes (?:about|on|for)\b|reports (?:on|for)\b|has (?:covered|reported|written)\b)`, 'u'))

/**
 * What kind of note `text` (one block, whitespace collapsed) is, or undefined when it is
 * not one.
 *
 * @example
 * ```ts
 * noteKind('AP Economics Writer Paul Wiseman contributed to this report.') // 'contributors'
 * noteKind('Reporting by Natalie Grover; Editing by Jason Neely') // 'contributors'
 * noteKind('Ruth Adeyemi is a consumer affairs reporter based in Leeds.') // 'author-bio'
 * noteKind('Correction: An earlier version of this story gave the wrong cost.') // 'correction'
 * noteKind("Editor's note: This story has been updated.") // 'editors-note'
 * noteKind('Copyright 2024 The Associated Press. All rights reserved.') // 'copyright'
 * noteKind('Media Contact: Jordan Lee') // 'contact'
 * noteKind('Jordan Lee, 212-555-0148, jlee@example.com') // 'contact'
 * noteKind('Scott Brown can be reached at sbrown@example.com or 412-555-0132.') // 'contact'
 * noteKind('Have a news tip? Email us at news@example.com.') // 'contact'
 * noteKind('SOURCE Northfield Water Authority') // 'source'
 * noteKind('Provided by University of Alaska Fairbanks') // 'source'
 * noteKind('The council said it would review the plan.') // undefined
 * ```
 */
export function noteKind(text: string): NoteKind | undefined {
  if (text.length > 600) return undefined
  const words = countWords(text)
  // A wire writer's role or the outlet a story came from, alone: "AP Golf Writer", "From Press Association".
  if (words <= 6 && /\b(?:Writers?|Correspondents?)$|^From /u.test(text) && isAffiliationLine(text)) return 'contributors'
  if (isSiteName(text)) return 'source'
  if (words === 0 || words > 80 || !hint.test(text)) return undefined
  if (correction.test(text)) return 'correction'
  if (editorsNote.some((pattern) => pattern.test(text))) return 'editors-note'
  if (disclosure().some((pattern) => pattern.test(text))) return 'disclosure'
  if (republished.test(text)) return 'source'
  // A notice with the © sign runs longer: "All Content is Copyright © 2008 X and AFP. All rights reserved. This material is …"; so does a rights notice.
  if (isRightsNotice(text) || (words <= (text.includes('©') ? 80 : 40) && copyright.test(text))) return 'copyright'
  if (words <= 45 && contributors().some((pattern) => pattern.test(text))) return isContributorLine(text) ? 'contributors' : undefined
  if (words <= 25 && (contact.test(text) || tipLine.test(text))) return 'contact'
  // The writer's addresses alone after the story ("dortiz@dispatch.com", "@DanOrtizDispatch").
  if (words <= 3 && text.split(' ').every(isAddressLine)) return 'contact'
  if (words <= 30 && writerContact().test(text) && contactDetails().test(text)) return 'contact'
  if (words <= 30 && !endsSentence(text) && email().test(text) && phone.test(text)) return 'contact'
  if (words <= 12 && source().test(text)) return 'source'
  if (words <= 60 && bioVerb().test(text) && endsSentence(text)) return 'author-bio'
  return undefined
}

/** What a bio says of its writer after the name ("… is a hydrologist", "… teaches law at …"). */
const BIO_VERB = /^,?\s(?:is|was|has been|teaches|writes|covers|reports|lives|works|served|serves|directs|leads|founded|chairs)\s/u

/**
 * Whether a line of an author card says what the writer does ("Covers mining and energy in
 * Chile.", "Writes about health."): the card's name line stands above it.
 *
 * @example
 * ```ts
 * describesWriter('Covers mining and energy in Chile.') // true
 * describesWriter('Thomson Reuters') // false
 * ```
 */
export function describesWriter(line: string): boolean {
  return countWords(line) <= 25 && BIO_VERB.test(` ${line.charAt(0).toLowerCase()}${line.slice(1)}`)
}

const ENDS_WITH_ADDRESS = /(?:\s@\w{1,30}|@[\w-]{1,63}\.[a-z]{2,6})$/u

/**
 * Whether `text` is a finished sentence or two about one of `authors` (the byline's names),
 * opening with the name and what the writer is or does: an author bio at the article's end.
 *
 * @example
 * ```ts
 * isAuthorBio('Maria Esteban is a hydrologist at the University of Arizona.', ['Maria Esteban']) // true
 * isAuthorBio('Maria Esteban said the plan would fail.', ['Maria Esteban']) // false
 * isAuthorBio('Maria Esteban is a hydrologist. Follow her on X: @mesteban', ['Maria Esteban']) // true
 * isAuthorBio('Maria Esteban covers water. More about Maria Esteban', ['Maria Esteban']) // true
 * ```
 */
export function isAuthorBio(bio: string, authors: readonly string[]): boolean {
  // A link to the writer's page may close it ("… for The Times. More about Catie Edmondson").
  const text = bio.replace(/ More about [^.]{2,60}$/u, '')
  // It may end with the writer's handle or address ("… Follow her on X: @mestebanwater").
  if (authors.length === 0 || countWords(text) > 60 || !(endsSentence(text) || ENDS_WITH_ADDRESS.test(text))) return false
  return authors.some((author) => author.includes(' ') && text.startsWith(author) && BIO_VERB.test(text.slice(author.length)))
}

/** An e-mail address or a handle, alone. */
const ADDRESS = /^(?:[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}|@\w{1,30})$/u

/**
 * Whether `line` is only an e-mail address or a social-media handle ("lcho@harborgazette.com", "@DanOrtiz").
 *
 * @example
 * ```ts
 * isAddressLine('lcho@harborgazette.com') // true
 * isAddressLine('Write to lcho@harborgazette.com') // false
 * ```
 */
export function isAddressLine(line: string): boolean {
  return ADDRESS.test(line)
}

/** "Reporting by the paper led to his resignation." is a sentence of the story, not a sign-off. */
function isContributorLine(text: string): boolean {
  if (/\bcontributed\b|\bassisted\b/iu.test(text)) return true
  return text.startsWith('(') || text.includes(';') || !endsSentence(text) || /\bediting by\b/iu.test(text) || countWords(text) <= 12
}

/**
 * Whether `text` opens with a contact label ("Contacts:", "Media contact:"): the short lines
 * under it (names, phone numbers, e-mail addresses) are the same note.
 *
 * @example
 * ```ts
 * isContactLabel('Contacts:\nNorthwind Navigation') // true
 * isContactLabel('Karen Doyle, 408-555-0172') // false
 * ```
 */
export function isContactLabel(text: string): boolean {
  return contact.test(text)
}

/**
 * Whether a line opens a note on how to reach the writer ("Joe Marino can be reached at",
 * "To contact the reporter on this story:"): in a run of PDF lines it starts a block of its own,
 * even right after a line that fills the column.
 *
 * @example
 * ```ts
 * opensWriterContact('Joe Marino can be reached at') // true
 * opensWriterContact('The team can be reached by bus.') // false
 * ```
 */
export function opensWriterContact(line: string): boolean {
  return WRITER_CONTACT_LINE().test(line)
}

/** A name (two to four capitalized words) that "can be reached", or "To contact the reporter …". */
const WRITER_CONTACT_LINE = onFirstUse(() =>
  RegExp(String.raw`^(?:\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]*){1,3} (?:can|may) be (?:reached|contacted|e-?mailed) (?:at|by|on|via)\b|\W{0,3}to contact the (?:reporters?|writers?|authors?|editors?)\b)`, 'u'),
)

/**
 * Whether a line, in a run of lines after a finished sentence, opens a note (see {@link noteKind}): it is
 * one ("AP writer Jane Roe contributed to this report."), or it opens one in brackets that closes on one of the
 * `next` lines ("(Post-Gazette movie editor Jane" / "Roe can be reached at" / "jroe@example.com.)").
 *
 * @example
 * ```ts
 * opensNote('(This news article provided by Example News Network)') // true
 * opensNote('(Gazette editor Jane Roe can be', 'reached at jroe@example.com.)') // true
 * opensNote('(The council met on Tuesday.)') // false
 * ```
 */
export function opensNote(line: string, ...next: Array<string | undefined>): boolean {
  const open = line.startsWith('(')
  if (!STARTS_UPPER.test(open ? line.slice(1) : line)) return false
  if (noteKind(line) !== undefined) return true
  if (!open || line.includes(')')) return false
  let text = line
  for (const more of next) {
    if (more === undefined) return false
    text += ` ${more}`
    if (more.includes(')')) return noteKind(text) !== undefined
  }
  return false
}

const SITE_NAME = /^(?:www\.)?[a-z\d-]{2,30}(?:\.[a-z\d-]{2,30}){0,2}\.[a-z]{2,4}$/iu

/**
 * Whether a line is only a site's name, as a source label under a story ("tech.co.uk",
 * "CBNNews.com"): no sentence goes on into it, and it is no part of the body.
 *
 * @example
 * ```ts
 * isSiteName('tech.co.uk') // true
 * isSiteName('U.S.') // false
 * isSiteName('example.com/news') // false
 * ```
 */
export function isSiteName(line: string): boolean {
  return line.length <= 40 && SITE_NAME.test(line)
}
