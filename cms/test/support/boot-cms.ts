import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Core } from '@strapi/strapi'
import { startMailbox } from '../../scripts/mailbox.mts'

/** The super admin every throw-away CMS starts with. */
export const TEST_ADMIN = { email: 'editor@sparks.test', password: 'Editor-password-for-tests-1' }

export interface RunningCms {
  url: string
  /** The local mail server's inbox (GET /messages): every mail the CMS sent, really over SMTP. */
  mailboxUrl: string
  strapi: Core.Strapi
  stop(): Promise<void>
}

const secret = () => randomBytes(24).toString('base64url')

/**
 * Boots the real CMS, seeded with the demo content, on a throw-away database and a free port:
 * SQLite in a temporary folder, or the PostgreSQL database DATABASE_URL names when
 * DATABASE_CLIENT=postgres (tools/run-tests.sh makes a fresh one).
 */
export async function bootCms(): Promise<RunningCms> {
  const appDir = path.resolve(import.meta.dirname, '../..')
  const scratch = mkdtempSync(path.join(tmpdir(), 'sparks-cms-'))
  const mailbox = await startMailbox()
  Object.assign(process.env, {
    NODE_ENV: 'test',
    CMS_HOST: '127.0.0.1',
    CMS_PORT: '0',
    APP_KEYS: `${secret()},${secret()}`,
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    SEED_DEMO_CONTENT: 'true',
    STRAPI_TELEMETRY_DISABLED: 'true',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(mailbox.smtpPort),
    TEAM_EMAIL: 'team@sparks.test',
    CRON_ENABLED: 'false',
  })
  // The forms answer only the site's server; tests that play the site send this key.
  process.env.SITE_API_KEY ??= 'test-site-key-for-the-cms-12345'
  // Short rate-limit windows, so the limit test can reach the limit and the window reset quickly.
  process.env.API_RATE_LIMIT_WINDOW_SECONDS ??= '4'
  process.env.API_RATE_LIMIT ??= '100'
  process.env.API_RATE_LIMIT_TOKEN ??= '1000'
  process.env.API_USAGE_FLUSH_SECONDS ??= '1'
  // Sign-in limits (Strapi's per e-mail, ours per IP) in short windows, so the limit test can
  // reach them and later files sign in again soon after.
  process.env.ADMIN_LOGIN_RATE_LIMIT_WINDOW_SECONDS ??= '4'
  process.env.ADMIN_LOGIN_FAILURE_WINDOW_SECONDS ??= '4'
  // The one webhook target allowed on loopback (the site's purge URL); without
  // WEB_REVALIDATE_SECRET no webhook is registered for it.
  process.env.WEB_REVALIDATE_URL ??= 'http://127.0.0.1:59999/api/revalidate'
  if ((process.env.DATABASE_CLIENT ?? 'sqlite') === 'sqlite') {
    process.env.DATABASE_FILENAME = path.join(scratch, 'cms.db')
  }

  // Strapi is CommonJS and reads its app from disk, so it is loaded outside the test bundler.
  const require = createRequire(import.meta.url)
  const { compileStrapi, createStrapi } = require('@strapi/strapi') as typeof import('@strapi/strapi')
  const context = await compileStrapi({ appDir })
  const strapi = await createStrapi({ ...context, autoReload: false, serveAdminPanel: false }).load()
  await strapi.listen()
  const { port } = strapi.server.httpServer.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    mailboxUrl: mailbox.url,
    strapi,
    async stop() {
      await strapi.destroy()
      await mailbox.close()
      rmSync(scratch, { recursive: true, force: true })
    },
  }
}
