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
 * modelOption({version: 0, rows: ''}, 'parseArticle') // throws: format version 0, this nutgraf reads 1
 * ```
 */
export function modelOption(value: unknown, functionName: string): ModelJson | undefined {
  if (value === undefined) return undefined
  if (typeof value === 'object' && value !== null && checked.has(value)) return value as ModelJson
  const fail = (what: string): never => {
    throw new TypeError(`nutgraf: ${functionName}() option model${what}`)
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    fail(` must be a model from \`nutgraf train\`, got ${describeValue(value)}`)
  }
  const model = value as Record<string, unknown>
  const version = model['version']
  if (typeof version !== 'number' || !('rows' in model)) {
    fail(' is not a nutgraf model: no "version" and "rows"')
  }
  if (version !== modelVersion) {
    const advice = (version as number) > modelVersion ? 'update nutgraf' : 'train it again'
    throw new Error(`nutgraf: ${functionName}() option model is format version ${String(version)}, this nutgraf reads ${modelVersion}: ${advice}`)
  }
  const numbers = (list: unknown): list is number[] => Array.isArray(list) && list.every((item) => typeof item === 'number' && Number.isFinite(item))
  const fields: ReadonlyArray<[string, (value: unknown) => boolean, string | number]> = [
    ['bits', (bits) => bits === featureBits, featureBits],
    ['rice', (rice) => Number.isInteger(rice) && (rice as number) >= 0 && (rice as number) < 32, '0 to 31'],
    ['features', (features) => typeof features === 'string', 'a string'],
    ['levels', (levels) => numbers(levels) && levels.length > 0 && levels.length <= levelAlphabet.length, `1 to ${levelAlphabet.length} numbers`],
    ['transitions', (transitions) => numbers(transitions) && transitions.length === (tagCount + 1) * tagCount, `${(tagCount + 1) * tagCount} numbers`],
    ['ids', (ids) => typeof ids === 'string' && base64.test(ids), 'base64'],
    ['rows', (rows) => typeof rows === 'string' && rows.length % tagCount === 0, `${tagCount} characters a feature`],
  ]
  for (const [field, ok, want] of fields) if (!ok(model[field])) fail(`.${field} must be ${want}, got ${describeValue(model[field])}`)
  try {
    featureFamilies(model['features'] as string)
  } catch (error) {
    fail(`.features: ${(error as Error).message}`)
  }
  const levels = (model['levels'] as number[]).length
  const rows = model['rows'] as string
  const known = new Uint8Array(128)
  for (let level = 0; level < levels; level++) known[levelAlphabet.charCodeAt(level)] = 1
  for (let index = 0; index < rows.length; index++) {
    if (known[rows.charCodeAt(index)] !== 1) fail(`.rows: ${JSON.stringify(rows.charAt(index))} at ${index} is no level`)
  }
  checked.add(model)
  return model as unknown as ModelJson
}
