/**
 * The tense reader: is the clause around a date expression about the past, the
 * present or the future? It reads the verbs of the sentence (will/'ll/going to/set
 * to/expected to/should/may… for the future; -ed forms, was/were/had/said and irregular past
 * forms for the past; is/are/has… for the present) and takes the marker nearest to the
 * expression, preferring one in the same clause (clauses end at dashes, semicolons,
 * colons and parentheses).
 *
 * @internal
 */
import type {Tense, View} from './view.js'
import {wordAt} from './view.js'
import {
  aheadCues,
  alwaysAhead,
  clauseBreaks,
  determiners,
  futureHeads,
  futureWords,
  intentHeads,
  modals,
  modalsAhead,
  notSchedule,
  notPast,
  objectWords,
  participles,
  pastAuxiliaries,
  pastInEed,
  pastPerfect,
  pastWords,
  presentWords,
  reportingVerbs,
  scheduleVerbs,
  unVerbs,
} from '../../data/tense-words.js'
import {ALL_LOWER} from '../../internal/letter-patterns.js'

/**
 * How much farther a reporting verb counts when a comma lies between it and the date ("prices
 * should fall by Wednesday, analysts said"): the frame, not the verb of the words reported.
 */
const framePenalty = 10

/** "due in late January", "expected in March", "expected by the end of June": a time ahead (not "set in 1990", "planned in 2019"). */
const dueHeads: ReadonlySet<string> = new Set(['due', 'expected'])

function markerAt(view: View, index: number): Tense | undefined {
  const word = wordAt(view, index)
  if (futureWords.has(word) || word.endsWith("'ll")) return 'future'
  const next = wordAt(view, index + 1)
  if (futureHeads.has(word) && (next === 'to' || next === 'for' || alwaysAhead.has(word) || ((next === 'in' || next === 'by') && dueHeads.has(word)))) {
    return pastAuxiliaries.has(wordAt(view, index - 1)) ? 'past' : 'future'
  }
  if ((word === 'is' || word === 'are') && next === 'to') return 'future'
  if (modalsAhead.has(word) && next !== 'have') return 'future'
  if ((word === 'expect' || word === 'expects') && objectThenTo(view, index + 1)) return 'future'
  if (intentHeads.has(word) && next === 'to' && isVerbAfterTo(view, index + 2)) return 'future'
  if (isSchedule(view, index, word)) return 'future'
  if (presentWords.has(word) || word.endsWith("'s") || word.endsWith("'re")) return word === 'has' || word === 'have' ? pastIfParticiple(view, index) : 'present'
  if (isPastForm(word) && isAdjective(view, index)) return undefined
  if (isPastForm(word) || (pastWords.has(word) && participles.has(word))) return passive(view, index)
  if (pastWords.has(word)) return 'past'
  return undefined
}

/** "The trial begins Monday", "they meet Monday", "takes effect Saturday", "comes out Friday": a timetable's present simple (not "to meet", "did not meet", "will meet", "its opens"). */
function isSchedule(view: View, index: number, word: string): boolean {
  const before = wordAt(view, index - 1)
  if (word === 'takes') return /^(?:effect|office|place)$/.test(wordAt(view, index + 1))
  // "the album comes out Friday"
  if (word === 'comes') return wordAt(view, index + 1) === 'out'
  if (!scheduleVerbs.has(word) || determiners.has(before)) return false
  return word.endsWith('s') || !(notSchedule.has(before) || modals.has(before) || pastWords.has(before) || presentWords.has(before))
}

/** "expect the bridge to reopen": a short object, then "to" and a verb. */
function objectThenTo(view: View, from: number): boolean {
  for (let index = from; index < from + 5; index++) {
    if (wordAt(view, index) === 'to') return index > from && isVerbAfterTo(view, index + 1)
  }
  return false
}

/**
 * "will be signed" is future, "is signed" present, "signed", "been signed" and "could not be reached" past; a past form
 * that is also the bare verb after a modal looks ahead ("will set Friday as the deadline", "to hit").
 */
