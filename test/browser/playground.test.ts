/**
 * The playground (docs/playground) in headless Chromium, with the browser bundle built
 * from dist/. Assertions are on the rendered marks and regions, compared with what the
 * Node build returns for the same text (no screenshots, no hard-coded entities), plus
 * one hand-made article that exercises nesting and cuts whatever the models find.
 */
/// <reference lib="dom" />
import {cpSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {bundleForBrowser} from '../../scripts/generate/browser-bundle.mjs'
import type {Article} from '../../src/index.js'
import {launchChromium} from './chromium.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const site = mkdtempSync(join(tmpdir(), 'nutgraf-playground-'))
const example = readFileSync(join(root, 'examples', 'moscow-times-belarus-drills.txt'), 'utf8')

let page: Page
let close: () => Promise<void>
let parseArticle: (text: string, options?: object) => Article

beforeAll(async () => {
  cpSync(join(root, 'docs', 'playground'), site, {recursive: true})
  await bundleForBrowser({outfile: join(site, 'nutgraf.js')})
  ;({parseArticle} = (await import(join(root, 'dist', 'index.js'))) as {parseArticle: typeof parseArticle})
  const browser = await launchChromium()
  close = browser.close
  page = await browser.context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(pathToFileURL(join(site, 'index.html')).href)
  expect(errors).toEqual([])
}, 60_000)

afterAll(async () => {
  await close?.()
  rmSync(site, {recursive: true, force: true})
})

/** What the page shows: the whole output text, each region's and each mention's text, the entity list. */
async function rendered(outputId = 'output', listId = 'entities') {
  return page.evaluate(([outputSelector, listSelector]) => {
    const output = document.querySelector(outputSelector) as HTMLElement
    const texts = (selector: string, key: 'region' | 'mention') => {
      const byId: Record<string, {kind: string; text: string}> = {}
      for (const element of Array.from(output.querySelectorAll<HTMLElement>(selector))) {
        const id = element.dataset[key] as string
        const kind = element.className.replace(/^.*(?:region|entity)-(\w+).*$/, '$1')
        byId[id] = {kind, text: (byId[id]?.text ?? '') + element.textContent}
      }
      return byId
    }
    const list: Record<string, string[][]> = {}
    for (const ul of Array.from(document.querySelectorAll<HTMLElement>(`${listSelector} > ul`))) {
      list[ul.dataset['kind'] as string] = Array.from(ul.querySelectorAll(':scope > li')).map((li) =>
        Array.from(li.querySelectorAll('.mention-item')).map((item) => item.textContent ?? ''),
      )
    }
    return {
      text: output.textContent,
      regions: texts('span.region', 'region'),
      mentions: texts('mark.entity', 'mention'),
      list,
      status: (document.querySelector('#status') as HTMLElement).dataset['state'],
      parts: Array.from(document.querySelectorAll<HTMLElement>('#parts dd')).map((dd) => [dd.dataset['part'], dd.textContent, dd.querySelector('a')?.getAttribute('href') ?? null]),
    }
  }, [`#${outputId}`, `#${listId}`] as const)
}

/** The regions and mentions an article should produce, from the Node result. */
function expectedFrom(text: string, article: Article) {
  const slice = (span: {start: number; end: number}) => text.slice(span.start, span.end)
  const regions: Record<string, {kind: string; text: string}> = {}
  if (article.caption) regions['caption'] = {kind: 'caption', text: slice(article.caption.span)}
  if (article.caption?.credit) regions['credit'] = {kind: 'credit', text: slice(article.caption.credit.span)}
  if (article.byline) regions['byline'] = {kind: 'byline', text: slice(article.byline.span)}
  if (article.dateline) regions['dateline'] = {kind: 'dateline', text: slice(article.dateline.span)}
  article.body.forEach((paragraph, index) => (regions[`body-${index}`] = {kind: 'body', text: paragraph.spans.map(slice).join('')}))
  article.references.forEach((reference, index) => (regions[`reference-${index}`] = {kind: 'reference', text: slice(reference.span)}))
  const mentions: Record<string, {kind: string; text: string}> = {}
  const list: Record<string, string[][]> = {}
  for (const [key, kind] of [['people', 'person'], ['organizations', 'organization'], ['places', 'place']] as const) {
    article.entities[key].forEach((entity, index) => entity.mentions.forEach((mention, m) => (mentions[`${kind}-${index}-${m}`] = {kind, text: mention.text})))
    list[kind] = article.entities[key].map((entity) => entity.mentions.map((mention) => `${JSON.stringify(mention.text)} at ${mention.span.start}–${mention.span.end}`))
  }
  article.entities.dates.forEach((date, index) => (mentions[`date-${index}`] = {kind: 'date', text: date.text}))
  list['date'] = article.entities.dates.map((date) => [`${JSON.stringify(date.text)} at ${date.span.start}–${date.span.end}`])
  return {regions, mentions, list}
}

describe('playground in headless Chromium', () => {
  it('highlights a pasted article exactly as the Node result says', async () => {
    await page.fill('#input', example)
    await page.fill('#reference-date', '2022-02-10')
    await page.click('#parse')
    const shown = await rendered()
    const article = parseArticle(example, {referenceDate: '2022-02-10'})
    expect(shown.status).toBe('done')
    expect(shown.text).toBe(example)
    const expected = expectedFrom(example, article)
    expect(shown.regions).toEqual(expected.regions)
    expect(shown.mentions).toEqual(expected.mentions)
    expect(shown.list).toEqual(expected.list)
    expect(Object.keys(shown.regions).length).toBeGreaterThan(0)
    expect(shown.parts.filter(([part]) => part === 'body')).toEqual([['body', `${article.body.length} paragraphs`, null]])
    expect(shown.parts.filter(([part]) => part === 'reference').map(([, , href]) => href)).toEqual(article.references.map((reference) => reference.url ?? null))
    expect(shown.parts.filter(([part]) => part === 'caption').map(([, text]) => text)).toEqual(article.caption ? [article.caption.text] : [])
    expect(shown.parts.find(([part]) => part === 'reference date')?.[1]).toBe('2022-02-10 (option)')
  })

  it('parses the sample text on a click, without errors', async () => {
    await page.click('#sample')
    const shown = await rendered()
    const sample = await page.inputValue('#input')
    expect(sample.length).toBeGreaterThan(100)
    expect(shown.status).toBe('done')
    expect(shown.text).toBe(sample)
    expect(shown.mentions).toEqual(expectedFrom(sample, parseArticle(sample)).mentions)
  })

  it('renders nested regions and mentions that cross region edges (a hand-made article)', async () => {
    const text = 'Troops drill. Defense Ministry\n\nGen. Mark Milley met\nViktor Gulevich on Thursday.\n\nhttps://example.com/a'
    const span = (part: string, from = 0) => ({start: text.indexOf(part, from), end: text.indexOf(part, from) + part.length})
    const caption = {text: 'Troops drill. Defense Ministry', span: span('Troops drill. Defense Ministry'), credit: {text: 'Defense Ministry', span: span('Defense Ministry')}}
    const article: Article = {
      caption,
      captions: [caption],
      notes: [],
      quotes: [],
      body: [{text: 'Gen. Mark Milley met Viktor Gulevich on Thursday.', spans: [span('Gen. Mark Milley met'), span('Viktor Gulevich on Thursday.')]}],
      references: [{kind: 'link', text: 'https://example.com/a', url: 'https://example.com/a', span: span('https://example.com/a')}],
      entities: {
        people: [{name: 'Mark Milley', title: 'General', mentions: [{text: 'Mark Milley', span: span('Mark Milley')}]}],
        // Deliberately crosses the line break between two body pieces.
        organizations: [{name: 'Defense Ministry', mentions: [{text: 'Defense Ministry', span: span('Defense Ministry')}]}],
        places: [{name: 'met Viktor', mentions: [{text: 'met\nViktor', span: span('met\nViktor')}]}],
        dates: [{text: 'Thursday', span: span('Thursday'), type: 'DATE', value: '2022-02-10'}],
        amounts: [],
      },
    }
    // Rendered into elements of its own, so that no debounced parse of the textarea redraws it.
    await page.evaluate(([value, parsed]) => {
      const playground = (globalThis as unknown as {nutgrafPlayground: {render: (...args: unknown[]) => void}}).nutgrafPlayground
      const output = document.body.appendChild(document.createElement('pre'))
      const list = document.body.appendChild(document.createElement('div'))
      output.id = 'hand-output'
      list.id = 'hand-entities'
      playground.render(value, parsed, output, list)
    }, [text, article] as const)
    const shown = await rendered('hand-output', 'hand-entities')
    expect(shown.text).toBe(text)
    expect(shown.regions).toEqual(expectedFrom(text, article).regions)
    expect(shown.mentions).toEqual(expectedFrom(text, article).mentions)
    // The credit is inside the caption: its element nests in the caption's.
    expect(await page.$eval('#hand-output span.region-credit', (element) => element.parentElement?.className)).toBe('region region-caption')
    const marks = await page.$$eval('#hand-output mark.entity-place', (elements) => elements.map((element) => [element.textContent, element.parentElement?.className]))
    expect(marks).toEqual([
      ['met', 'region region-body'],
      ['\n', ''],
      ['Viktor', 'region region-body'],
    ])
  })

  it('shows an error, not a blank page, when the text is not a string', async () => {
    await page.evaluate(() => {
      const input = document.querySelector('#input') as HTMLTextAreaElement
      Object.defineProperty(input, 'value', {get: () => 42, configurable: true})
    })
    await page.click('#parse')
    expect(await page.$eval('#status', (element) => [(element as HTMLElement).dataset['state'], element.textContent])).toEqual([
      'error',
      expect.stringContaining('expects a string, got number 42'),
    ])
  })
})
