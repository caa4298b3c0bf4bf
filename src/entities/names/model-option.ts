/**
 * The `model` option of `parseArticle` / `extractEntities`: a name-tagger model the
 * caller trained (`nutgraf train`), used instead of the built-in one. It is checked
 * once per object (a `WeakSet` remembers the models that passed): a value that is not
 * a model is a `TypeError` naming the field that is wrong; a model of another format
 * version is an `Error` saying which version it is and which this code reads — never
 * a silent run with weights read the wrong way.
 *
 * @internal
 */
import {describeValue} from '../../internal/assert-text.js'
import {levelAlphabet} from '../../data/packed-model.js'
import {featureBits} from './features.js'
import {featureFamilies} from './model-features.js'
import {tagCount} from './tags.js'
import {type ModelJson, modelVersion} from './training/model-json.js'

const checked = new WeakSet<object>()

const base64 = /^[A-Za-z0-9+/]*={0,2}$/

/**
 * Check a `model` option: undefined stays undefined; a model of this format version
 * is returned as it is; anything else throws.
 *
 * @param value - The option as given (usually `JSON.parse` of a model file).
 * @param functionName - The public function, for messages.
 * @throws TypeError when `value` is not a model (the message names the field);
 *   Error when it is a model of another format version.
 *
 * @example
 * ```ts
 * modelOption(undefined, 'parseArticle') // undefined
 * modelOption({version: 0}, 'parseArticle') // throws: format version 0, this nutgraf reads version 1
 * ```
 */
export function modelOption(value: unknown, functionName: string): ModelJson | undefined {
  if (value === undefined) return undefined
  if (typeof value === 'object' && value !== null && checked.has(value)) return value as ModelJson
  const fail = (what: string): never => {
    throw new TypeError(`nutgraf: ${functionName}() option model${what}`)
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    fail(` must be a model object (the JSON that \`nutgraf train\` writes), got ${describeValue(value)}`)
  }
  const model = value as Record<string, unknown>
  const version = model['version']
  if (typeof version !== 'number' || !('rows' in model)) {
    fail(' is not a nutgraf model: it has no format "version" and "rows" (load the JSON that `nutgraf train` writes)')
  }
  if (version !== modelVersion) {
    const advice = (version as number) > modelVersion ? 'a newer nutgraf made it: update nutgraf' : 'train it again with this nutgraf (`nutgraf train`)'
    throw new Error(`nutgraf: ${functionName}() option model is format version ${String(version)}, this nutgraf reads version ${modelVersion}: ${advice}`)
  }
  const numbers = (field: string, length?: number): number[] => {
    const list = model[field]
    if (!Array.isArray(list) || list.some((item) => typeof item !== 'number' || !Number.isFinite(item))) fail(`.${field} must be an array of finite numbers, got ${describeValue(list)}`)
    if (length !== undefined && (list as number[]).length !== length) fail(`.${field} must have ${length} numbers, got ${(list as number[]).length}`)
    return list as number[]
  }
  if (model['bits'] !== featureBits) fail(`.bits must be ${featureBits} (the hashed feature space), got ${describeValue(model['bits'])}`)
  const rice = model['rice']
  if (!Number.isInteger(rice) || (rice as number) < 0 || (rice as number) > 31) fail(`.rice must be a whole number from 0 to 31, got ${describeValue(rice)}`)
  const features = model['features']
  if (typeof features !== 'string') fail(`.features must be a string such as "tagger+classes", got ${describeValue(features)}`)
  try {
    featureFamilies(features as string)
  } catch (error) {
    fail(`.features: ${(error as Error).message}`)
  }
  const levels = numbers('levels')
  if (levels.length === 0 || levels.length > levelAlphabet.length) fail(`.levels must have 1 to ${levelAlphabet.length} numbers, got ${levels.length}`)
  numbers('transitions', (tagCount + 1) * tagCount)
  const ids = model['ids']
  if (typeof ids !== 'string' || !base64.test(ids)) fail('.ids must be a base64 string')
  const rows = model['rows']
  if (typeof rows !== 'string' || rows.length % tagCount !== 0) fail(`.rows must be a string of ${tagCount} characters a feature`)
  const known = new Uint8Array(128)
  for (let level = 0; level < levels.length; level++) known[levelAlphabet.charCodeAt(level)] = 1
  for (let index = 0; index < (rows as string).length; index++) {
    if (known[(rows as string).charCodeAt(index)] !== 1) fail(`.rows has ${JSON.stringify((rows as string).charAt(index))} at ${index}, not one of its ${levels.length} levels`)
  }
  checked.add(model)
  return model as unknown as ModelJson
}
