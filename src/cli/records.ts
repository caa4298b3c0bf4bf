/**
 * JSONL records (`nutgraf --format jsonl -`): each line is `{"id", "text", …}`; its result
 * line keeps every field but `text`, in order, and adds `article` — or `error` when the
 * line cannot be parsed, so that one bad line never stops a stream (a Hadoop Streaming
 * or Spark `RDD.pipe` mapper task must not fail on it).
 *
 * @internal
 */
import {normalizeReferenceDate} from '../internal/reference-date.js'
import {parseArticle} from '../index.js'
import {decodeText} from './decode.js'
import type {RecordResult} from './output.js'
import type {NameModel} from '../types.js'

/** A record's result, with the label `--pretty` shows and the message stderr gets when it failed. */
export interface ParsedRecord {
  result: RecordResult
  label: string
  error?: string
}

/**
 * Parse one JSONL line (its bytes, without the line break). `line` is its 1-based number in
 * its input, for messages; `referenceDate` is `--reference-date`, which a record's own
 * string `referenceDate` field overrides; `model` is `--model`'s, already checked.
 */
export function parseRecord(bytes: Uint8Array, line: number, referenceDate: string | undefined, model?: NameModel): ParsedRecord {
  const decoded = decodeText(bytes)
  const json = 'text' in decoded ? decoded.text : new TextDecoder().decode(bytes)
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch (error) {
    const reason = 'error' in decoded ? decoded.error : `not JSON (${(error as Error).message})`
    return failed({line}, line, reason)
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return failed({line}, line, `not a JSON object but ${value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`}`)
  }
  const {text, ...fields} = value as Record<string, unknown>
  if ('error' in decoded) return failed(fields, line, decoded.error)
  if (typeof text !== 'string') return failed(fields, line, text === undefined ? 'no "text" field' : `"text" is ${text === null ? 'null' : `a ${typeof text}`}, not a string`)
  let date = referenceDate
  const own = fields['referenceDate']
  if (own !== undefined) {
    try {
      date = normalizeReferenceDate(own)
    } catch (error) {
      return failed(fields, line, `"referenceDate": ${(error as Error).message.replace(/^nutgraf: referenceDate /, '')}`)
    }
  }
  const article = parseArticle(text, {...(date === undefined ? {} : {referenceDate: date}), ...(model ? {model} : {})})
  return {result: {...fields, article}, label: labelOf(fields, line)}
}

function failed(fields: Record<string, unknown>, line: number, reason: string): ParsedRecord {
  const label = labelOf(fields, line)
  return {result: {...fields, error: reason}, label, error: `${label === `line ${line}` ? label : `line ${line} (${label})`}: ${reason}`}
}

/** `id "a1"` / `id 7` when the record has an id, else `line 12`. */
function labelOf(fields: Record<string, unknown>, line: number): string {
  return 'id' in fields ? `id ${JSON.stringify(fields['id'])}` : `line ${line}`
}
