/**
 * Rule: a line labelled as a caption ("Image caption, …", "Caption: …", "Photo caption:
 * …") is a caption; its text starts after the label.
 *
 * @internal
 */

const label = /^(?:(?:image|photo|picture|video) caption\s?[,:]|caption\s?:)\s?/iu

/**
 * Length of the caption label that opens `line`, or 0.
 *
 * @example
 * ```ts
 * captionLabel('Image caption, Protesters gathered outside parliament') // 15
 * captionLabel('Caption this, he said.') // 0
 * ```
 */
export function captionLabel(line: string): number {
  const match = label.exec(line)
  return match && match[0].length < line.length ? match[0].length : 0
}
