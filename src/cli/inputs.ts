/**
 * Inputs of `nutgraf`: FILE, DIR (read recursively) or `-` (stdin), expanded into the
 * list of files to parse, in a stable order. Reading is left to the caller, one file at
 * a time, so a large batch is streamed.
 *
 * @internal
 */
import {readdir, stat} from 'node:fs/promises'
import {join} from 'node:path'

/** One input to parse: a file path, `-` for stdin, or a path that could not be listed. */
export interface Input {
  /** As it is reported: the path, or `-`. */
  name: string
  /** Why it cannot be read, found while listing (a missing path, an unreadable directory). */
  error?: string
}

/**
 * Expand the command-line inputs. Each FILE and `-` stays as given; a DIR becomes the
 * files below it whose names end with one of `extensions` (hidden entries skipped),
 * sorted. A path that cannot be listed becomes an input with an `error`.
 */
export async function expandInputs(names: string[], extensions: string[]): Promise<Input[]> {
  const inputs: Input[] = []
  for (const name of names) {
    if (name === '-') {
      inputs.push({name})
      continue
    }
    try {
      if ((await stat(name)).isDirectory()) inputs.push(...(await listDirectory(name, extensions)))
      else inputs.push({name})
    } catch (error) {
      inputs.push({name, error: describeError(error)})
    }
  }
  return inputs
}

async function listDirectory(directory: string, extensions: string[]): Promise<Input[]> {
  const entries = (await readdir(directory, {withFileTypes: true}))
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const inputs: Input[] = []
  for (const entry of entries) {
    const path = join(directory, entry.name)
    const isDirectory = entry.isDirectory() || (entry.isSymbolicLink() && (await stat(path).catch(() => undefined))?.isDirectory())
    if (isDirectory) {
      try {
        inputs.push(...(await listDirectory(path, extensions)))
      } catch (error) {
        inputs.push({name: path, error: describeError(error)})
      }
    } else if (extensions.some((ext) => entry.name.endsWith(ext))) inputs.push({name: path})
  }
  return inputs
}

/** A short message for a file-system error: "no such file or directory" rather than a stack. */
export function describeError(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = String((error as {code: unknown}).code)
    const known: Record<string, string> = {
      ENOENT: 'no such file or directory',
      EACCES: 'permission denied',
      EISDIR: 'is a directory',
      ENOTDIR: 'not a directory',
    }
    if (known[code]) return known[code]
  }
  return error instanceof Error ? error.message : String(error)
}
