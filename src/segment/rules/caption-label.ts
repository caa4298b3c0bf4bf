/**
 * Rule: a line labelled as a caption ("Image caption, …", "Caption: …", "Photo caption:
 * …", "Video: …") is a caption; its text starts after the label. So is a short line that ends with
 * a photo marker: "Pervez Musharraf (file photo)", "Jane Doe (pictured)".
 *
 * @internal
 */

const label = /^(?:(?:image|photo|picture|video) caption\s?[,:]|caption\s?:|video\s?:)\s?/iu

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

/**
 * Whether a short line ends with a photo marker ("(file photo)", "(pictured)", "(photo)").
 *
 * @example
 * ```ts
 * hasPhotoMarker('Pervez Musharraf (file photo)') // true
 * hasPhotoMarker('The photo (left) was taken in 2001 by a tourist.') // false
 * ```
 */
export function hasPhotoMarker(line: string): boolean {
  return /\((?:file )?(?:photo|image|picture|pictured|pic)\)$/iu.test(line)
}
