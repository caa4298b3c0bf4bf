/**
 * Headless Chromium for the browser tests: Debian's `chromium` (CI installs it with
 * apt-get; Playwright cannot download browsers here), driven by playwright-core, with a
 * temporary profile and no network services.
 */
import {existsSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {chromium, type BrowserContext} from 'playwright-core'

export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'

const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/**
 * Start Chromium with a fresh temporary --user-data-dir; `close` stops it and removes the
 * profile. The page runs in a far time zone (UTC+14) and a Turkish locale, so that results
 * that leak the clock's zone or the locale (Intl, localeCompare) differ from Node's and
 * fail the comparison.
 */
export async function launchChromium(): Promise<{context: BrowserContext; close: () => Promise<void>}> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`no Chromium at ${chromiumPath}: install it (apt-get update && apt-get install -y chromium) or set CHROMIUM_PATH`)
  }
  const profile = mkdtempSync(join(tmpdir(), 'nutgraf-chromium-'))
  // launchPersistentContext passes the profile as --user-data-dir (launch() refuses that flag).
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args,
    timezoneId: 'Pacific/Kiritimati',
    locale: 'tr-TR',
  })
  return {
    context,
    close: async () => {
      await context.close()
      rmSync(profile, {recursive: true, force: true})
    },
  }
}
