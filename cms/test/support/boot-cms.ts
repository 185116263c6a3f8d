import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Core } from '@strapi/strapi'

/** The super admin every throw-away CMS starts with. */
export const TEST_ADMIN = { email: 'editor@sparks.test', password: 'Editor-password-for-tests-1' }

export interface RunningCms {
  url: string
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
  })
  // Short rate-limit windows, so the limit test can reach the limit and the window reset quickly.
  process.env.API_RATE_LIMIT_WINDOW_SECONDS ??= '4'
  process.env.API_RATE_LIMIT ??= '100'
  process.env.API_RATE_LIMIT_TOKEN ??= '1000'
  process.env.API_USAGE_FLUSH_SECONDS ??= '1'
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
    strapi,
    async stop() {
      await strapi.destroy()
      rmSync(scratch, { recursive: true, force: true })
    },
  }
}
