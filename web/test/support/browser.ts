import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest'

const require = createRequire(import.meta.url)
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

/** Debian's Chromium; no test tool ever downloads a browser of its own. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage']

export interface Visit {
  page: Page
  context: BrowserContext
  /** every request the page made that went anywhere but the site under test */
  outsideRequests: string[]
  /** every Content-Security-Policy violation the page reported */
  cspViolations: string[]
}

/**
 * Runs before any script of the page (Playwright injects it past the page's CSP) and reports
 * each violation to the console, where `visit` collects it with Chromium's own CSP messages.
 */
const REPORT_CSP_VIOLATIONS = `document.addEventListener('securitypolicyviolation', (event) => {
  console.error('CSP violation: ' + event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline') + ' at ' + event.sourceFile + ':' + event.lineNumber)
}, true)`
const CSP_MESSAGE = /Content Security Policy|CSP violation/i

/** One Chromium per test file; each `visit` gets a fresh context (no shared cookies or history). */
export function useBrowser() {
  let browser: Browser
  const contexts: BrowserContext[] = []
  // Violations of the pages a test visited: any one fails the test, unless the visit expects them.
  let violations: Array<{ path: string; messages: string[] }> = []
  afterEach(async () => {
    const found = violations.filter((visit) => visit.messages.length > 0)
    violations = []
    expect(found, 'Content-Security-Policy violations').toEqual([])
  })
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
  })
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()))
    await browser?.close()
  })
  return {
    siteUrl: () => inject('siteUrl'),
    /** Opens a page in a fresh context; a CSP violation on it fails the test unless `expectCspViolations`. */
    async visit(path: string, options: { javaScript?: boolean; viewport?: { width: number; height: number }; expectCspViolations?: boolean; bypassCsp?: boolean } = {}): Promise<Visit & { status: number }> {
      const context = await browser.newContext({ javaScriptEnabled: options.javaScript ?? true, viewport: options.viewport ?? { width: 1280, height: 900 }, bypassCSP: options.bypassCsp ?? false })
      contexts.push(context)
      await context.addInitScript(REPORT_CSP_VIOLATIONS)
      const page = await context.newPage()
      const cspViolations: string[] = []
      if (!options.expectCspViolations) violations.push({ path, messages: cspViolations })
      page.on('console', (message) => {
        if (message.type() === 'error' && CSP_MESSAGE.test(message.text())) cspViolations.push(message.text())
      })
      const outsideRequests: string[] = []
      const siteUrl = inject('siteUrl')
      page.on('request', (request) => {
        if (!request.url().startsWith(siteUrl) && !request.url().startsWith('data:')) outsideRequests.push(request.url())
      })
      const response = await page.goto(`${siteUrl}${path}`, { waitUntil: 'networkidle' })
      return { page, context, outsideRequests, cspViolations, status: response?.status() ?? 0 }
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
  // Evaluated through the DevTools protocol: a <script> tag would (rightly) be refused by the CSP.
  await page.evaluate(`${axeSource}\n;undefined`)
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
    return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, nodes: violation.nodes.map((node) => ({ target: node.target, html: node.html.slice(0, 200) })) }))
  })
}
