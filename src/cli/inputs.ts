/**
 * Inputs of `nutgraf`: FILE, DIR (read recursively) or `-` (stdin), expanded into the
 * list of files to parse, in a stable order. Reading is left to the caller, one file at
 * a time, so a large batch is streamed.
 *
 * @internal
 */
import {readdir, stat} from 'node:fs/promises'
import {extname, join} from 'node:path'

/** One input to parse: a file path, `-` for stdin, or a path that could not be listed. */
export interface Input {
  /** As it is reported: the path, or `-`. */
  name: string
  /** Why it cannot be read, found while listing (a missing path, a directory without articles). */
  error?: string
}

/** What listing a directory found: the files to read, and the extensions of the files left out. */
interface Listing {
  inputs: Input[]
  skipped: Map<string, number>
}

/**
 * Expand the command-line inputs. Each FILE and `-` stays as given; a DIR becomes the
 * files below it whose names end with one of `extensions` (hidden entries skipped),
 * sorted. A path that cannot be listed, and a directory with no such file, become an
 * input with an `error` (for the directory: which extensions it has, and `--ext`).
 */
export async function expandInputs(names: string[], extensions: string[]): Promise<Input[]> {
  const inputs: Input[] = []
  for (const name of names) {
    if (name === '-') {
      inputs.push({name})
      continue
    }
    try {
      if (!(await stat(name)).isDirectory()) {
        inputs.push({name})
        continue
      }
      const listing: Listing = {inputs: [], skipped: new Map()}
      await listDirectory(name, extensions, listing)
      if (listing.inputs.length > 0) inputs.push(...listing.inputs)
      else inputs.push({name, error: noFilesMessage(extensions, listing.skipped)})
    } catch (error) {
      inputs.push({name, error: describeError(error)})
    }
  }
  return inputs
}

async function listDirectory(directory: string, extensions: string[], listing: Listing): Promise<void> {
  const entries = (await readdir(directory, {withFileTypes: true}))
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    const path = join(directory, entry.name)
    const isDirectory = entry.isDirectory() || (entry.isSymbolicLink() && (await stat(path).catch(() => undefined))?.isDirectory())
    if (isDirectory) {
      try {
        await listDirectory(path, extensions, listing)
      } catch (error) {
        listing.inputs.push({name: path, error: describeError(error)})
      }
    } else if (extensions.some((ext) => entry.name.endsWith(ext))) {
      listing.inputs.push({name: path})
    } else {
      const ext = extname(entry.name) || '(none)'
      listing.skipped.set(ext, (listing.skipped.get(ext) ?? 0) + 1)
    }
  }
}

/** "no .txt files here; it has 3 .md, 1 .html: read them with --ext .md,.html". */
function noFilesMessage(extensions: string[], skipped: Map<string, number>): string {
  const wanted = `no ${extensions.join(' or ')} files here`
  if (skipped.size === 0) return `${wanted} (it is empty; --ext chooses the extensions read, e.g. --ext .txt,.md)`
  const common = [...skipped].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3)
  const found = common.map(([ext, count]) => `${count} ${ext}`).join(', ')
  const named = common.map(([ext]) => ext).filter((ext) => ext !== '(none)')
  return named.length > 0 ? `${wanted}; it has ${found}: read them with --ext ${named.join(',')}` : `${wanted}; it has ${found} (files without an extension): --ext chooses the extensions read`
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
