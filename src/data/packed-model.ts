/**
 * The packed form of the name tagger's weights: the shape `scripts/generate/train-ner.ts`
 * writes into `ner-model.ts` and `entities/names/model.ts` unpacks.
 *
 * @internal
 */
import type {NameModel} from '../types.js'

/**
 * The characters of quantization levels 0, 1, … in a model's `rows`: printable
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
 * The packed form of the weights, as scripts/generate/train-ner.ts writes it: the public
 * {@link NameModel} with `version` and `features` optional (models from before versions
 * have neither; absent `features` means "tagger").
 *
 * @example
 * ```ts
 * const empty: PackedModel = {bits: 22, rice: 8, levels: [0], transitions: [], ids: '', rows: ''}
 * ```
 */
export type PackedModel = Omit<NameModel, 'version' | 'features'> & Partial<Pick<NameModel, 'version' | 'features'>>

/**
 * The shipped model's own packing (what scripts/generate/train-ner.ts writes into
 * `ner-model.ts`): a {@link PackedModel} whose weight levels are entropy-coded
 * (src/entities/names/ans.ts) instead of one character each, which costs ~4 kB less in
 * a gzipped bundle. Only the shipped model has it; a caller's model is a `PackedModel`.
 *
 * @example
 * ```ts
 * const empty: ShippedModel = {version: 1, features: 'tagger', bits: 22, rice: 8, levels: [0], transitions: [], ids: '', count: 0, levelFrequencies: [], codedLevels: 'AAAAgA'}
 * ```
 */
export interface ShippedModel extends Omit<PackedModel, 'rows'> {
  /** Features kept (rows of weights). */
  count: number
  /** Per tag, the rANS frequency of each level (summing to 4096): tag 0's levels are coded with the first table. */
  levelFrequencies: ReadonlyArray<readonly number[]>
  /** Base64 of the rANS-coded level indices, row-major (the first feature's tags 0 to 8, then the second's, …). */
  codedLevels: string
}
