import { execFileSync } from 'node:child_process'
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../../..')

/** File names that hold secrets by their nature. Examples that ship without values are fine. */
const SECRET_FILE = /(?:^|\/)(?:\.env(?:\.[\w-]+)?|[^/]*\.(?:pem|key|p12|pfx|jks|keystore)|id_(?:rsa|dsa|ecdsa|ed25519)|\.npmrc|\.pgpass|credentials\.json)$/
const ALLOWED_FILE = /(?:^|\/)\.env\.example$/

/** Contents that look like a real secret. Names of variables alone are not. */
const SECRET_CONTENT: Array<[label: string, pattern: RegExp]> = [
  ['private key', /-----BEGIN (RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY( BLOCK)?-----/],
  // KEY=value lines as .env files and shell scripts write them, or KEY: 'literal' in YAML and
  // code, with a long literal value (not an interpolation or an expression).
  ['Strapi or platform secret', /^\s*(export\s+)?(APP_KEYS|API_TOKEN_SALT|ADMIN_JWT_SECRET|TRANSFER_TOKEN_SALT|JWT_SECRET|ENCRYPTION_KEY|SITE_API_KEY|WEB_REVALIDATE_SECRET|FORMS_LINK_SECRET|ADMIN_PASSWORD|DATABASE_PASSWORD|SMTP_PASSWORD)(\s*=\s*['"]?|\s*:\s*['"])[\w+/=,.-]{16,}/m],
  // A Strapi API token's access key is 256 hex characters.
  ['Strapi API token', /\b[0-9a-f]{256}\b/],
  ['AWS access key', /\bAKIA[0-9A-Z]{16}\b/],
  ['GitHub token', /\bgh[pousr]_[A-Za-z0-9]{36,}\b/],
  ['npm token', /\bnpm_[A-Za-z0-9]{36}\b/],
  ['Slack token', /\bxox[abprs]-[A-Za-z0-9-]{10,}/],
  ['database URL with a password', /\b(postgres(ql)?|mysql):\/\/[^:/\s'"@$]+:[^@\s'"$]{6,}@/],
]

export function secretsIn(file: string, content: string): string[] {
  const found: string[] = []
  if (SECRET_FILE.test(file) && !ALLOWED_FILE.test(file)) found.push(`${file}: a secrets file`)
  for (const [label, pattern] of SECRET_CONTENT) if (pattern.test(content)) found.push(`${file}: ${label}`)
  return found
}

describe('no secret is in the repository', () => {
  it('finds none in any tracked file (git ls-files)', () => {
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean)
    expect(files.length).toBeGreaterThan(100)
    const found: string[] = []
    for (const file of files) {
      const full = path.join(root, file)
      let size: number
      try { size = statSync(full).size } catch { continue /* deleted in the work tree */ }
      const content = size > 2_000_000 ? '' : readFileSync(full).toString('latin1')
      found.push(...secretsIn(file, content.includes('\0') ? '' : content))
    }
    expect(found).toEqual([])
  })

  it('would notice each kind of secret (so the scan above can fail)', () => {
    const samples: Array<[string, string]> = [
      ['cms/.env', 'HOST=127.0.0.1\n'],
      ['deploy/server.pem', ''],
      // Split so that this file itself holds no match for the scan above.
      ['notes.txt', '-----BEGIN OPENSSH ' + 'PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n'],
      ['docker/.env.production', ''],
      ['tools/run.sh', 'export ADMIN_JWT_SECRET=q8Zk3vR1xT0bN6mL2pW9sD4f\n'],
      ['cms/config/x.ts', "APP_KEYS: 'k2Vq9yT1x3ZbR8mN0pLs4Dw6,aQ7uE5rT2yU8iO1pA3sD4fG6'\n"],
      ['bench/token.txt', 'a'.repeat(256)],
      ['ci.yml', 'url: postgres://sparks:' + 'hunter2secret@db:5432/sparks\n'],
    ]
    for (const [file, content] of samples) expect(secretsIn(file, content), file).not.toEqual([])
    // What the repository legitimately holds: names, interpolations and examples.
    // eslint-disable-next-line no-template-curly-in-string -- a compose file's interpolation, as written
    for (const [file, content] of [['docker-compose.yml', 'APP_KEYS: ${APP_KEYS}\nDATABASE_URL: postgres://sparks@db:5432/sparks\n'], ['.env.example', 'APP_KEYS=\n'], ['tools/write-env.mjs', 'APP_KEYS: [secret(), secret()].join(",")']] as const) {
      expect(secretsIn(file, content), file).toEqual([])
    }
  })
})
