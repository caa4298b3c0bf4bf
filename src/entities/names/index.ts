/**
 * Name finder: people, organizations and places as typed mentions.
 * (Skeleton: the tagger lands with issue 3.)
 *
 * @internal
 */
import type {TokenizedText} from '../tokens.js'

/** The kinds of named entity nutgraf reports. */
export type NameKind = 'person' | 'organization' | 'place'

/** One name found in the text, before mentions are grouped into entities. */
export interface NameMention {
  kind: NameKind
  start: number
  end: number
  /** A title or role standing before the name ("Foreign Minister"). */
  title?: string
  /** The rule or model that produced it, for debugging ("tagger", "honorific+name"). */
  rule: string
}

/** Find the names in tokenized text. */
export function findNames(tokenized: TokenizedText): NameMention[] {
  void tokenized
  return []
}