function passive(view: View, index: number): Tense {
  const before = wordAt(view, index - 1)
  if (before === 'is' || before === 'are' || before === 'am') return 'present'
  if (modals.has(before) && before !== 'could') return 'future'
  if (before !== 'be') return 'past'
  const modal = wordAt(view, index - 2 - (wordAt(view, index - 2) === 'not' ? 1 : 0))
  if (modal === 'could' || modal === "couldn't") return 'past'
  return modals.has(modal) || modal.endsWith("'ll") ? 'future' : 'present'
}

/** A regular past form: "rolled", "agreed" — not "need", "succeed", "hundred". */
function isPastForm(word: string): boolean {
  if (word.length <= 4 || !word.endsWith('ed') || notPast.has(word) || !ALL_LOWER.test(word)) return false
  return !word.endsWith('eed') || pastInEed.has(word)
}

/** Whether the word after "to" can be a verb (not "to the", "to Moscow", "to 5%"). */
function isVerbAfterTo(view: View, index: number): boolean {
  const word = wordAt(view, index)
  return ALL_LOWER.test(view.tokens[index]?.text ?? '') && !determiners.has(word) && !objectWords.has(word)
}

/** An -ed form used as an adjective: after a determiner, or a negated participle ("unidentified", "untouched"). */
function isAdjective(view: View, index: number): boolean {
  const word = wordAt(view, index)
  if (word.startsWith('un') && !word.startsWith('under') && !unVerbs.has(word)) return true
  return determiners.has(wordAt(view, index - 1))
}

/** "has reached" reads as past; "has" alone as present. */
function pastIfParticiple(view: View, index: number): Tense {
  const next = wordAt(view, index + 1)
  return next === 'been' || isPastForm(next) || pastWords.has(next) ? 'past' : 'present'
}

/**
 * The tense around tokens `[first, end)`: the nearest marker in the same clause, else
 * the nearest in the sentence; 'none' when the sentence has no marker.
 *
 * @example
 * ```ts
 * readTense(buildView(tokenize('They will meet on Friday.')), 4, 5) // 'future'
 * ```
 */
export function readTense(view: View, first: number, end: number): Tense {
  const token = view.tokens[first]
  if (!token) return 'none'
  const sentence = token.sentence
  const cue = wordAt(view, first - 1) === 'on' || wordAt(view, first - 1) === 'at' ? first - 2 : first - 1
  if (wordAt(view, cue) === 'as' && (wordAt(view, cue - 1) === 'soon' || wordAt(view, cue - 1) === 'early')) return 'future'
  // "shares have fallen since January": what a span starts from lies behind
  if (wordAt(view, cue) === 'since') return 'past'
  let best: Tense = 'none'
  let bestAt = -1
  let bestScore = Infinity
  const scan = (from: number, step: number): void => {
    let breaks = 0
    let commas = 0
    for (let index = from, steps = 0; steps < 40; index += step, steps++) {
      const candidate = view.tokens[index]
      if (!candidate || candidate.sentence !== sentence) return
      if (clauseBreaks.has(candidate.text)) breaks++
      if (candidate.text === ',') commas++
      const tense = markerAt(view, index)
      if (!tense) continue
      // (Its auxiliary too: "…, the government has confirmed".)
      const frame = commas > 0 && (reportingVerbs.has(wordAt(view, index)) || reportingVerbs.has(wordAt(view, index + 1))) ? framePenalty : 0
      const score = breaks * 100 + steps * 2 + (step > 0 ? 1 : 0) + frame
      if (score < bestScore) {
        bestScore = score
        best = tense
        bestAt = index
      }
      return
    }
  }
  scan(first - 1, -1)
  scan(end, 1)
  if (aheadCues.has(wordAt(view, cue))) return pastPerfect.has(wordAt(view, bestAt)) ? 'past' : 'future'
  return best
}
