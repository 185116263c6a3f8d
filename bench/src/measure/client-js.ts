import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts'
import { metric, type Metric } from '../results.ts'
import { round } from '../stats.ts'

/** Page types a visitor reads; "content pages" in the budget's sense. */
export const pageTypes = (initiativeSlug: string, articleSlug: string) => ({
  home: '/en',
  directory: '/en/initiatives',
  initiative: `/en/initiatives/${initiativeSlug}`,
  resources: '/en/resources',
  article: `/en/news/${articleSlug}`,
  events: '/en/events',
  data: '/en/data',
  help: '/en/help',
  about: '/en/about',
})

/**
 * Client JavaScript per page type as Chromium fetched it (scripts and module preloads), each
 * response gzipped at level 9 as a server would send it. Measured in a real browser, so it
 * counts what the page really loads, not what the build emitted.
 */
export async function measureClientJs(siteUrl: string, pages: Record<string, string>): Promise<Metric[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  try {
    const metrics: Metric[] = []
    for (const [type, pagePath] of Object.entries(pages)) {
      const context = await browser.newContext()
      const page = await context.newPage()
      const scripts: Array<Promise<number>> = []
      page.on('response', (response) => {
        if (response.request().resourceType() !== 'script') return
        scripts.push(response.body().then((body) => gzipSync(body, { level: 9 }).length, () => 0))
      })
      const answer = await page.goto(`${siteUrl}${pagePath}`, { waitUntil: 'networkidle' })
      if (!answer?.ok()) throw new Error(`${pagePath} answered ${answer?.status()}`)
      const bytes = (await Promise.all(scripts)).reduce((sum, size) => sum + size, 0)
      await context.close()
      metrics.push(metric({ id: `js.${type}`, label: `Client JS, ${type} (${pagePath})`, value: round(bytes / 1024, 1), unit: 'KB gzip', budget: { kind: 'at-most', limit: 60, unit: 'KB' }, note: `${scripts.length} scripts` }))
    }
    return metrics
  } finally {
    await browser.close()
  }
}
