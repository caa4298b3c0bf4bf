/**
 * Mention clustering: group name mentions into entities ("Milley" with "Mark Milley").
 * (Skeleton: exact-text grouping; the full rules land with issue 3.)
 *
 * @internal
 */
import type {Entities, Entity} from '../types.js'
import type {NameKind, NameMention} from './names/index.js'

/** Group mentions of each kind into entities, in order of first mention. */
export function clusterMentions(text: string, mentions: readonly NameMention[]): Omit<Entities, 'dates'> {
  const byKind: Record<NameKind, Map<string, Entity>> = {person: new Map(), organization: new Map(), place: new Map()}
  for (const mention of mentions) {
    const surface = text.slice(mention.start, mention.end)
    const key = surface.replace(/\s+/g, ' ')
    const groups = byKind[mention.kind]
    let entity = groups.get(key)
    if (!entity) {
      entity = {name: key, mentions: []}
      groups.set(key, entity)
    }
    if (mention.title && !entity.title) entity.title = mention.title
    entity.mentions.push({text: surface, span: {start: mention.start, end: mention.end}})
  }
  return {
    people: [...byKind.person.values()],
    organizations: [...byKind.organization.values()],
    places: [...byKind.place.values()],
  }
}
