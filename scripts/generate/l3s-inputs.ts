/**
 * Two more input kinds from the L3S-GN1 train pages, as users have them (issue 12):
 *
 * - **browser**: the text a browser window shows — `document.body.innerText` in headless
 *   Chromium with JavaScript disabled, the page's stylesheets off (every `<style>`,
 *   stylesheet `<link>` and `style` attribute removed, as "View › Page Style › No Style"
 *   does) and every network request blocked (the document itself is served from the
 *   annotated HTML at its original URL; images, scripts, frames and CSS are aborted);
 * - **pdf**: the same page printed to PDF (A4, with the header and footer a browser prints:
 *   date and title on top, URL and page number below) and read back with `pdftotext`
 *   (poppler-utils, default reading-order mode).
 *
 * Each page also gets its gold blocks from the human labels in the HTML (the `x-nc-selN`
 * classes: 0 not-content, 1 headline, 2 fulltext, 3 supplemental, 4 related-content,
 * 5 comments): the rendered text of each labelled element, innermost first, so a caption
 * labelled inside a body element counts as a caption. Text outside every labelled element
 * is one `not-content` block.
 *
 * The pages are research-only data: the output goes to the gitignored `.cache/l3s/`
 * and is never committed. `npm run eval:segment` calls {@link ensureL3sInputs}, which
 * regenerates the cache when it is missing.
 *
 * Usage: `npx tsx scripts/generate/l3s-inputs.ts [--force] [--limit N]`
 */
import {execFileSync} from 'node:child_process'
import {appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Page} from 'playwright-core'

/** One labelled block of a page, in the labels of `l3s-gn1-*.jsonl`. */
export interface L3sBlock {
  label: string
  text: string
}

/** A page of one input kind: the text a user has, and the gold blocks. */
export interface L3sPage {
  doc_id: string
  url: string
  text: string
  blocks: L3sBlock[]
}

/** The input kinds this generator makes. */
export type RenderedKind = 'browser' | 'pdf'

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))
export const segmentationData = join(projectRoot, '..', 'shared', 'eval', 'segmentation')
export const htmlDirectory = join(segmentationData, 'l3s-gn1-train-html')
export const cacheDirectory = join(projectRoot, '.cache', 'l3s')
const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'

/** The L3S label of each `x-nc-selN` class. */
const labels = ['not-content', 'headline', 'fulltext', 'supplemental', 'related-content', 'comments']

/** The cache file of one kind (train split: only train pages have HTML). */
export function cacheFile(kind: RenderedKind): string {
  return join(cacheDirectory, `train-${kind}.jsonl`)
}

/** Why the rendered kinds cannot be made here, or undefined when they can. */
export function missingTools(): string | undefined {
  if (!existsSync(htmlDirectory)) return `${htmlDirectory} is absent`
  if (!existsSync(chromiumPath)) return `no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)`
  try {
    execFileSync('pdftotext', ['-v'], {stdio: 'ignore'})
  } catch {
    return 'pdftotext is not installed (apt-get install poppler-utils)'
  }
  return undefined
}

/** The URL of every train page, by doc_id (the HTML is served there, so the PDF footer shows it). */
function trainUrls(): Map<string, string> {
  const urls = new Map<string, string>()
  const file = join(segmentationData, 'l3s-gn1-train.jsonl')
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue
    const page = JSON.parse(line) as {doc_id: string; url: string}
    urls.set(page.doc_id, page.url)
  }
  return urls
}

/** Runs in the page (plain JS, so that no DOM types or bundler helpers are needed): styles off. */
const stylesOff = `
  for (const element of document.querySelectorAll('style, link[rel~="stylesheet" i]')) element.remove();
  for (const element of document.querySelectorAll('[style]')) element.removeAttribute('style');
`

