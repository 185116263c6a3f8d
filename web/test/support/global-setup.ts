import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { bootCms } from '../../../cms/test/support/boot-cms.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string
    cmsUrl: string
    mailboxUrl: string
  }
}

export const REVALIDATE_SECRET = 'test-revalidation-secret-1234'
const SITE_KEY = 'test-site-key-for-the-cms-12345'

const webDir = path.resolve(import.meta.dirname, '../..')

const freePort = () => new Promise<number>((resolve, reject) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const address = server.address()
    server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
  })
})

async function waitFor(url: string, site: ChildProcess) {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    if (site.exitCode !== null) throw new Error(`The site exited with ${site.exitCode} during start-up.`)
    try {
      if ((await fetch(url)).ok) return
    } catch { /* not listening yet */ }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within a minute.`)
}

/** Boots the seeded CMS on a throw-away database and the production build of the site beside it. */
export default async function setup(project: TestProject) {
  const entry = path.join(webDir, '.output/server/index.mjs')
  if (!existsSync(entry)) throw new Error('Build the site first: pnpm --filter @sparks/web build')
  const port = await freePort()
  const siteUrl = `http://127.0.0.1:${port}`
  // The CMS gets the site's purge webhook, as `npm start` wires it.
  process.env.WEB_REVALIDATE_URL = `${siteUrl}/api/revalidate`
  process.env.WEB_REVALIDATE_SECRET = REVALIDATE_SECRET
  process.env.SITE_API_KEY = SITE_KEY
  // Links in mails (confirm, unsubscribe) point at the site under test.
  process.env.SITE_PUBLIC_URL = siteUrl
  const cms = await bootCms()
  // Two workers, as on any multi-core server (serve.ts): every test meets whichever one answers.
  const site = spawn(process.execPath, [path.join(webDir, 'serve.ts')], {
    cwd: webDir,
    env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), NUXT_CMS_URL: cms.url, NUXT_PUBLIC_SITE_URL: siteUrl, NUXT_REVALIDATE_SECRET: REVALIDATE_SECRET, NUXT_CMS_SITE_KEY: SITE_KEY, NUXT_FORM_RATE_LIMIT: '30', NUXT_TRUST_PROXY: 'true', NUXT_ADMIN_ORIGIN: cms.url, SITE_WORKERS: '2' },
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  await waitFor(`${siteUrl}/robots.txt`, site)
  project.provide('siteUrl', siteUrl)
  project.provide('cmsUrl', cms.url)
  project.provide('mailboxUrl', cms.mailboxUrl)
  return async () => {
    site.kill('SIGTERM')
    await cms.stop()
  }
}
