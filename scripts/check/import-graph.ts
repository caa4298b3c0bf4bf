/**
 * The import graph of `src/`: which folder imports which, and any import cycle.
 *
 * Prints the folder → folder edges (a folder is a file's directory under `src/`; a file
 * directly in `src/`, such as `types.ts` or `index.ts`, stands for itself) with how many imports each carries, the same edges between top-level
 * folders, then every cycle: between top-level folders (strongly connected groups of
 * the top-level graph) and between files. Type-only imports count: they tie modules
 * together as much as value imports do.
 *
 * Usage: `npx tsx scripts/check/import-graph.ts [--json]` (or `npm run check:imports`).
 * Exit code 1 when there is a cycle.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join, posix, sep} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import ts from 'typescript'

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))

/** One module and the modules it imports, as paths relative to `src/` ("segment/index.ts"). */
export type ImportGraph = Map<string, string[]>

/** The graph of every `.ts` file under `sourceRoot` (tests and declaration files left out). */
export function importGraph(sourceRoot = join(projectRoot, 'src')): ImportGraph {
  const files = readdirSync(sourceRoot, {recursive: true, encoding: 'utf8'})
    .map((file) => file.split(sep).join('/'))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && !file.endsWith('.test.ts'))
    .sort()
  const known = new Set(files)
  const graph: ImportGraph = new Map()
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(join(sourceRoot, file), 'utf8'), true, true)
    const targets = info.importedFiles
      .map((imported) => imported.fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => posix.normalize(posix.join(posix.dirname(file), name)).replace(/\.js$/u, '.ts'))
      .filter((target) => known.has(target))
    graph.set(file, [...new Set(targets)].sort())
  }
  return graph
}

/** A file's folder under `src/` ("segment/rules"); a file directly in `src/` is its own node ("types.ts"). */
export const folderOf = (file: string): string => (file.includes('/') ? posix.dirname(file) : file)

/** A file's top-level folder under `src/` ("segment"); a file directly in `src/` is its own node. */
export const topFolderOf = (file: string): string => (file.includes('/') ? (file.split('/')[0] as string) : file)

/** Edges between groups of files ("from → to" with a count), self-edges left out. */
export function groupEdges(graph: ImportGraph, group: (file: string) => string): Map<string, number> {
  const edges = new Map<string, number>()
  for (const [file, targets] of graph) {
    for (const target of targets) {
      const from = group(file)
      const to = group(target)
      if (from !== to) edges.set(`${from} → ${to}`, (edges.get(`${from} → ${to}`) ?? 0) + 1)
    }
  }
  return new Map([...edges].sort(([a], [b]) => a.localeCompare(b)))
}

/** Strongly connected groups of more than one node (Tarjan), each sorted; the cycles of `edges`. */
export function cycles(nodes: Iterable<string>, next: (node: string) => readonly string[]): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[][] = []
  let counter = 0
  const visit = (node: string): void => {
    index.set(node, counter)
    low.set(node, counter++)
    stack.push(node)
    onStack.add(node)
    for (const target of next(node)) {
      if (!index.has(target)) {
        visit(target)
        low.set(node, Math.min(low.get(node) as number, low.get(target) as number))
      } else if (onStack.has(target)) low.set(node, Math.min(low.get(node) as number, index.get(target) as number))
    }
    if (low.get(node) !== index.get(node)) return
    const group: string[] = []
    let member: string
    do {
      member = stack.pop() as string
      onStack.delete(member)
      group.push(member)
    } while (member !== node)
    if (group.length > 1) found.push(group.sort())
  }
  for (const node of nodes) if (!index.has(node)) visit(node)
  return found.sort((a, b) => (a[0] as string).localeCompare(b[0] as string))
}

/** Cycles between top-level folders, and between files. */
export function importCycles(graph: ImportGraph): {folders: string[][]; files: string[][]} {
  const top = groupEdges(graph, topFolderOf)
  const folderNext = new Map<string, string[]>()
  for (const edge of top.keys()) {
    const [from, to] = edge.split(' → ') as [string, string]
    folderNext.set(from, [...(folderNext.get(from) ?? []), to])
  }
  return {
    folders: cycles(new Set([...graph.keys()].map(topFolderOf)), (node) => folderNext.get(node) ?? []),
    files: cycles(graph.keys(), (node) => graph.get(node) ?? []),
  }
}

function main(): void {
  const graph = importGraph()
  const folders = groupEdges(graph, folderOf)
  const top = groupEdges(graph, topFolderOf)
  const found = importCycles(graph)
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({folders: Object.fromEntries(folders), top: Object.fromEntries(top), cycles: found}, null, 2))
  } else {
    console.log(`Import graph of src/ (${graph.size} modules); edges are "importer → imported (imports)".\n`)
    console.log('Folders:')
    for (const [edge, count] of folders) console.log(`  ${edge} (${count})`)
    console.log('\nTop-level folders:')
    for (const [edge, count] of top) console.log(`  ${edge} (${count})`)
    console.log(`\nCycles between top-level folders: ${found.folders.length ? '' : 'none'}`)
    for (const group of found.folders) console.log(`  ${group.join(' ↔ ')}`)
    console.log(`Cycles between files: ${found.files.length ? '' : 'none'}`)
    for (const group of found.files) console.log(`  ${group.join(' ↔ ')}`)
  }
  if (found.folders.length > 0 || found.files.length > 0) process.exitCode = 1
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main()
