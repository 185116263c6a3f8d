import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import lighthouse from 'lighthouse'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts'
import { freePort, start, stop, waitFor } from '../processes.ts'
import { metric, type Metric } from '../results.ts'

const CATEGORIES = [
  { id: 'performance', label: 'performance', limit: 98 },
  { id: 'accessibility', label: 'accessibility', limit: 100 },
  { id: 'best-practices', label: 'best practices', limit: 100 },
  { id: 'seo', label: 'SEO', limit: 100 },
] as const

/**
 * Lighthouse's default (mobile: emulated phone, simulated slow 4G and CPU) on Debian's
 * Chromium, started here with a DevTools port that Lighthouse connects to.
 */
export async function measureLighthouse(siteUrl: string, pages: Record<string, string>): Promise<Metric[]> {
  const port = await freePort()
  const profile = mkdtempSync(path.join(tmpdir(), 'sparks-bench-chromium-'))
  const browser = start(CHROMIUM_PATH, [...CHROMIUM_ARGS, '--headless=new', `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'], { silent: true })
  try {
    await waitFor(`http://127.0.0.1:${port}/json/version`, browser, 30)
    const metrics: Metric[] = []
    for (const [type, pagePath] of Object.entries(pages)) {
      const result = await lighthouse(`${siteUrl}${pagePath}`, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES.map((category) => category.id) })
      if (!result) throw new Error(`Lighthouse returned nothing for ${pagePath}`)
      for (const category of CATEGORIES) {
        const score = result.lhr.categories[category.id]?.score
        if (typeof score !== 'number') throw new Error(`Lighthouse has no ${category.id} score for ${pagePath}: ${result.lhr.runtimeError?.message ?? 'unknown error'}`)
        const failing = Object.values(result.lhr.audits).filter((audit) => audit.score !== null && audit.score < 1 && (result.lhr.categories[category.id]?.auditRefs ?? []).some((ref) => ref.id === audit.id && ref.weight > 0))
        metrics.push(metric({
          id: `lighthouse.${type}.${category.id}`,
          label: `Lighthouse mobile ${category.label}, ${type}`,
          value: Math.round(score * 100),
          unit: '',
          budget: { kind: 'at-least', limit: category.limit, unit: '' },
          ...(failing.length ? { note: `below 1: ${failing.slice(0, 4).map((audit) => audit.id).join(', ')}` } : {}),
        }))
      }
    }
    return metrics
  } finally {
    await stop(browser)
    rmSync(profile, { recursive: true, force: true })
  }
}
