import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { load } from '../load.ts'
import { freePort, start, stop, waitFor } from '../processes.ts'
import { metric, type Metric } from '../results.ts'

export interface LoadSettings {
  duration: number
  connections: number
}

/**
 * A cached page against the same bytes served as a static file: how much the site's cache
 * costs over the cheapest possible answer. The page is requested first so it is in the cache.
 */
export async function measureCachedPage(siteUrl: string, pagePath: string, settings: LoadSettings): Promise<Metric[]> {
  for (let i = 0; i < 3; i += 1) await fetch(`${siteUrl}${pagePath}`).then((response) => response.text())
  const html = await (await fetch(`${siteUrl}${pagePath}`)).text()
  const scratch = mkdtempSync(path.join(tmpdir(), 'sparks-bench-static-'))
  const file = path.join(scratch, 'page.html')
  writeFileSync(file, html)
  const port = await freePort()
  const server = start(process.execPath, [path.join(import.meta.dirname, '../static-file-server.ts'), file, String(port)], { quiet: true })
  try {
    await waitFor(`http://127.0.0.1:${port}/`, server, 30)
    const staticFile = await load({ url: `http://127.0.0.1:${port}/`, ...settings })
    const cached = await load({ url: `${siteUrl}${pagePath}`, ...settings })
    return [
      metric({
        id: 'page.cached.throughput',
        label: `Cached page (${pagePath}), ${settings.connections} connections`,
        value: cached.requestsPerSecond,
        unit: 'req/s',
        baseline: { label: 'same HTML as a static file', value: staticFile.requestsPerSecond },
        budget: { kind: 'ratio-at-least', limit: 0.8 },
        note: `p50 ${cached.p50} ms vs ${staticFile.p50} ms${cached.failures + staticFile.failures ? `; ${cached.failures + staticFile.failures} failed requests` : ''}`,
      }),
    ]
  } finally {
    await stop(server)
    rmSync(scratch, { recursive: true, force: true })
  }
}

/**
 * Pages rendered afresh on every request. The site caches pages by their full URL (path and
 * query), so a query parameter the pages ignore and that changes on every request misses the
 * page cache every time: each request is a full server render. Its CMS queries may be answered
 * from the site's CMS-answer cache (server/utils/cms-answer-cache.ts), as for a visitor with a
 * new query string: the directory's are, after the first; the initiative pages cycle through
 * every initiative, so most of theirs go to the CMS. The cold row has neither: each request
 * follows a purge, as the first visitor after a publish.
 */
export async function measureUncachedPages(siteUrl: string, initiativeSlugs: string[], settings: LoadSettings, purge: () => Promise<void>): Promise<Metric[]> {
  const run = Date.now().toString(36)
  // Unmeasured first: a server that has just started compiles its code as it meets it, in each
  // worker, and the figure is for a site that has been running (the cold row below covers the
  // caches; this is about the code).
  await load({ url: siteUrl, duration: Math.min(5, settings.duration), connections: settings.connections, pathFor: (index) => `/en/initiatives?warm-up=${run}-${index}` })
  const directory = await load({ url: siteUrl, ...settings, pathFor: (index) => `/en/initiatives?uncached=${run}-${index}` })
  const initiative = await load({
    url: siteUrl,
    ...settings,
    pathFor: (index) => `/en/initiatives/${initiativeSlugs[index % initiativeSlugs.length]}?uncached=${run}-${index}`,
  })
  const cold: number[] = []
  for (let index = 0; index < 20; index += 1) {
    await purge()
    const began = performance.now()
    const response = await fetch(`${siteUrl}/en/initiatives?cold=${run}-${index}`)
    await response.text()
    if (!response.ok) throw new Error(`The directory answered ${response.status} after a purge`)
    cold.push(performance.now() - began)
  }
  cold.sort((a, b) => a - b)
  const failures = (failed: number) => (failed ? `; ${failed} failed requests` : '')
  return [
    metric({ id: 'page.uncached.directory.p50', label: `Uncached directory page, p50 at ${settings.connections} connections`, value: directory.p50, unit: 'ms', note: `${directory.requestsPerSecond} req/s${failures(directory.failures)}` }),
    metric({ id: 'page.uncached.directory.p95', label: `Uncached directory page, p95 at ${settings.connections} connections`, value: directory.p95, unit: 'ms', budget: { kind: 'at-most', limit: 100, unit: 'ms' } }),
    metric({ id: 'page.cold.directory.p50', label: 'Directory page after a purge (first visitor after a publish), p50 of 20, one at a time', value: Math.round(cold[9]!), unit: 'ms', note: `p95 ${Math.round(cold[18]!)} ms` }),
    metric({ id: 'page.uncached.initiative.p50', label: `Uncached initiative page, p50 at ${settings.connections} connections`, value: initiative.p50, unit: 'ms', note: `${initiative.requestsPerSecond} req/s${failures(initiative.failures)}` }),
    metric({ id: 'page.uncached.initiative.p95', label: `Uncached initiative page, p95 at ${settings.connections} connections`, value: initiative.p95, unit: 'ms' }),
  ]
}
