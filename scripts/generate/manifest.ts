/**
 * The manifest of generated data, `src/data/generated.json`: for each file a generator
 * writes into `src/data`, the generator, the command, and every input with its version
 * (npm packages) or its path under `../shared` and the SHA-256 of the bytes read. Each
 * generator records its own entry when it runs; `test/data/generated.test.ts` checks
 * the recorded inputs against the ones present and regenerates what is fast.
 */
import {createHash} from 'node:crypto'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url))
export const manifestFile = join(projectRoot, 'src', 'data', 'generated.json')

/** One input of a generator. */
export interface Input {
  /** An npm package (`name@version`), a project file or a `../shared/...` path. */
  name: string
  /** SHA-256 of the bytes read (for a package: of the files read, in order). */
  sha256: string
}

/** What the manifest says about one generated file. */
export interface Entry {
  generator: string
  command: string
  inputs: Input[]
  /** SHA-256 of the generated file. */
  output: string
}

export const sha256 = (bytes: string | Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

const require = createRequire(import.meta.url)

/** An npm package as an input: `name@version` and the SHA-256 of the files read from it (paths inside the package; `.` for its main file). */
export function packageInput(name: string, files: readonly string[]): Input {
  const folder = join(projectRoot, 'node_modules', name)
  const version = (JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {version: string}).version
  const hash = createHash('sha256')
  for (const file of files) hash.update(readFileSync(file === '.' ? require.resolve(name) : join(folder, file)))
  return {name: `${name}@${version}`, sha256: hash.digest('hex')}
}

/** A file as an input, named by its path from the project root (`src/data/regions.ts`, `../shared/eval/…`). */
export function fileInput(path: string): Input {
  return {name: relative(projectRoot, path).split('\\').join('/'), sha256: sha256(readFileSync(path))}
}

/** The manifest's entries, by generated file (`src/data/…`). */
export function readManifest(): Record<string, Entry> {
  return existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, Entry>) : {}
}

/** Record the entry of one generated file. */
export function recordEntry(file: string, entry: Entry): void {
  const manifest = {...readManifest(), [file]: entry}
  const sorted = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => (a < b ? -1 : 1)))
  writeFileSync(manifestFile, JSON.stringify(sorted, null, 2) + '\n')
}
