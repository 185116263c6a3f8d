// Writes cms/.env with fresh random secrets on the first start; later starts keep it.
// The admin account it names is created by the CMS on its first boot.
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const envFile = fileURLToPath(new URL('../cms/.env', import.meta.url))
const secret = () => randomBytes(24).toString('base64url')

const defaults = {
  APP_KEYS: [secret(), secret(), secret(), secret()].join(','),
  API_TOKEN_SALT: secret(),
  ADMIN_JWT_SECRET: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  JWT_SECRET: secret(),
  ENCRYPTION_KEY: secret(),
  WEB_REVALIDATE_SECRET: secret(),
  SITE_API_KEY: secret(),
  ADMIN_EMAIL: process.env.ADMIN_EMAIL ?? 'admin@sparks.localhost',
  ADMIN_PASSWORD: process.env.ADMIN_PASSWORD ?? `Sparks-${randomBytes(9).toString('base64url')}1`,
}

const existing = existsSync(envFile) ? readFileSync(envFile, 'utf8') : ''
const present = new Set(existing.split('\n').map((line) => line.split('=')[0]?.trim()).filter(Boolean))
const missing = Object.entries(defaults).filter(([key]) => !present.has(key))
if (missing.length > 0) {
  const header = existing ? '' : '# Written by the start script with fresh random secrets. Never commit this file.\n'
  const lines = missing.map(([key, value]) => `${key}=${value}`).join('\n')
  writeFileSync(envFile, `${existing}${existing && !existing.endsWith('\n') ? '\n' : ''}${header}${lines}\n`, { mode: 0o600 })
}
