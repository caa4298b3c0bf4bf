/**
 * Substrings written one character each, spelled out again: how the shipped gazetteer lists
 * (src/data/gazetteer-lists.ts) write frequent pieces such as " province" or "land", which
 * gzip then codes in fewer bits than its own back-references (docs/results-ner.md,
 * "Session 13").
 *
 * @internal
 */

/**
 * Spell out the substrings `packed` writes one character each: `substitutions` holds each
 * such character followed by what it stands for (lower-case letters a–z and spaces).
 *
 * @example
 * ```ts
 * expandSubstitutions('Aabia!', '! state# region') // 'Aabia state'
 * ```
 */
export function expandSubstitutions(packed: string, substitutions: string): string {
  const texts = new Map<string, string>()
  for (let at = 0; at < substitutions.length; ) {
    let end = at + 1
    for (let code = substitutions.charCodeAt(end); end < substitutions.length && (code === 32 || (code >= 97 && code <= 122)); code = substitutions.charCodeAt(++end));
    texts.set(substitutions.charAt(at), substitutions.slice(at + 1, end))
    at = end
  }
  if (texts.size === 0) return packed
  // One native pass (a class of single characters: linear), ~4× faster than a split and join a character.
  const codes = [...texts.keys()].map((code) => `\\u${code.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')
  return packed.replace(RegExp(`[${codes}]`, 'g'), (code) => texts.get(code) as string)
}
