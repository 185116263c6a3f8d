import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'

const require = createRequire(import.meta.url)
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

/** Debian's Chromium; no test tool ever downloads a browser of its own. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage']

export interface Visit {
  page: Page
  context: BrowserContext
  /** every request the page made that went anywhere but the site under test */
  outsideRequests: string[]
}

/** One Chromium per test file; each `visit` gets a fresh context (no shared cookies or history). */
export function useBrowser() {
  let browser: Browser
  const contexts: BrowserContext[] = []
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
  })
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()))
    await browser?.close()
  })
  return {
    siteUrl: () => inject('siteUrl'),
    async visit(path: string, options: { javaScript?: boolean; viewport?: { width: number; height: number } } = {}): Promise<Visit & { status: number }> {
      const context = await browser.newContext({ javaScriptEnabled: options.javaScript ?? true, viewport: options.viewport ?? { width: 1280, height: 900 } })
      contexts.push(context)
      const page = await context.newPage()
      const outsideRequests: string[] = []
      const siteUrl = inject('siteUrl')
      page.on('request', (request) => {
        if (!request.url().startsWith(siteUrl) && !request.url().startsWith('data:')) outsideRequests.push(request.url())
      })
      const response = await page.goto(`${siteUrl}${path}`, { waitUntil: 'networkidle' })
      return { page, context, outsideRequests, status: response?.status() ?? 0 }
    },
  }
}

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: Array<{ target: string[]; html: string }>
}

/** axe-core's WCAG 2.0–2.2 A and AA rules on the page as it stands. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource })
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
    return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, nodes: violation.nodes.map((node) => ({ target: node.target, html: node.html.slice(0, 200) })) }))
  })
}
