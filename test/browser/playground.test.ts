/**
 * The playground (docs/playground) in headless Chromium, with the browser bundle built
 * from dist/. Assertions are on the rendered marks and regions, compared with what the
 * Node build returns for the same text (no hard-coded entities), plus one hand-made
 * article that exercises nesting and cuts whatever the models find. A screenshot of the
 * rendered sample is read back pixel by pixel: every mark must show its colour on screen.
 */
/// <reference lib="dom" />
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
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
  const add = (id: string, kind: string, part?: {span: {start: number; end: number}}) => {
    if (part) regions[id] = {kind, text: slice(part.span)}
  }
  add('headline', 'headline', article.headline)
  add('dek', 'dek', article.headline?.dek)
  article.captions.forEach((caption, index) => {
    add(`caption-${index}`, 'caption', caption)
    add(`credit-${index}`, 'credit', caption.credit)
  })
  add('byline', 'byline', article.byline)
  add('dateline', 'dateline', article.dateline)
  article.body.forEach((paragraph, index) => (regions[`body-${index}`] = {kind: 'body', text: paragraph.spans.map(slice).join('')}))
  article.notes.forEach((note, index) => add(`note-${index}`, 'note', note))
  article.references.forEach((reference, index) => add(`reference-${index}`, 'reference', reference))
  article.quotes.forEach((quote, index) => {
    regions[`quote-${index}`] = {kind: 'quote', text: quote.spans.map(slice).join('')}
    add(`speaker-${index}`, 'speaker', quote.speaker)
    add(`cue-${index}`, 'cue', quote.cue)
  })
  const mentions: Record<string, {kind: string; text: string}> = {}
  const list: Record<string, string[][]> = {}
  for (const [key, kind] of [['people', 'person'], ['organizations', 'organization'], ['places', 'place']] as const) {
    article.entities[key].forEach((entity, index) => entity.mentions.forEach((mention, m) => (mentions[`${kind}-${index}-${m}`] = {kind, text: mention.text})))
    list[kind] = article.entities[key].map((entity) => entity.mentions.map((mention) => `${JSON.stringify(mention.text)} at ${mention.span.start}–${mention.span.end}`))
  }
  article.entities.dates.forEach((date, index) => (mentions[`date-${index}`] = {kind: 'date', text: date.text}))
  list['date'] = article.entities.dates.map((date) => [`${JSON.stringify(date.text)} at ${date.span.start}–${date.span.end}`])
  article.entities.amounts.forEach((amount, index) => (mentions[`amount-${index}`] = {kind: 'amount', text: amount.text}))
  list['amount'] = article.entities.amounts.map((amount) => [`${JSON.stringify(amount.text)} at ${amount.span.start}–${amount.span.end}`])
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
    expect(shown.parts.filter(([part]) => part === 'caption').map(([, text]) => text)).toEqual(article.captions.map((caption) => caption.text))
    expect(shown.parts.find(([part]) => part === 'reference date')?.[1]).toBe('2022-02-10 (option)')
  })

  it('parses the sample text on a click, and it comes out as a careful reader would have it', async () => {
    await page.click('#sample')
    const shown = await rendered()
    const sample = await page.inputValue('#input')
    expect(sample.length).toBeGreaterThan(100)
    expect(shown.status).toBe('done')
    expect(shown.text).toBe(sample)
    const article = parseArticle(sample)
    expect(shown.mentions).toEqual(expectedFrom(sample, article).mentions)
    // What the sample says, read by hand: the page must not show a wrong answer as its showcase.
    const names = (entities: Array<{name: string; mentions: Array<{text: string}>}>) => entities.map((entity) => [entity.name, entity.mentions.map((mention) => mention.text)])
    // The byline's author is a person and the dateline's place a place, in order of first mention.
    expect(names(article.entities.people)).toEqual([
      ['Jane Doe', ['Jane Doe']],
      ['Mark Milley', ['Mark Milley', 'Milley']],
      ['Viktor Gulevich', ['Viktor Gulevich', 'Gulevich']],
    ])
    expect(names(article.entities.organizations)).toEqual([
      ['Defense Ministry', ['Defense Ministry']],
      ['U.S. Joint Chiefs of Staff', ['U.S. Joint Chiefs of Staff']],
      ['Pentagon', ['Pentagon']],
    ])
    expect(names(article.entities.places)).toEqual([
      ['Brest', ['Brest']],
      ['Minsk', ['MINSK']],
      ['Belarus', ['Belarus']],
    ])
    expect(article.entities.dates.map((date) => date.text)).toEqual(['Thursday', 'Feb. 20'])
    expect([article.caption?.text, article.caption?.credit?.text, article.byline?.authors, article.dateline?.place]).toEqual([
      'Soldiers during joint drills near Brest.',
      'Defense Ministry',
      ['Jane Doe'],
      'Minsk',
    ])
    expect(article.references.map((reference) => [reference.kind, reference.title])).toEqual([['related', 'Russia Launches Belarus Military Drills']])
  })

  it('shows every mark in its colour in a screenshot of the page', async () => {
    await page.setViewportSize({width: 1280, height: 1200})
    await page.click('#sample')
    const png = await page.screenshot({fullPage: true})
    writeFileSync(join(tmpdir(), 'nutgraf-playground.png'), png)
    // Decode the screenshot in the page (a canvas), then for each mark's first box take the most common colour.
    const marks = await page.evaluate(async (base64) => {
      const image = new Image()
      image.src = `data:image/png;base64,${base64}`
      await image.decode()
      const canvas = document.createElement('canvas')
      canvas.width = image.width
      canvas.height = image.height
      const context = canvas.getContext('2d') as CanvasRenderingContext2D
      context.drawImage(image, 0, 0)
      const scale = image.width / document.documentElement.scrollWidth
      return Array.from(document.querySelectorAll<HTMLElement>('#output mark.entity'))
        .filter((mark) => mark.textContent?.trim())
        .map((mark) => {
          const box = mark.getClientRects()[0] as DOMRect
          const x = Math.round((box.left + window.scrollX) * scale)
          const y = Math.round((box.top + window.scrollY) * scale)
          const pixels = context.getImageData(x, y, Math.max(1, Math.round(box.width * scale)), Math.max(1, Math.round(box.height * scale))).data
          const counts = new Map<string, number>()
          for (let i = 0; i < pixels.length; i += 4) {
            const key = `rgb(${pixels[i]}, ${pixels[i + 1]}, ${pixels[i + 2]})`
            counts.set(key, (counts.get(key) ?? 0) + 1)
          }
          const shown = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
          return {text: mark.textContent, kind: mark.className, shown, colour: getComputedStyle(mark).backgroundColor}
        })
    }, png.toString('base64'))
    expect(marks.length).toBeGreaterThan(5)
    for (const mark of marks) expect(mark.shown, `${mark.kind} ${JSON.stringify(mark.text)}`).toBe(mark.colour)
    expect(new Set(marks.map((mark) => mark.colour)).size).toBe(new Set(marks.map((mark) => mark.kind)).size)
  })

  it('renders nested regions and mentions that cross region edges (a hand-made article)', async () => {
    const text =
      'Troops Drill Near Brest\nJoint exercises begin.\n\nTroops drill. Defense Ministry\n\nGen. Mark Milley met\nViktor Gulevich on Thursday. "We talked," he said of the $10 million plan.\n\nJane Doe contributed to this report.\n\nhttps://example.com/a'
    const span = (part: string, from = 0) => ({start: text.indexOf(part, from), end: text.indexOf(part, from) + part.length})
    const caption = {text: 'Troops drill. Defense Ministry', span: span('Troops drill. Defense Ministry'), credit: {text: 'Defense Ministry', span: span('Defense Ministry')}}
    const part = (words: string) => ({text: words, span: span(words)})
    const article: Article = {
      headline: {...part('Troops Drill Near Brest'), dek: part('Joint exercises begin.')},
      caption,
      captions: [caption],
      notes: [{...part('Jane Doe contributed to this report.'), kind: 'contributors'}],
      quotes: [{...part('We talked,'), spans: [span('We talked,')], kind: 'direct', speaker: {text: 'he', span: {start: span('he said').start, end: span('he said').start + 2}, name: 'Mark Milley'}, cue: part('said')}],
      body: [{text: 'Gen. Mark Milley met Viktor Gulevich on Thursday. "We talked," he said of the $10 million plan.', spans: [span('Gen. Mark Milley met'), span('Viktor Gulevich on Thursday. "We talked," he said of the $10 million plan.')]}],
      references: [{kind: 'link', text: 'https://example.com/a', url: 'https://example.com/a', span: span('https://example.com/a')}],
      entities: {
        people: [{name: 'Mark Milley', title: 'General', mentions: [{text: 'Mark Milley', span: span('Mark Milley')}]}],
        // Deliberately crosses the line break between two body pieces.
        organizations: [{name: 'Defense Ministry', mentions: [{text: 'Defense Ministry', span: span('Defense Ministry')}]}],
        places: [{name: 'met Viktor', mentions: [{text: 'met\nViktor', span: span('met\nViktor')}]}],
        dates: [{text: 'Thursday', span: span('Thursday'), type: 'DATE', value: '2022-02-10'}],
        amounts: [{text: '$10 million', span: span('$10 million'), type: 'MONEY', value: 10_000_000, unit: 'USD'}],
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
    // A quote inside the body, its speaker and cue beside it; the amount marked inside the body.
    expect(await page.$eval('#hand-output span.region-quote', (element) => element.parentElement?.className)).toBe('region region-body')
    expect(await page.$$eval('#hand-output span.region-speaker, #hand-output span.region-cue', (elements) => elements.map((element) => element.textContent))).toEqual(['he', 'said'])
    expect(await page.$eval('#hand-output mark.entity-amount', (element) => [element.textContent, element.parentElement?.className])).toEqual(['$10 million', 'region region-body'])
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
