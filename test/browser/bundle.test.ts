/**
 * The built package, bundled for browsers by esbuild and run in headless Chromium, gives
 * exactly what Node gives: the example articles, the shared fixtures and odd strings.
 * Compared with the Node result, never with hard-coded entities.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {bundleForBrowser, findNodeOnly} from '../../scripts/generate/browser-bundle.mjs'
import {launchChromium} from './chromium.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
type Nutgraf = typeof import('../../src/index.js')

function texts(directory: string): Array<[string, string]> {
  if (!existsSync(directory)) return []
  return readdirSync(directory)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => [file, readFileSync(join(directory, file), 'utf8')])
}

const articles = [...texts(join(root, 'examples')), ...texts(join(root, '..', 'shared', 'fixtures'))]
const odd: Array<[string, string]> = [
  ['empty', ''],
  ['whitespace', ' \n\t \r\n  \u00a0 '],
  ['URL only', 'https://www.example.com/2022/02/10/some-story'],
  ['CRLF, BOM, NBSP', '\ufeffFirst paragraph\r\nwrapped.\r\n\r\nSecond\u00a0paragraph on Feb. 20.\r\n'],
  ['astral and lone surrogates', 'Emoji 😀 and \ud800 lone surrogate, Gen. Mark Milley said.'],
]

let bundle: {code: string; inputs: string[]}
let page: Page
let close: () => Promise<void>
let node: Nutgraf

beforeAll(async () => {
  bundle = (await bundleForBrowser()) as typeof bundle
  node = (await import(join(root, 'dist', 'index.js'))) as Nutgraf
  const browser = await launchChromium()
  close = browser.close
  page = await browser.context.newPage()
  await page.setContent('<!doctype html><meta charset="utf-8"><title>nutgraf browser test</title>')
  await page.addScriptTag({content: bundle.code})
}, 60_000)

afterAll(async () => {
  await close?.()
})

/** Run one of the public functions in the page; the result comes back as JSON. */
async function inBrowser(name: keyof Nutgraf, text: string, options?: object): Promise<unknown> {
  const json = await page.evaluate(
    ([fn, value, opts]) => JSON.stringify((globalThis as unknown as Record<string, Record<string, (t: string, o?: object) => unknown>>)['nutgraf']?.[fn]?.(value, opts)),
    [name, text, options] as const,
  )
  return JSON.parse(json) as unknown
}

const inNode = (name: keyof Nutgraf, text: string, options?: object) => JSON.parse(JSON.stringify((node[name] as (t: string, o?: object) => unknown)(text, options))) as unknown

describe('browser bundle in headless Chromium', () => {
  it('runs in a real browser page: no process, no require, the three functions', async () => {
    const seen = await page.evaluate(() => ({
      process: typeof (globalThis as Record<string, unknown>)['process'],
      require: typeof (globalThis as Record<string, unknown>)['require'],
      api: Object.keys((globalThis as unknown as Record<string, object>)['nutgraf'] ?? {}).sort(),
      agent: (globalThis as unknown as {navigator: {userAgent: string}}).navigator.userAgent,
      zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      locale: Intl.DateTimeFormat().resolvedOptions().locale,
    }))
    expect(seen.process).toBe('undefined')
    expect(seen.require).toBe('undefined')
    expect(seen.api).toEqual(['extractEntities', 'parseArticle', 'segment'])
    expect(seen.agent).toMatch(/HeadlessChrome|Chromium|Chrome/)
    expect(seen.zone).toBe('Pacific/Kiritimati')
    expect(seen.locale).toBe('tr-TR')
  })

  it('is built from dist/ with no Node-only module in it', () => {
    expect(bundle.inputs.some((input) => input.startsWith('dist/'))).toBe(true)
    expect(findNodeOnly(bundle.inputs)).toEqual([])
  })

  it('would catch Node-only modules', () => {
    expect(findNodeOnly(['node:fs', 'node_modules/vfile/lib/minpath.js', 'node_modules/vfile/lib/minpath.browser.js', 'path'])).toEqual([
      'node:fs',
      'node_modules/vfile/lib/minpath.js',
      'path',
    ])
  })

  it('has articles to compare', () => {
    expect(articles.length).toBeGreaterThan(0)
  })

  it.each(articles)('parses %s exactly as Node does', async (_name, text) => {
    for (const options of [undefined, {referenceDate: '2022-02-10'}, {referenceDate: new Date('2022-02-10T23:30:00-05:00')}]) {
      expect(await inBrowser('parseArticle', text, options)).toEqual(inNode('parseArticle', text, options))
    }
    expect(await inBrowser('segment', text)).toEqual(inNode('segment', text))
    expect(await inBrowser('extractEntities', text, {referenceDate: '2022-02-10'})).toEqual(inNode('extractEntities', text, {referenceDate: '2022-02-10'}))
  })

  it.each(odd)('gives Node\'s result for an odd string: %s', async (_name, text) => {
    expect(await inBrowser('parseArticle', text)).toEqual(inNode('parseArticle', text))
  })

  it('throws the same TypeError in the browser', async () => {
    const message = await page.evaluate(() => {
      try {
        ;(globalThis as unknown as {nutgraf: {parseArticle: (x: unknown) => unknown}}).nutgraf.parseArticle(42)
        return 'no error'
      } catch (error) {
        return `${(error as Error).name}: ${(error as Error).message}`
      }
    })
    expect(message).toBe(`TypeError: ${(() => { try { node.parseArticle(42 as never); return '' } catch (error) { return (error as Error).message } })()}`)
  })
})
