/**
 * Same output in a browser bundle as in Node: `segment` is bundled by esbuild for the
 * browser and run in a bare V8 context (no `process`, no `require`) on every fixture.
 */
import {build} from 'esbuild'
import {runInNewContext} from 'node:vm'
import {describe, expect, it} from 'vitest'
import {segment} from '../../src/index.js'
import {ownFixtureList, projectRoot, sharedFixtureList} from '../helpers/fixtures.js'

describe('segment in a browser bundle', () => {
  it('gives the same output as in Node on every fixture', {timeout: 60_000}, async () => {
    const bundle = await build({
      stdin: {contents: "export {segment} from './src/index.ts'", resolveDir: projectRoot, loader: 'ts'},
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'iife',
      globalName: 'nutgraf',
      logLevel: 'silent',
    })
    const code = bundle.outputFiles[0]?.text ?? ''
    const context: {nutgraf?: {segment: typeof segment}} = {}
    runInNewContext(code, context)
    const browserSegment = context.nutgraf?.segment
    expect(typeof browserSegment).toBe('function')
    const fixtures = [...sharedFixtureList(), ...ownFixtureList()]
    expect(fixtures.length).toBeGreaterThan(25)
    for (const {name, text} of fixtures) {
      expect(JSON.stringify(browserSegment?.(text)), name).toBe(JSON.stringify(segment(text)))
    }
  })
})
