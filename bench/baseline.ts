/**
 * An earlier nutgraf to run side by side with today's (`--baseline=REV`): the git
 * revision's files are exported to a temporary folder, built there with its own tsup
 * config, and the build kept in node_modules/.cache/nutgraf-bench/<commit>/ (beside
 * node_modules, so that its imports of unified and retext resolve) for the next run.
 * The build gets a package.json saying `"type": "module"`, as the installed package and
 * dist/ have: Node looks for the package scope no further up than a node_modules folder,
 * and without one it compiles the whole ES module a second time to detect its syntax
 * (~35–45 CPU ms of a cold import here), which made earlier builds look slower to start
 * than today's dist/ (docs/results-performance.md, Session 6).
 */
import {execFileSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {projectRoot} from '../test/helpers/fixtures.js'
import type {Build} from './libraries.js'

const git = (...args: string[]): string => execFileSync('git', args, {cwd: projectRoot, encoding: 'utf8'}).trim()

/** Build `revision` (any name git knows) once and return it as a bench build labelled `nutgraf <short sha>`. */
export function baselineBuild(revision: string): Build {
  const commit = git('rev-parse', '--verify', `${revision}^{commit}`)
  const short = commit.slice(0, 7)
  const dir = join(projectRoot, 'node_modules', '.cache', 'nutgraf-bench', commit)
  if (!existsSync(join(dir, 'index.js'))) {
    console.error(`baseline: building ${revision} (${short})…`)
    const work = mkdtempSync(join(tmpdir(), 'nutgraf-baseline-'))
    try {
      execFileSync('sh', ['-c', `git archive ${commit} | tar -x -C "${work}"`], {cwd: projectRoot, stdio: 'inherit'})
      if (!existsSync(join(work, 'node_modules'))) symlinkSync(join(projectRoot, 'node_modules'), join(work, 'node_modules'))
      execFileSync(join(projectRoot, 'node_modules', '.bin', 'tsup'), [], {cwd: work, stdio: ['ignore', 'ignore', 'inherit']})
      mkdirSync(dir, {recursive: true})
      cpSync(join(work, 'dist'), dir, {recursive: true})
    } finally {
      rmSync(work, {recursive: true, force: true})
    }
  }
  const scope = join(dir, 'package.json')
  if (!existsSync(scope)) writeFileSync(scope, '{"type": "module"}\n')
  return {label: `nutgraf@${short}`, dir}
}