/** Runs in the page after {@link stylesOff}: the window text and the labelled blocks, innermost first. */
const readPage = `(() => {
  ${stylesOff}
  const labelNames = ${JSON.stringify(labels)};
  const text = document.body ? document.body.innerText : '';
  const labelOf = (element) => {
    const match = /(?:^|\\s)x-nc-sel(\\d)(?:\\s|$)/.exec(element.getAttribute('class') || '');
    return match ? Number(match[1]) : -1;
  };
  const labelled = Array.from(document.querySelectorAll('[class*="x-nc-sel"]')).filter((element) => labelOf(element) >= 0);
  const order = new Map(labelled.map((element, index) => [element, index]));
  const depth = (element) => { let count = 0; for (let node = element.parentElement; node; node = node.parentElement) count++; return count; };
  const blocks = [];
  for (const element of [...labelled].sort((a, b) => depth(b) - depth(a))) {
    blocks.push({label: labelNames[labelOf(element)] || 'not-content', text: element.innerText || '', order: order.get(element)});
    element.replaceWith(document.createComment('labelled'));
  }
  blocks.sort((a, b) => a.order - b.order);
  blocks.push({label: 'not-content', text: document.body ? document.body.innerText : '', order: blocks.length});
  return {text, blocks};
})()`

const headerTemplate =
  '<div style="font-size:8px;width:100%;margin:0 0.4in;display:flex;justify-content:space-between">' +
  '<span class="date"></span><span class="title"></span><span></span></div>'
const footerTemplate =
  '<div style="font-size:8px;width:100%;margin:0 0.4in;display:flex;justify-content:space-between">' +
  '<span class="url"></span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>'

/** Collapse the block text the way the scorer reads it; drop blocks without a word. */
function cleanBlocks(blocks: ReadonlyArray<{label: string; text: string}>): L3sBlock[] {
  return blocks
    .map((block) => ({label: block.label, text: block.text.replace(/[ \t\u00a0]+/gu, ' ').replace(/\s*\n\s*/gu, '\n').trim()}))
    .filter((block) => /[\p{L}\p{N}]/u.test(block.text))
}

/**
 * Render every train page and write the two cache files.
 *
 * @param limit - Render only the first `limit` pages (for a quick look).
 */
