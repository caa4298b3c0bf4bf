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
