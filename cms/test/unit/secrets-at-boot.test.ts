import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import adminConfig from '../../config/admin'
import formsConfig from '../../config/forms'
import pluginsConfig from '../../config/plugins'
import serverConfig from '../../config/server'

/** Every secret the start script generates for a deployment (tools/write-env.mjs). */
const generated = [...readFileSync(path.resolve(import.meta.dirname, '../../../tools/write-env.mjs'), 'utf8').matchAll(/^\s*(\w+): \[?secret\(\)/gm)].map((match) => match[1]!)
const strong = (name: string) => `${name.toLowerCase()}-Xq83mZ0vK2pL7wR4tY9u`

/** Strapi's `env` helper, reading a plain object (enough for what our config files call). */
function envFrom(values: Record<string, string | undefined>) {
  const env = (name: string, fallback?: string) => values[name] ?? fallback
  return Object.assign(env, {
    int: (name: string, fallback?: number) => (values[name] === undefined ? fallback : Number(values[name])),
    bool: (name: string, fallback?: boolean) => (values[name] === undefined ? fallback : values[name] === 'true'),
    array: (name: string, fallback?: string[]) => (values[name] === undefined ? fallback : values[name]!.split(',')),
    oneOf: (name: string, _options: string[], fallback?: string) => values[name] ?? fallback,
  })
}

/** Loads every config file that reads a secret, as a production boot does. */
function boot(values: Record<string, string | undefined>) {
  const environment = { NODE_ENV: 'production', ...values }
  const previous = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    const params = { env: envFrom(environment) } as never
    for (const config of [adminConfig, serverConfig, pluginsConfig, formsConfig]) (config as (params: never) => unknown)(params)
  } finally {
    process.env.NODE_ENV = previous
  }
}

describe('a production CMS refuses to start on a missing or placeholder secret', () => {
  const all = Object.fromEntries(generated.map((name) => [name, name === 'APP_KEYS' ? `${strong('a')},${strong('b')}` : strong(name)]))

  it('knows the secrets the start script generates', () => {
    expect(generated).toEqual(expect.arrayContaining(['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY', 'WEB_REVALIDATE_SECRET', 'SITE_API_KEY']))
  })

  it('starts with every secret long and random', () => {
    expect(() => boot(all)).not.toThrow()
  })

  for (const name of [...generated, 'FORMS_LINK_SECRET']) {
    it(`stops on a placeholder ${name}`, () => {
      for (const placeholder of ['changeme', 'toBeModified1', 'short']) {
        expect(() => boot({ ...all, [name]: placeholder }), placeholder).toThrow(new RegExp(`${name} is missing or a placeholder`))
      }
    })
  }

  it('stops on a missing required secret; the optional ones may be left out (no site: no forms, no purge)', () => {
    for (const name of generated) {
      const without = { ...all, [name]: undefined }
      if (name === 'SITE_API_KEY' || name === 'WEB_REVALIDATE_SECRET') expect(() => boot(without), name).not.toThrow()
      else expect(() => boot(without), name).toThrow(new RegExp(`${name} is missing`))
    }
  })
})
