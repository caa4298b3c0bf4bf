/**
 * Names with lower-case particles come out whole: "Osama bin Laden", "Charles de Gaulle
 * Airport", "Ludwig van Beethoven", even when the tagger cut them at the particle.
 *
 * @internal
 */
import type {WordRange} from './word-ranges.js'
import type {TaggerWord} from './tagger-words.js'
import {STARTS_CAPITALIZED} from '../../internal/letter-patterns.js'

/** Lower-case particles inside names. Hand-written. */
const particles: ReadonlySet<string> = new Set([
  'bin', 'ibn', 'bint', 'ben', 'de', 'del', 'della', 'der', 'den', 'van', 'von', 'da', 'di', 'du', 'dos', 'das',
  'le', 'la', 'al', 'el', 'ter', 'ten', 'zu', 'y',
])

const isParticle = (word: TaggerWord | undefined): boolean => !!word && particles.has(word.text)
const isCapital = (word: TaggerWord | undefined): boolean => !!word && !word.blocked && STARTS_CAPITALIZED.test(word.text)

/**
 * Join ranges across a particle, and extend a range over "Capital particle" before it or
 * "particle Capital" after it. Ranges must be ordered; a new ordered list is returned.
 *
 * @example
 * ```ts
 * // "Osama/PER bin Laden/LOC" → one PER range "Osama bin Laden"
 * ```
 */
export function joinParticles(sentences: ReadonlyArray<readonly TaggerWord[]>, ranges: readonly WordRange[]): WordRange[] {
  const result: WordRange[] = []
  for (let index = 0; index < ranges.length; index++) {
    const range = ranges[index] as WordRange
    const words = sentences[range.sentence] ?? []
    const previous = result[result.length - 1]
    const previousEnd = previous && previous.sentence === range.sentence ? previous.last : 0
    if (range.last <= previousEnd) continue
    let first = Math.max(range.first, previousEnd)
    let last = range.last
    if (previous && previous.sentence === range.sentence && previous.last + 1 === first && isParticle(words[previous.last])) {
      // "Ludwig van Beethoven" is a person; "Charles de Gaulle Airport", whose part after
      // the particle is a place or organization of two words or more, is that place or organization.
      let type = previous.type
      if (range.type !== 'PER' && last - first >= 2) type = range.type
      else if (previous.type === 'PER' || range.type === 'PER') type = 'PER'
      result[result.length - 1] = {...previous, type, last}
      continue
    }
    if (isParticle(words[first]) && first - 1 >= previousEnd && isCapital(words[first - 1])) first--
    else if (first - 2 >= previousEnd && isParticle(words[first - 1]) && isCapital(words[first - 2])) first -= 2
    const next = ranges[index + 1]
    const thingAfter = !!next && next.sentence === range.sentence && next.first === last + 1 && next.type !== 'PER' && next.last - next.first >= 2
    if (range.type === 'PER' && !thingAfter && isParticle(words[last]) && isCapital(words[last + 1])) last += 2
    // A range that stays as it was is passed on, not copied (see ./refiners.ts).
    result.push(first === range.first && last === range.last ? range : {...range, first, last})
  }
  return result
}
