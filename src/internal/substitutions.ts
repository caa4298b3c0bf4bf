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
  let text = packed
  for (let at = 0; at < substitutions.length; ) {
    let end = at + 1
    for (let code = substitutions.charCodeAt(end); end < substitutions.length && (code === 32 || (code >= 97 && code <= 122)); code = substitutions.charCodeAt(++end));
    text = text.split(substitutions.charAt(at)).join(substitutions.slice(at + 1, end))
    at = end
  }
  return text
}
