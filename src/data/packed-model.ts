/**
 * The packed form of the name tagger's weights: the shape `scripts/generate/train-ner.ts`
 * writes into `ner-model.ts` and `entities/names/model.ts` unpacks.
 *
 * @internal
 */

/**
 * The characters of quantization levels 0, 1, … in {@link PackedModel.rows}: printable
 * ASCII from '(' without the backslash and the backquote, so that no level needs an
 * escape in a string literal of any bundler's output.
 *
 * @example
 * ```ts
 * levelAlphabet.charAt(2) // '*': the third level
 * ```
 */
export const levelAlphabet = '()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}~'

/**
 * The packed form of the weights, as scripts/generate/train-ner.ts writes it.
 *
 * @example
 * ```ts
 * const empty: PackedModel = {bits: 22, rice: 8, levels: [0], transitions: [], ids: '', rows: ''}
 * ```
 */
export interface PackedModel {
  /** Bits of the hashed feature space. */
  bits: number
  /** Rice parameter of the id gaps: a gap is its quotient `gap >> rice` in unary, then `rice` low bits. */
  rice: number
  /** The score of each quantization level. */
  levels: readonly number[]
  /** Transition scores, `(tagCount + 1) × tagCount`, the last row from the start. */
  transitions: readonly number[]
  /** Base64 of the Rice-coded gaps between the ascending feature ids, bits MSB first. */
  ids: string
  /** One character a weight (its level's in `levelAlphabet`), column-major: every feature's tag 0, then tag 1, … */
  rows: string
  /** Format version (1); absent in models from before versions. */
  version?: number
  /** The feature families the model was trained with ("tagger+classes"); absent: "tagger". */
  features?: string
}
