/**
 * The shipped model's packing: a trained model's weight levels entropy-coded
 * (../ans.ts) with one frequency table per tag, for scripts/generate/train-ner.ts.
 * `unpack` (../model.ts) reads either form into the same weights.
 *
 * @internal
 */
import {levelAlphabet, type ShippedModel} from '../../../data/packed-model.js'
import {ansEncode, ansFrequencies} from '../ans.js'
import {tagCount} from '../tags.js'
import type {ModelJson} from './model-json.js'
import {encodeBase64} from './pack.js'

/**
 * A trained model in the shipped packing: the same ids, levels and transitions; the
 * `rows` of level characters replaced by their rANS code.
 *
 * @example
 * ```ts
 * shipModel({version: 1, features: 'tagger', bits: 22, rice: 8, levels: [-1, 0, 1], transitions: [], ids: '', rows: ''}).count // 0
 * ```
 */
export function shipModel(model: ModelJson): ShippedModel {
  const count = Math.floor(model.rows.length / tagCount)
  // Row-major (a feature's tags side by side, as the unpacked weights are), from the column-major rows.
  const symbols = new Uint8Array(count * tagCount)
  for (let tag = 0; tag < tagCount; tag++) {
    for (let row = 0; row < count; row++) {
      const level = levelAlphabet.indexOf(model.rows.charAt(tag * count + row))
      if (level < 0 || level >= model.levels.length) throw new Error(`ship: ${JSON.stringify(model.rows.charAt(tag * count + row))} is no level`)
      symbols[row * tagCount + tag] = level
    }
  }
  const levelFrequencies = Array.from({length: tagCount}, (_, tag) => {
    const counts = model.levels.map(() => 0)
    for (let at = tag; at < symbols.length; at += tagCount) counts[symbols[at] as number] = (counts[symbols[at] as number] as number) + 1
    return ansFrequencies(counts)
  })
  const {rows: _rows, ...rest} = model
  return {...rest, count, levelFrequencies, codedLevels: encodeBase64(ansEncode(symbols, levelFrequencies)).replaceAll('=', '')}
}
