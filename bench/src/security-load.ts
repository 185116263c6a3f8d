/**
 * Issue 6, item 6: bounded load on loopback. 100 concurrent connections for 60 s — 70 on the
 * site's cached pages, 30 on the CMS API (the shared GraphQL documents and REST) — must end with
 * zero errors, timeouts and non-2xx answers, and the memory of both servers must stay flat.
 *
 *   node bench/src/security-load.ts [--seconds 60] [--connections 100]
 *
 * Needs the site's build (web/.output) and the shared package's build (shared/dist). Boots the
 * seeded CMS on a throw-away SQLite database and the built site, as the browser tests do, each in
 * a process of its own so each one's memory can be read. Exits 1 when a check fails.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import autocannon from 'autocannon'
import { flatMemory, type RssSample } from './security-load/memory.ts'
import { treeRssMb } from './processes.ts'

const repoDir = path.resolve(import.meta.dirname, '../..')
const option = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`)
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`)
  return value
}
const SECONDS = option('seconds', 60)
const CONNECTIONS = option('connections', 100)
/** Memory counts as flat when the last quarter of the run averages at most this much above the first. */
const FLAT_RATIO = 1.25
// Caches fill and V8 grows its heap to the load in the first third; memory is judged after that.
const WARM_UP_SECONDS = Math.min(20, SECONDS / 3)
const TIMEOUT_SECONDS = 60
const SITE_KEY = 'load-test-site-key-0123456789'
const ADMIN = { email: 'editor@sparks.test', password: 'Editor-password-for-tests-1' }

const freePort = () => new Promise<number>((resolve, reject) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const address = server.address()
    server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))))
  })
})

const children: ChildProcess[] = []
function stopAll() {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
}
process.on('exit', stopAll)
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130))

/** The seeded CMS (cms/test/support/boot-cms.ts) in its own process; resolves with its URL. */
function startCms(env: NodeJS.ProcessEnv): Promise<{ url: string; child: ChildProcess }> {
  const bootModule = pathToFileURL(path.join(repoDir, 'cms/test/support/boot-cms.ts')).href
  const script = `import { bootCms } from ${JSON.stringify(bootModule)}
const cms = await bootCms()
console.log('CMS_URL=' + cms.url)
process.on('SIGTERM', async () => { await cms.stop(); process.exit(0) })`
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: path.join(repoDir, 'cms'), env, stdio: ['ignore', 'pipe', 'inherit'] })
  children.push(child)
  return new Promise((resolve, reject) => {
    let output = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /CMS_URL=(\S+)/.exec(output)
      if (match) resolve({ url: match[1]!, child })
    })
    child.once('exit', (code) => reject(new Error(`The CMS exited with ${code} during start-up:\n${output.slice(-2000)}`)))
  })
}

