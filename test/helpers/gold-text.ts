/**
 * Words and sentences of a gold text, as the segmentation eval and the "nothing lost"
 * test compare them: lower-case runs of letters and digits, a hyphenated compound one word
 * without its hyphens ("left-wing" = "leftwing": pdftotext joins line-end hyphens itself),
 * sentences split at line ends and after . ! ? before a capital.
 */

const wordPattern = /[\p{L}\p{N}]+(?:[-\u2010\u2011\u00ad][\p{L}\p{N}]+)*/gu

/** Lower-case words, hyphenated compounds as one word without hyphens. */
export function words(text: string): string[] {
  return (text.toLowerCase().match(wordPattern) ?? []).map((word) => word.replace(/[-\u2010\u2011\u00ad]/gu, ''))
}

/** Sentences of 3+ words: split at line ends and after . ! ? before a capital or an opening quote. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/\n|(?<=[.!?]["'”’)]?)\s+(?=["“'‘(]?\p{Lu})/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => words(sentence).length >= 3)
}

/** The words of `parts` (in input order) as one padded string, for whole-sentence containment. */
export function wordText(parts: readonly string[]): string {
  return ` ${parts.flatMap(words).join(' ')} `
}

/** The gold sentences whose word sequence is nowhere in `text` (made by {@link wordText}). */
export function missingSentences(gold: readonly string[], text: string): string[] {
  return gold.flatMap(sentencesOf).filter((sentence) => !text.includes(` ${words(sentence).join(' ')} `))
}
