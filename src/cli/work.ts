/**
 * One unit of `nutgraf`'s work — a file's bytes or a JSONL line → the text printed for it —
 * done the same way in the main thread (`--jobs 1`) and in a worker thread.
 *
 * @internal
 */
import {parseArticle} from '../index.js'
import {decodeText} from './decode.js'
import {render, type RenderSettings} from './output.js'
import {parseRecord} from './records.js'
import type {NameModel} from '../types.js'

/** What to parse: a whole file (or stdin) as one article, one JSONL line, or an input that already failed. */
export type Task =
  | {kind: 'file'; name: string; bytes: Uint8Array}
  | {kind: 'record'; line: number; bytes: Uint8Array}
  | {kind: 'failed'; name: string; error: string}

/** The settings every task of a run shares (sent once to each worker). */
export interface WorkSettings extends RenderSettings {
  referenceDate?: string
  /** `--model`: the user's name-tagger model, read and checked once by the main thread. */
  model?: NameModel
}

/** A task done: the text to print, and the message for stderr when it failed. */
export interface Done {
  text: string
  /** `path: reason` or `line 3 (id "a1"): reason`. */
  error?: string
  /** True when a FILE failed (exit status 1); a bad JSONL record is reported in its line only. */
  fileFailed: boolean
}

/** Do one task. Never throws for any input: a failure is rendered as an error result. */
export function perform(task: Task, settings: WorkSettings): Done {
  if (task.kind === 'record') {
    const record = parseRecord(task.bytes, task.line, settings.referenceDate, settings.model)
    const done: Done = {text: render(record.result, record.label, settings), fileFailed: false}
    if (record.error !== undefined) done.error = record.error
    return done
  }
  const decoded = task.kind === 'failed' ? {error: task.error} : decodeText(task.bytes)
  if ('error' in decoded) {
    return {text: render({file: task.name, error: decoded.error}, task.name, settings), error: `${task.name}: ${decoded.error}`, fileFailed: true}
  }
  const {referenceDate, model} = settings
  const article = parseArticle(decoded.text, {...(referenceDate === undefined ? {} : {referenceDate}), ...(model ? {model} : {})})
  return {text: render({file: task.name, article}, task.name, settings), fileFailed: false}
}

/** {@link perform}, with an unexpected exception (a bug) rendered as that task's error. */
export function performSafely(task: Task, settings: WorkSettings): Done {
  try {
    return perform(task, settings)
  } catch (error) {
    return failure(task, `internal error: ${error instanceof Error ? error.message : String(error)}`, settings)
  }
}

/** A task that could not be done (an internal error, a worker that stopped): counted as a failed input. */
export function failure(task: Task, reason: string, settings: WorkSettings): Done {
  const name = task.kind === 'record' ? `line ${task.line}` : task.name
  const result = task.kind === 'record' ? {line: task.line, error: reason} : {file: name, error: reason}
  return {text: render(result, name, settings), error: `${name}: ${reason}`, fileFailed: true}
}
