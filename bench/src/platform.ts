import { createHash, randomBytes } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { ChildProcess } from 'node:child_process'
import { freePort, run, start, stop, treeRssMb, waitFor } from './processes.ts'

export const repoDir = path.resolve(import.meta.dirname, '../..')
const cmsDir = path.join(repoDir, 'cms')
const webDir = path.join(repoDir, 'web')
const secret = () => randomBytes(24).toString('base64url')

/** The key the site's server proves itself with; the CMS's rate limit does not count it. */
export const SITE_KEY = secret()

export interface DataSize {
  initiatives: number
  resources: number
  articles: number
  locales: string[]
}

/** Production builds of the CMS and the site, each only when its sources changed (as `npm start`). */
export async function buildPlatform(): Promise<void> {
  // The CMS's config refuses to load in production without real secrets, at build time too.
  await run('bash', ['tools/build-platform.sh'], { cwd: repoDir, env: cmsEnvironment(':memory:') })
}

/** The environment of a production CMS on its own throw-away SQLite database. */
export function cmsEnvironment(databaseFile: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    CMS_HOST: '127.0.0.1',
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: databaseFile,
    APP_KEYS: `${secret()},${secret()}`,
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    ADMIN_EMAIL: 'bench@sparks.test',
    ADMIN_PASSWORD: `Bench-${secret()}`,
    SITE_API_KEY: SITE_KEY,
    SEED_DEMO_CONTENT: 'true',
    STRAPI_TELEMETRY_DISABLED: 'true',
  }
}

/** Seeds the demo content and generates the large data set (batched SQL writes of the rows the document service would write). */
export async function generateData(env: NodeJS.ProcessEnv, size: DataSize): Promise<void> {
  await run(process.execPath, [
    'scripts/generate-bench-data.ts',
    '--initiatives', String(size.initiatives),
    '--resources', String(size.resources),
    '--articles', String(size.articles),
    '--locales', size.locales.join(','),
  ], { cwd: cmsDir, env })
}

/**
 * The schemas of the generated types and of the components, and the generator itself: a
 * generated database fits the CMS while these stay the same (Strapi adds new types' tables
 * itself when it starts).
 */
function schemaFingerprint(): string {
  const hash = createHash('sha256')
  const add = (file: string) => hash.update(path.relative(repoDir, file)).update(readFileSync(file))
  for (const type of ['initiative', 'resource', 'article', 'pillar', 'organisation']) add(path.join(cmsDir, `src/api/${type}/content-types/${type}/schema.json`))
  const walk = (dir: string, extension: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const file = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(file, extension)
      else if (entry.name.endsWith(extension)) add(file)
    }
  }
  walk(path.join(cmsDir, 'src/components'), '.json')
  add(path.join(cmsDir, 'scripts/generate-bench-data.ts'))
  walk(path.join(cmsDir, 'scripts/bench-data'), '.ts')
  return hash.digest('hex').slice(0, 12)
}

/**
 * The generated database for this size, copied to `target`. Generating the full set takes about a
 * minute (most of it the CMS's first start), so a generated database is kept in bench/.data/ and
 * reused while the schemas and the generator are unchanged (`fresh` generates anew).
 */
export async function prepareDatabase(env: NodeJS.ProcessEnv, size: DataSize, target: string, fresh: boolean): Promise<'generated' | 'reused'> {
  const cacheDir = path.join(repoDir, 'bench/.data')
  const cached = path.join(cacheDir, `${schemaFingerprint()}-${size.initiatives}-${size.resources}-${size.articles}-${size.locales.join('_')}.db`)
  if (!fresh && existsSync(cached)) {
    copyFileSync(cached, target)
    return 'reused'
  }
  mkdirSync(cacheDir, { recursive: true })
  const building = `${cached}.partial`
  await generateData({ ...env, DATABASE_FILENAME: building }, size)
  renameSync(building, cached)
  copyFileSync(cached, target)
  return 'generated'
}

export interface RunningCms {
  url: string
  process: ChildProcess
  /** spawn to first healthy answer, in ms */
  bootMs: number
  rssMb(): number
  stop(): Promise<void>
}

/** `strapi start` (no build, no watch) with the given environment, on a free loopback port. */
export async function startCms(env: NodeJS.ProcessEnv, options: { countSqlStatements: boolean }): Promise<RunningCms> {
  const port = await freePort()
  const strapiBin = path.join(path.dirname(createRequire(path.join(cmsDir, 'package.json')).resolve('@strapi/strapi/package.json')), 'bin/strapi.js')
  const began = performance.now()
  const child = start(process.execPath, [strapiBin, 'start'], {
    cwd: cmsDir,
    env: { ...env, CMS_PORT: String(port), CMS_COUNT_SQL_STATEMENTS: String(options.countSqlStatements) },
    quiet: true,
  })
  const url = `http://127.0.0.1:${port}`
  await waitFor(`${url}/_health`, child, 300)
  const bootMs = performance.now() - began
  return { url, process: child, bootMs, rssMb: () => treeRssMb(child.pid!), stop: () => stop(child) }
}

export interface RunningSite {
  url: string
  /** empties the site's page and CMS-answer caches, as the CMS's publish webhook does */
  purge(): Promise<void>
  process: ChildProcess
  rssMb(): number
  stop(): Promise<void>
}

/**
 * The built Nuxt server in production mode, talking to `cmsUrl`, started as `npm start` starts it:
 * `serve.ts`, one worker process per core.
 */
export async function startSite(cmsUrl: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<RunningSite> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const revalidateSecret = secret()
  const child = start(process.execPath, [path.join(webDir, 'serve.ts')], {
    cwd: webDir,
    env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), NUXT_CMS_URL: cmsUrl, NUXT_CMS_SITE_KEY: SITE_KEY, NUXT_PUBLIC_SITE_URL: url, NUXT_REVALIDATE_SECRET: revalidateSecret, ...extraEnv },
    quiet: true,
  })
  await waitFor(`${url}/robots.txt`, child, 120)
  const purge = async () => {
    const response = await fetch(`${url}/api/revalidate`, { method: 'POST', headers: { 'x-sparks-revalidate': revalidateSecret } })
    if (!response.ok) throw new Error(`The site refused the purge: ${response.status}`)
  }
  return { url, purge, process: child, rssMb: () => treeRssMb(child.pid!), stop: () => stop(child) }
}
