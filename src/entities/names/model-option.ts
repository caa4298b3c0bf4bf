/**
 * The `model` option of `parseArticle` / `extractEntities`: a name-tagger model the
 * caller trained (`nutgraf train`), used instead of the built-in one. A value that
 * is not a model (not an object with the fields unpacking reads) is a `TypeError` that
 * names those fields and says what was given; a model of another format version is an
 * `Error` saying which version it is and which this code reads — never a silent run
 * with weights read the wrong way. The checks are few and cheap (they run on every call;
 * the bundle budget is tight): a model from `nutgraf train` passes them.
 *
 * @internal
 */
import {describeValue} from '../../internal/assert-text.js'
import {type ModelJson, modelVersion} from './training/model-json.js'

/**
 * Check a `model` option: undefined stays undefined; a model of this format version
 * is returned as it is; anything else throws.
 *
 * @param value - The option as given (usually `JSON.parse` of a model file).
 * @param functionName - The public function, for messages.
 * @throws TypeError when `value` is not a model; Error when it is a model of another
 *   format version.
 *
 * @example
 * ```ts
 * modelOption(undefined, 'parseArticle') // undefined
 * modelOption({version: 0, rows: ''}, 'parseArticle') // throws: format version 0, this nutgraf reads 1
 * ```
 */
export function modelOption(value: unknown, functionName: string): ModelJson | undefined {
  if (value === undefined) return undefined
  const model = value as Record<string, unknown> | null
  const prefix = `nutgraf: ${functionName}() option model`
  const version = model?.['version']
  if (typeof model !== 'object' || !model || typeof version !== 'number' || typeof model['rows'] !== 'string' || typeof model['ids'] !== 'string' || !Array.isArray(model['levels']) || !Array.isArray(model['transitions'])) {
    throw new TypeError(`${prefix} must be a model from \`nutgraf train\`, got ${describeValue(value)}`)
  }
  if (version !== modelVersion) throw new Error(`${prefix} is format version ${version}, this nutgraf reads ${modelVersion}: train it again with this nutgraf`)
  return model as unknown as ModelJson
}
