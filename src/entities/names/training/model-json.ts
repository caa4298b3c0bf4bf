/**
 * The model as JSON: what training writes and what the tagger reads (the packed
 * weights plus a format version).
 *
 * @internal
 */
import type {PackedModel} from '../../../data/packed-model.js'

/**
 * Version of the model format this code writes and reads. A model with another
 * version was made for other features or another packing and must not be used.
 *
 * @example
 * ```ts
 * modelVersion // 1
 * ```
 */
export const modelVersion = 1

/**
 * A trained name-tagger model, JSON-serializable.
 *
 * @example
 * ```ts
 * const model: ModelJson = {version: 1, features: 'tagger', bits: 22, rice: 8, levels: [0], transitions: [], ids: '', rows: ''}
 * ```
 */
export interface ModelJson extends PackedModel {
  /** Format version ({@link modelVersion}). */
  version: number
  /** The feature families it was trained with ("tagger+classes"). */
  features: string
}