export async function generateL3sInputs(limit = Infinity): Promise<void> {
  const {chromium} = await import('playwright-core')
  const urls = trainUrls()
  const files = readdirSync(htmlDirectory)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .slice(0, limit)
  const profile = mkdtempSync(join(tmpdir(), 'nutgraf-l3s-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    javaScriptEnabled: false,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  const served = new Map<string, Buffer>()
  await context.route('**/*', async (route) => {
    const request = route.request()
    const body = request.resourceType() === 'document' && request.frame().parentFrame() === null ? served.get(request.url()) : undefined
    if (body) await route.fulfill({status: 200, contentType: 'text/html; charset=utf-8', body})
    else await route.abort()
  })
  mkdirSync(cacheDirectory, {recursive: true})
  const partial = (kind: RenderedKind): string => cacheFile(kind) + '.partial'
  // Pages already rendered by an interrupted run are kept; a page that fails or hangs is
  // recorded as skipped (with why) instead of stopping the run.
  const done = new Set(existsSync(partial('pdf')) ? readFileSync(partial('pdf'), 'utf8').split('\n').filter(Boolean).map((line) => (JSON.parse(line) as L3sPage).doc_id) : [])
  const skipped: string[] = []
  try {
    for (const [index, file] of files.entries()) {
      const docId = file.slice(0, -'.html'.length)
      if (done.has(docId)) continue
      const pageUrl = new URL(urls.get(docId) ?? `http://l3s.invalid/${docId}.html`).href
      served.clear()
      served.set(pageUrl, readFileSync(join(htmlDirectory, file)))
      const page = await context.newPage()
      page.setDefaultTimeout(pageTimeout)
      try {
        const rendered = await withTimeout(renderPage(page, pageUrl), `${docId}: render`)
        const blocks = cleanBlocks(rendered.blocks)
        appendFileSync(partial('browser'), JSON.stringify({doc_id: docId, url: pageUrl, text: rendered.text, blocks}) + '\n')
        appendFileSync(partial('pdf'), JSON.stringify({doc_id: docId, url: pageUrl, text: rendered.pdfText, blocks}) + '\n')
      } catch (error) {
        skipped.push(`${docId}: ${(error as Error).message.split('\n')[0]}`)
        console.error(`skipped ${docId}: ${(error as Error).message.split('\n')[0]}`)
      } finally {
        await withTimeout(page.close({runBeforeUnload: false}), `${docId}: close`).catch(() => undefined)
      }
      if ((index + 1) % 20 === 0) console.error(`rendered ${index + 1}/${files.length}`)
    }
  } finally {
    await context.close()
    rmSync(profile, {recursive: true, force: true})
  }
  for (const kind of ['browser', 'pdf'] as const) {
    const lines = readFileSync(partial(kind), 'utf8').split('\n').filter(Boolean)
    writeFileSync(cacheFile(kind), lines.join('\n') + '\n')
    rmSync(partial(kind))
  }
  writeFileSync(join(cacheDirectory, 'skipped.txt'), skipped.join('\n') + (skipped.length ? '\n' : ''))
}

/** Longest wait for one step of one page (load, print), in milliseconds. */
const pageTimeout = 60_000

/** Reject when `work` takes longer than two page timeouts (a renderer stuck in layout). */
async function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out`)), 2 * pageTimeout)
  })
  try {
    return await Promise.race([work, timeout])
  } finally {
    clearTimeout(timer)
  }
}

/** Window text, gold blocks and the printed PDF's text of one page. */
async function renderPage(page: Page, pageUrl: string): Promise<{text: string; blocks: L3sBlock[]; pdfText: string}> {
  await page.goto(pageUrl, {waitUntil: 'load'})
  const rendered = (await page.evaluate(readPage)) as {text: string; blocks: L3sBlock[]}
  // The PDF is printed after the gold was read: reload so the labelled elements are back.
  await page.goto(pageUrl, {waitUntil: 'load'})
  await page.evaluate(stylesOff)
  const bytes = await page.pdf({
    format: 'A4',
    displayHeaderFooter: true,
    headerTemplate,
    footerTemplate,
    margin: {top: '0.5in', bottom: '0.5in', left: '0.4in', right: '0.4in'},
  })
  const pdfText = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], {input: bytes, maxBuffer: 64 * 1024 * 1024}).toString('utf8')
  return {...rendered, pdfText}
}

/**
 * Make sure the cache holds both rendered kinds; render them when missing.
 *
 * @returns undefined when the cache is ready, else why the rendered kinds are skipped.
 */
export async function ensureL3sInputs(): Promise<string | undefined> {
  if (existsSync(cacheFile('browser')) && existsSync(cacheFile('pdf'))) return undefined
  const missing = missingTools()
  if (missing) return missing
  console.error(`rendering the L3S train pages into ${cacheDirectory} (once; a few minutes)…`)
  await generateL3sInputs()
  return undefined
}

/** Read the pages of one rendered kind from the cache. */
export function readRendered(kind: RenderedKind): L3sPage[] {
  const pages = new Map<string, L3sPage>()
  for (const line of readFileSync(cacheFile(kind), 'utf8').split('\n')) {
    if (line.trim() === '') continue
    const page = JSON.parse(line) as L3sPage
    pages.set(page.doc_id, page)
  }
  return [...pages.values()].sort((a, b) => (a.doc_id < b.doc_id ? -1 : 1))
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const missing = missingTools()
  if (missing) {
    console.log(`l3s-inputs skipped: ${missing}`)
  } else {
    const limitAt = process.argv.indexOf('--limit')
    const limit = limitAt >= 0 ? Number(process.argv[limitAt + 1]) : Infinity
    if (process.argv.includes('--force') || !existsSync(cacheFile('browser')) || !existsSync(cacheFile('pdf'))) await generateL3sInputs(limit)
    else console.log(`cache present in ${cacheDirectory} (use --force to render again)`)
  }
}
