/**
 * Rule: a line labelled as a caption ("Image caption, …", "Caption: …", "Photo caption:
 * …", "Video: …") is a caption; its text starts after the label. So is a short line that ends with
 * a photo marker: "Pervez Musharraf (file photo)", "Jane Doe (pictured)". A media
 * placeholder in square brackets ("[Photo: … (Credit)]", as pasted text shows an image) is
 * read without its brackets.
 *
 * @internal
 */

const label = /^(?:(?:image|photo|picture|video) caption\s?[,:]|caption\s?:|video\s?:)\s?/iu
const MEDIA_LABEL = /^(?:photo|image|picture)\s?:\s?/iu

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
  return labelLength(label, line)
}

/**
 * Length of a media label ("Photo: ", "Image: ") that opens `line`, or 0. It is left out
 * of a caption's text, but makes a line a caption only inside brackets: "Photo: Reuters"
 * is a credit.
 *
 * @example
 * ```ts
 * mediaLabel('Photo: Transmission lines near Ashburn, Va.') // 7
 * mediaLabel('Photographs were taken.') // 0
 * ```
 */
export function mediaLabel(line: string): number {
  return labelLength(MEDIA_LABEL, line)
}

/** Length of the label `pattern` finds at the start of `line`, or 0 (also when nothing follows it). */
function labelLength(pattern: RegExp, line: string): number {
  const match = pattern.exec(line)
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

/**
 * Width of the square brackets around a whole line ("[Photo: …]"): 1, or 0 when the
 * line is not wrapped in them.
 *
 * @example
 * ```ts
 * bracketWidth('[Photo: Transmission lines near Ashburn, Va.]') // 1
 * bracketWidth('[1] A footnote.') // 0
 * ```
 */
export function bracketWidth(line: string): number {
  return line.length > 2 && line.startsWith('[') && line.endsWith(']') && line.indexOf(']') === line.length - 1 ? 1 : 0
}
