/**
 * A scratch project that installs this package the way a user does: from the tarball
 * `npm pack` makes, plus only the packages named, with `npm install --offline`.
 *
 * Offline, npm cannot resolve a name to a version without the registry's package
 * document, and `npm ci` caches only tarballs. So the project gets a lockfile: the
 * tarball, and for every other package the version, integrity and dependencies this
 * repository's package-lock.json already pins (the same tarballs `npm ci` put in the
 * npm cache). npm then installs from the cache alone; a package missing from it fails
 * with ENOTCACHED, naming it.
 */
import {spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {readFileSync, writeFileSync} from 'node:fs'
import {basename, join} from 'node:path'

interface LockEntry {
  version: string
  integrity?: string
  resolved?: string
  dependencies?: Record<string, string>
  [key: string]: unknown
}

/**
 * `npm pack` of `root` (already built: scripts are not run) into `destination`; returns
 * the tarball's path and the files in it.
 */
export function pack(root: string, destination: string): {tarball: string; files: string[]} {
  const npm = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', destination], {cwd: root, encoding: 'utf8'})
  if (npm.status !== 0) throw new Error(`npm pack failed:\n${npm.stderr}`)
  const [{filename, files}] = JSON.parse(npm.stdout) as Array<{filename: string; files: Array<{path: string}>}>
  return {tarball: join(destination, basename(filename)), files: files.map((file) => file.path).sort()}
}

/**
 * Write `project`/package.json and package-lock.json for the tarball and `packages`, run
 * `npm install --offline`, then `npm install --offline ./<tarball>` as a user types it
 * (npm 11 warns there about a dependency's install scripts). Returns npm's output
 * (stdout + stderr of both), which the caller can check for warnings.
 */
export function installPacked(root: string, project: string, tarball: string, packages: string[]): string {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {packages: Record<string, LockEntry>}
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {name: string; version: string; license?: string; bin?: unknown; engines?: unknown; dependencies?: Record<string, string>}
  const entries: Record<string, LockEntry> = {}

  // npm's lookup: node_modules/<name> beside the dependent, then in each folder above it.
  const locate = (from: string, name: string): string => {
    for (let base = from; ; base = base.includes('/node_modules/') ? base.slice(0, base.lastIndexOf('/node_modules/')) : '') {
      const path = `${base ? `${base}/` : ''}node_modules/${name}`
      if (lock.packages[path]) return path
      if (base === '') throw new Error(`${name} (needed by ${from || 'the project'}) is not in package-lock.json`)
    }
  }
  const add = (from: string, name: string): void => {
    const path = locate(from, name)
    if (entries[path]) return
    const entry = lock.packages[path] as LockEntry
    entries[path] = entry
    for (const dependency of Object.keys(entry.dependencies ?? {})) add(path, dependency)
  }

  const file = `file:${basename(tarball)}`
  const dependencies: Record<string, string> = {[manifest.name]: file}
  for (const dependency of Object.keys(manifest.dependencies ?? {})) add(`node_modules/${manifest.name}`, dependency)
  for (const name of packages) {
    add('', name)
    dependencies[name] = `^${(lock.packages[`node_modules/${name}`] as LockEntry).version}`
  }
  entries[`node_modules/${manifest.name}`] = {
    version: manifest.version,
    resolved: file,
    integrity: `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`,
    ...(manifest.license ? {license: manifest.license} : {}),
    ...(manifest.dependencies ? {dependencies: manifest.dependencies} : {}),
    ...(manifest.bin ? {bin: manifest.bin} : {}),
    ...(manifest.engines ? {engines: manifest.engines} : {}),
  }
  const name = 'try-nutgraf'
  writeFileSync(join(project, 'package.json'), JSON.stringify({name, version: '1.0.0', private: true, type: 'module', dependencies}, null, 2))
  const sorted = Object.fromEntries(Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : 1)))
  writeFileSync(join(project, 'package-lock.json'), JSON.stringify({name, version: '1.0.0', lockfileVersion: 3, requires: true, packages: {'': {name, version: '1.0.0', dependencies}, ...sorted}}, null, 2))
  let output = ''
  for (const args of [[], [`./${basename(tarball)}`]]) {
    const npm = spawnSync('npm', ['install', '--offline', '--no-audit', '--no-fund', ...args], {cwd: project, encoding: 'utf8'})
    output += npm.stdout + npm.stderr
    if (npm.status !== 0) throw new Error(`npm install --offline ${args.join(' ')} failed:\n${output}`)
  }
  return output
}
