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
export async function measureLighthouse(siteUrl: string, pages: Record<string, string>, runsPerPage = 3): Promise<Metric[]> {
  const port = await freePort()
  const profile = mkdtempSync(path.join(tmpdir(), 'sparks-bench-chromium-'))
  const browser = start(CHROMIUM_PATH, [...CHROMIUM_ARGS, '--headless=new', `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'], { silent: true })
  try {
    await waitFor(`http://127.0.0.1:${port}/json/version`, browser, 30)
    const metrics: Metric[] = []
    for (const [type, pagePath] of Object.entries(pages)) {
      const result = await medianRun(`${siteUrl}${pagePath}`, port, runsPerPage)
      for (const category of CATEGORIES) {
        const score = result.lhr.categories[category.id]!.score!
        const failing = Object.values(result.lhr.audits).filter((audit) => audit.score !== null && audit.score < 1 && (result.lhr.categories[category.id]?.auditRefs ?? []).some((ref) => ref.id === audit.id && ref.weight > 0))
        metrics.push(metric({
          id: `lighthouse.${type}.${category.id}`,
          label: `Lighthouse mobile ${category.label}, ${type}`,
          value: Math.round(score * 100),
          unit: '',
          budget: { kind: 'at-least', limit: category.limit, unit: '' },
          note: [`median of ${result.runs} runs (performance ${result.performanceScores.join(', ')})`, ...(failing.length ? [`below 1: ${failing.slice(0, 4).map((audit) => audit.id).join(', ')}`] : [])].join('; '),
        }))
      }
    }
    return metrics
  } finally {
    await stop(browser)
    rmSync(profile, { recursive: true, force: true })
  }
}

type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>

/**
 * Lighthouse's own advice for a noisy figure: run it several times and report the median run
 * (by performance score). A run that fails to record (Chromium's trace sometimes misses the
 * navigation on a busy machine) is retried, twice at most.
 */
async function medianRun(url: string, port: number, runs: number): Promise<Report & { runs: number; performanceScores: number[] }> {
  const done: Report[] = []
  const errors: string[] = []
  for (let attempt = 0; done.length < runs && attempt < runs + 2; attempt += 1) {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES.map((category) => category.id) })
    const missing = CATEGORIES.find((category) => typeof result?.lhr.categories[category.id]?.score !== 'number')
    if (result && !missing) done.push(result)
    else errors.push(`${missing?.id ?? 'every'} score missing: ${result?.lhr.runtimeError?.message ?? 'no result'}`)
  }
  if (!done.length) throw new Error(`Lighthouse could not measure ${url}:\n  ${errors.join('\n  ')}`)
  const performance = (report: Report) => report.lhr.categories.performance!.score!
  const sorted = [...done].sort((a, b) => performance(a) - performance(b))
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!
  return Object.assign(median, { runs: done.length, performanceScores: done.map((report) => Math.round(performance(report) * 100)) })
}
