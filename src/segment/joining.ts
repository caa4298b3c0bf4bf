/**
 * Paragraph joining: a candidate that ends unfinished is joined with the next
 * non-boilerplate candidate that continues it, across blank lines, reference lines,
 * page furniture and boilerplate between them (see rules/continuation.ts).
 *
 * @internal
 */
import {isProse, mergeCandidates, type Candidate} from './candidates.js'
import {parseByline} from './rules/byline.js'
import {continues} from './rules/continuation.js'
import {findDateline, isDatelineFragment} from './rules/dateline.js'
import {endsSentence, startsLower} from './text-shape.js'
import {onFirstUse} from '../internal/on-first-use.js'

/** Shortest unfinished paragraph, in words, that a later block may continue. */
const minimumWords = 6

/** Most short blocks that may stand between two halves of a paragraph. */
const maximumInserted = 3

/** Most blocks looked past for the rest of a sentence that cannot end where it stops (menu blocks among them). */
const maximumReach = 20

/**
 * Join the candidates that continue one another; boilerplate between them stays apart.
 *
 * @example
 * ```ts
 * joinContinuations(candidatesOf('It was the start of\n\nhttps://x.com\n\nthe end.')).length // 1
 * ```
 */
export function joinContinuations(candidates: readonly Candidate[]): Candidate[] {
  const result: Candidate[] = []
  let open = -1
  for (let index = 0; index < candidates.length; index++) {
    const candidate = candidates[index] as Candidate
    if (candidate.boilerplate) {
      result.push(candidate)
      // A link list's heading ("More on …") ends the article: the text under it continues no paragraph above it.
      if (candidate.boilerplate === 'links') open = -1
      continue
    }
    const previous = result[open]
    // A dateline with the first words of its sentence or none ("KYIV (Reuters) - Gen. Mark", "WASHINGTON —"), a blank
    // line, then the sentence's rest: one paragraph, whatever the case of the rest.
    if (previous && previous.lines.length === 1 && isDatelineFragment(previous.text) && opensDatelineRest(candidate)) {
      result[open] = mergeCandidates(previous, candidate)
      continue
    }
    // A Title Case headline is not an unfinished paragraph, and a byline under it does not continue it.
    const unfinished =
      previous !== undefined && previous.words >= minimumWords && previous.lower >= 0.2 && !endsSentence(previous.text, true) && !parseByline(candidate.text)
    const inserted = unfinished && !startsLower(candidate.text) ? insertedBefore(candidates, index, previous.text) : 0
    if (previous && inserted > 0) {
      // Short blocks (a pull quote, an ad) sit between two halves of a paragraph: set them aside.
      for (let skip = index; skip < index + inserted; skip++) result.push({...(candidates[skip] as Candidate), boilerplate: 'inserted'})
      index += inserted
      result[open] = mergeCandidates(previous, candidates[index] as Candidate)
      continue
    }
    // One word may finish it too, when it ends the sentence in lower case ("… cliffs on three" / "sides.").
    const rest = candidate.words >= 2 || (startsLower(candidate.text) && endsSentence(candidate.text))
    if (previous && unfinished && rest && continues(previous.text, candidate.text)) {
      result[open] = mergeCandidates(previous, candidate)
      continue
    }
    open = result.length
    result.push(candidate)
  }
  return result
}

/** A name in lower case then capitals ("iTunes is Apple's store."): a sentence's start, not the rest of one. */
const OPENS_WITH_NAME = onFirstUse(() => RegExp(String.raw`^\p{Ll}+\p{Lu}`, 'u'))

/**
 * How many short blocks stand between an unfinished paragraph and a lower-case block that continues it (0: none): three at
 * most, and any number of menu blocks (up to twenty blocks in all) when the paragraph stops at a comma or a word no sentence
 * ends with.
 */
function insertedBefore(candidates: readonly Candidate[], index: number, before: string): number {
  // (Menu blocks — few lower-case words — do not count after a comma or a word no sentence ends with: a PDF page's top reads a
  // menu column between "… opened in 2001," and "the Steelers have stayed with grass.")
  let counted = 0
  for (let ahead = index; ahead < Math.min(candidates.length, index + maximumReach) && counted <= maximumInserted; ahead++) {
    const candidate = candidates[ahead] as Candidate
    if (ahead > index && !candidate.boilerplate && startsLower(candidate.text) && !OPENS_WITH_NAME().test(candidate.text) && continues(before, candidate.text)) return ahead - index
    if (candidate.lower < 0.2 && continues(before, 'A')) continue
    counted++
    // A block longer than a pull quote, or a paragraph of prose that quotes no one, is no insert: the story's own.
    if (!candidate.boilerplate && (candidate.words > 30 || (isProse(candidate) && !'"“‘'.includes(candidate.text.charAt(0))))) return 0
  }
  return 0
}

/** The rest of a dateline's sentence: prose or a lower-case start, not a byline or another dateline. */
function opensDatelineRest(candidate: Candidate): boolean {
  if (candidate.words < 2 || parseByline(candidate.text) || findDateline(candidate.text)) return false
  return isProse(candidate) || startsLower(candidate.text)
}
