/**
 * Entities from explicit attributions: an author reference (`kind: 'author'`, found by
 * segmentation, e.g. the author page `…/author/afp` with the name "AFP") names a news
 * agency or a person even when the body never does. Its mention is where the name
 * stands in the reference's own text (the slug "afp" in the URL), so that every span
 * still slices the input exactly. This is attribution, not text mining: no other
 * part of a URL becomes an entity.
 *
 * @internal
 */
import type {Entities, Reference} from '../types.js'
import {HAS_LETTER} from '../internal/letter-patterns.js'
import {withMention} from './from-parts.js'
import {outletName} from './outlet-name.js'

/**
 * Add the authors named by `references` to `entities`: an outlet (a name in capitals
 * such as "AFP", a news agency such as "Reuters", a bureau) is an organization, any
 * other a person. An entity of that name that is already
 * there gets the mention; otherwise a new entity is added at the end.
 *
 * @example
 * ```ts
 * const input = 'Text.\n\nhttps://example.com/author/afp'
 * const references = [{kind: 'author', name: 'AFP', text: 'https://example.com/author/afp', span: {start: 7, end: 37}}]
 * addReferenceEntities(input, references, {people: [], organizations: [], places: [], dates: []})
 *   .organizations[0] // {name: 'AFP', mentions: [{text: 'afp', span: {start: 34, end: 37}}]}
 * ```
 */
export function addReferenceEntities(input: string, references: readonly Reference[], entities: Entities): Entities {
  let {people, organizations} = entities
  for (const reference of references) {
    const name = reference.kind === 'author' ? reference.name?.replace(/\s+/g, ' ').trim() : undefined
    if (!name || !HAS_LETTER.test(name)) continue
    const span = findName(input, reference, name)
    if (!span) continue
    const mention = {text: input.slice(span.start, span.end), span}
    const outlet = outletName(name)
    if (outlet) organizations = withMention(organizations, outlet, mention)
    else people = withMention(people, name, mention)
  }
  return {...entities, people, organizations}
}

/** Where the name (or its URL slug) stands in the reference's text. */
function findName(input: string, reference: Reference, name: string): {start: number; end: number} | undefined {
  const source = input.slice(reference.span.start, reference.span.end).toLowerCase()
  for (const form of [name.toLowerCase(), name.toLowerCase().replace(/[\s.]+/g, '-')]) {
    const at = source.lastIndexOf(form)
    if (at >= 0) return {start: reference.span.start + at, end: reference.span.start + at + form.length}
  }
  return undefined
}