async function waitFor(url: string, child: ChildProcess) {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`The process for ${url} exited with ${child.exitCode}`)
    if (await fetch(url).then((response) => response.ok, () => false)) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within two minutes`)
}

/** A read-only partner token, issued through the admin API as a platform editor would. */
async function partnerToken(cmsUrl: string): Promise<string> {
  const login = await fetch(`${cmsUrl}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) })
  const { data } = await login.json() as { data: { token: string } }
  const created = await fetch(`${cmsUrl}/admin/api-tokens`, {
    method: 'POST',
    headers: { 'authorization': `Bearer ${data.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Load test partner', description: 'security-load.ts', type: 'read-only', lifespan: null }),
  })
  const token = await created.json() as { data?: { accessKey?: string } }
  if (!token.data?.accessKey) throw new Error(`No partner token: ${created.status} ${JSON.stringify(token)}`)
  return token.data.accessKey
}

/** GraphQL requests built from the shared documents (shared/dist), with the variables pages use. */
async function graphqlRequests(): Promise<Array<{ name: string; query: string; variables: Record<string, unknown> }>> {
  const sharedRequire = createRequire(path.join(repoDir, 'shared/package.json'))
  // graphql is the shared package's dependency, not the bench's: loaded from there, typed here.
  const { print } = await import(pathToFileURL(sharedRequire.resolve('graphql')).href) as { print: (document: object) => string }
  const documents = await import(pathToFileURL(path.join(repoDir, 'shared/dist/graphql/index.js')).href) as Record<string, object | undefined>
  const pick = (name: string, variables: Record<string, unknown>) => {
    const document = documents[name]
    if (!document) throw new Error(`shared/graphql has no ${name}`)
    return { name, query: print(document), variables }
  }
  return [
    pick('InitiativeDirectoryQuery', { locale: 'en', page: 1, pageSize: 12 }),
    pick('InitiativeBySlugQuery', { locale: 'en', slug: 'bridge' }),
    pick('ArticlesQuery', { locale: 'en', page: 1, pageSize: 10 }),
    pick('PillarsQuery', { locale: 'en' }),
    pick('SupportServicesQuery', { locale: 'en' }),
  ]
}

interface RunResult {
  name: string
  requests: number
  non2xx: number
  errors: number
  timeouts: number
  requestsPerSecond: number
  latencyP50: number
  latencyP99: number
  errorKinds: Record<string, number>
}

function hammer(name: string, options: autocannon.Options): Promise<RunResult> {
  const errorKinds = new Map<string, number>()
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error: unknown, result: autocannon.Result) => {
      if (error) return reject(error instanceof Error ? error : new Error(String(error)))
      resolve({
        errorKinds: Object.fromEntries(errorKinds),
        name,
        requests: result.requests.total,
        non2xx: result.non2xx,
        errors: result.errors,
        timeouts: result.timeouts,
        requestsPerSecond: Math.round(result.requests.average),
        latencyP50: result.latency.p50,
        latencyP99: result.latency.p99,
      })
    })
    // What went wrong, by kind, so a failed run says more than a count.
    instance.on('reqError', (error: Error) => {
      const kind = (error as { code?: string }).code ?? error.message
      errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + 1)
    })
  })
}

async function main() {
  const siteEntry = path.join(repoDir, 'web/serve.ts')
  if (!existsSync(path.join(repoDir, 'web/.output/server/index.mjs'))) throw new Error('Build the site first: cd web && pnpm exec nuxt build')
  if (!existsSync(path.join(repoDir, 'shared/dist/graphql/index.js'))) throw new Error('Build the shared package first: pnpm --filter @sparks/shared build')

  const sitePort = await freePort()
  const siteUrl = `http://127.0.0.1:${sitePort}`
  // The API share runs with a partner token; the per-token limit is raised for the run, because
  // 30 connections on loopback ask more than a partner's 3,000 per minute. The anonymous limit
  // stays as configured, and the site's server is exempt through its key as in production.
  const cmsEnv = { ...process.env, SITE_API_KEY: SITE_KEY, API_RATE_LIMIT_TOKEN: '100000000', API_RATE_LIMIT_WINDOW_SECONDS: '60', WEB_REVALIDATE_URL: `${siteUrl}/api/revalidate` }
  console.log('› booting the seeded CMS and the built site')
  const cms = await startCms(cmsEnv)
  const site = spawn(process.execPath, [siteEntry], {
    cwd: path.join(repoDir, 'web'),
    env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(sitePort), NUXT_CMS_URL: cms.url, NUXT_PUBLIC_SITE_URL: siteUrl, NUXT_CMS_SITE_KEY: SITE_KEY },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  children.push(site)
  await waitFor(`${siteUrl}/robots.txt`, site)
  const token = await partnerToken(cms.url)

  const sitePaths = ['/en', '/en/initiatives', '/en/initiatives/bridge', '/cs/initiatives/bridge', '/en/initiatives?pillar=detection', '/en/news', '/en/recommendations', '/en/resources', '/en/events', '/en/data', '/en/help', '/cs']
  const documents = await graphqlRequests()
  const apiRequests: autocannon.Request[] = [
    ...documents.map(({ query, variables }) => ({ method: 'POST' as const, path: '/graphql', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) })),
    ...documents.slice(0, 2).map(({ query, variables }) => ({ method: 'GET' as const, path: `/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify(variables))}` })),
    { method: 'GET', path: '/api/initiatives?locale=en&pagination[pageSize]=25' },
    { method: 'GET', path: '/api/articles?locale=en&sort=date:desc' },
    { method: 'GET', path: '/api/pillars?locale=cs' },
  ]
  // Every request once before the run: each must answer 2xx, and the pages are then cached.
  for (const pagePath of sitePaths) {
    const response = await fetch(`${siteUrl}${pagePath}`)
    if (!response.ok) throw new Error(`${pagePath} answered ${response.status} before the run`)
  }
  for (const request of apiRequests) {
    const response = await fetch(`${cms.url}${request.path ?? '/'}`, { method: request.method ?? 'GET', headers: { authorization: `Bearer ${token}`, ...(request.headers as Record<string, string> | undefined) }, ...(request.body ? { body: String(request.body) } : {}) })
    const body = await response.text()
    if (!response.ok || body.includes('"errors"')) throw new Error(`${request.method} ${request.path?.slice(0, 80)} answered ${response.status} before the run: ${body.slice(0, 300)}`)
  }

  const samples: RssSample[] = []
  const began = Date.now()
  // Each process with its children: the site is a primary and its workers (web/serve.ts).
  const rssMb = (pid: number) => Math.round(treeRssMb(pid) * 10) / 10
  const sampler = setInterval(() => {
    samples.push({ seconds: (Date.now() - began) / 1000, cmsMb: rssMb(cms.child.pid!), siteMb: rssMb(site.pid!) })
  }, 1000)
  // Most visitors read cached pages; the API's GraphQL answers cost the CMS 20-300 ms of CPU each,
  // so its share of the connections is smaller. A request counts as failed after 60 s.
  const siteConnections = Math.ceil(CONNECTIONS * 0.7)
  console.log(`› ${SECONDS} s at ${CONNECTIONS} connections: ${siteConnections} on ${sitePaths.length} cached pages, ${CONNECTIONS - siteConnections} on ${apiRequests.length} API requests (partner token)`)
  const results = await Promise.all([
    hammer('site (cached pages)', { url: siteUrl, connections: siteConnections, duration: SECONDS, timeout: TIMEOUT_SECONDS, requests: sitePaths.map((pagePath) => ({ method: 'GET', path: pagePath })) }),
    hammer('API (GraphQL + REST)', { url: cms.url, connections: CONNECTIONS - siteConnections, duration: SECONDS, timeout: TIMEOUT_SECONDS, headers: { authorization: `Bearer ${token}` }, requests: apiRequests }),
  ])
  clearInterval(sampler)

  const memory = {
    cms: flatMemory(samples.map((sample) => ({ seconds: sample.seconds, mb: sample.cmsMb })), WARM_UP_SECONDS, FLAT_RATIO),
    site: flatMemory(samples.map((sample) => ({ seconds: sample.seconds, mb: sample.siteMb })), WARM_UP_SECONDS, FLAT_RATIO),
  }
  const failures: string[] = []
  for (const result of results) {
    console.log(`  ${result.name}: ${result.requests} requests, ${result.requestsPerSecond}/s, p50 ${result.latencyP50} ms, p99 ${result.latencyP99} ms, non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}${result.errors ? ` ${JSON.stringify(result.errorKinds)}` : ''}`)
    if (result.requests === 0) failures.push(`${result.name}: no requests completed`)
    if (result.non2xx + result.errors + result.timeouts > 0) failures.push(`${result.name}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`)
  }
  for (const [name, verdict] of Object.entries(memory)) {
    console.log(`  ${name} RSS: first quarter ${verdict.firstQuarterMb} MB, last quarter ${verdict.lastQuarterMb} MB (×${verdict.ratio}, limit ×${FLAT_RATIO}), peak ${verdict.peakMb} MB, ${verdict.samples} samples after ${WARM_UP_SECONDS} s warm-up`)
    if (!verdict.flat) failures.push(`${name} memory grew ×${verdict.ratio} (limit ×${FLAT_RATIO})`)
  }
  // Both servers still answer after the run.
  for (const url of [`${siteUrl}/en`, `${cms.url}/api/pillars?locale=en`]) {
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } })
    if (!response.ok) failures.push(`${url} answered ${response.status} after the run`)
  }
  console.log(JSON.stringify({ seconds: SECONDS, connections: CONNECTIONS, results, memory }))
  stopAll()
  if (failures.length) {
    console.error(`✗ load test failed:\n  ${failures.join('\n  ')}`)
    process.exitCode = 1
  } else console.log('✓ load held: zero errors, zero non-2xx, memory flat')
}

main().catch((error: unknown) => {
  console.error(error)
  stopAll()
  process.exitCode = 1
})
