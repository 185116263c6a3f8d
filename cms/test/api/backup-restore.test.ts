import { execFileSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { print } from 'graphql'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { adminJwt, cmsUrl } from '../support/clients.ts'
import { startCmsProcess, type CmsProcess } from '../support/cms-process.ts'
import { sharedDocumentCases } from '../support/shared-document-cases.ts'

// tools/backup.sh and tools/restore.sh, end to end: back up the suite's running CMS (database and
// uploads), restore into a fresh database and folder, boot a second CMS on the copy, and ask both
// every shared GraphQL document. On SQLite in `npm test`, on PostgreSQL in its run.

const repo = path.resolve(import.meta.dirname, '../../..')
const uploadsDir = path.resolve(import.meta.dirname, '../../public/uploads')
const scratch = mkdtempSync(path.join(tmpdir(), 'sparks-backup-'))
const pgBin = () => readdirSync('/usr/lib/postgresql').sort().map((version) => `/usr/lib/postgresql/${version}/bin`).at(-1)!
let restored: CmsProcess | undefined
let restoredDatabase: string | undefined

afterAll(async () => {
  await restored?.stop()
  if (restoredDatabase) execFileSync(`${pgBin()}/psql`, ['--no-psqlrc', `--dbname=${inject('database').url}`, '--command', `drop database if exists ${restoredDatabase} with (force)`])
  rmSync(scratch, { recursive: true, force: true })
})

/** The same answer whatever order rows come in: a restored PostgreSQL table need not keep its physical order. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([key, child]) => [key, canonical(child)]))
  return value
}

async function ask(url: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-sparks-site-key': inject('siteKey') }, body: JSON.stringify({ query, variables }) })
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: unknown } }
}

const digestsOf = (folder: string) => Object.fromEntries(readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => {
  const file = path.join(entry.parentPath, entry.name)
  return [path.relative(folder, file), createHash('sha256').update(readFileSync(file)).digest('hex')]
}))

describe('backup and restore', () => {
  it('gives a restored copy that answers every shared document exactly as the original', { timeout: 300_000 }, async () => {
    // Something in the media library, so the uploads are part of what is checked.
    const form = new FormData()
    form.append('files', new Blob([new Uint8Array(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'))], { type: 'image/png' }), 'backup-pixel.png')
    const upload = await fetch(`${cmsUrl()}/upload`, { method: 'POST', headers: { authorization: `Bearer ${await adminJwt()}` }, body: form })
    expect(upload.status).toBe(201)

    const database = inject('database')
    const backupDir = path.join(scratch, 'backup')
    const sourceEnv = database.client === 'sqlite'
      ? { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: database.filename! }
      : { DATABASE_CLIENT: 'postgres', DATABASE_URL: database.url! }
    // Taken while the CMS runs, as a nightly job would.
    execFileSync('bash', [path.join(repo, 'tools/backup.sh'), backupDir], { env: { ...process.env, ...sourceEnv, UPLOADS_DIR: uploadsDir }, stdio: 'pipe' })

    const restoredUploads = path.join(scratch, 'restored-uploads')
    let targetEnv: Record<string, string>
    if (database.client === 'sqlite') {
      targetEnv = { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(scratch, 'restored.db') }
    } else {
      restoredDatabase = `sparks_restored_${randomBytes(4).toString('hex')}`
      execFileSync(`${pgBin()}/psql`, ['--no-psqlrc', `--dbname=${database.url}`, '--command', `create database ${restoredDatabase}`])
      const url = new URL(database.url!)
      url.pathname = `/${restoredDatabase}`
      targetEnv = { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() }
    }
    execFileSync('bash', [path.join(repo, 'tools/restore.sh'), backupDir], { env: { ...process.env, ...targetEnv, UPLOADS_DIR: restoredUploads }, stdio: 'pipe' })

    // Every uploaded file came back, byte for byte.
    const original = digestsOf(uploadsDir)
    expect(Object.keys(original).length).toBeGreaterThanOrEqual(1)
    expect(digestsOf(restoredUploads)).toEqual(original)

    const secret = () => randomBytes(24).toString('base64url')
    restored = await startCmsProcess({
      ...targetEnv,
      // The same secrets as the original when this process has them (a real restore keeps cms/.env).
      APP_KEYS: process.env.APP_KEYS ?? `${secret()},${secret()}`,
      API_TOKEN_SALT: process.env.API_TOKEN_SALT ?? secret(),
      ADMIN_JWT_SECRET: process.env.ADMIN_JWT_SECRET ?? secret(),
      TRANSFER_TOKEN_SALT: process.env.TRANSFER_TOKEN_SALT ?? secret(),
      JWT_SECRET: process.env.JWT_SECRET ?? secret(),
      ENCRYPTION_KEY: process.env.ENCRYPTION_KEY ?? secret(),
      SITE_API_KEY: inject('siteKey'),
    })

    const differences: string[] = []
    for (const testCase of sharedDocumentCases) {
      const query = print(testCase.document)
      const [before, after] = [await ask(cmsUrl(), query, testCase.variables), await ask(restored.url, query, testCase.variables)]
      expect(before.status, testCase.name).toBe(200)
      expect(before.body.errors, testCase.name).toBeUndefined()
      if (JSON.stringify(canonical(after)) !== JSON.stringify(canonical(before))) differences.push(testCase.name)
    }
    expect(sharedDocumentCases.length).toBeGreaterThanOrEqual(20)
    expect(differences).toEqual([])
  })

  it('refuses to restore over existing data or from a damaged backup', () => {
    const backupDir = path.join(scratch, 'backup')
    const database = inject('database')
    const existing = database.client === 'sqlite' ? { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: database.filename! } : { DATABASE_CLIENT: 'postgres', DATABASE_URL: database.url! }
    expect(() => execFileSync('bash', [path.join(repo, 'tools/restore.sh'), backupDir], { env: { ...process.env, ...existing, UPLOADS_DIR: path.join(scratch, 'unused') }, stdio: 'pipe' })).toThrow()
    const damaged = path.join(scratch, 'damaged')
    execFileSync('cp', ['-r', backupDir, damaged])
    execFileSync('bash', ['-c', `printf x >> "${damaged}/uploads.tar.gz"`])
    expect(() => execFileSync('bash', [path.join(repo, 'tools/restore.sh'), damaged], { env: { ...process.env, DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(scratch, 'never.db'), UPLOADS_DIR: path.join(scratch, 'never') }, stdio: 'pipe' })).toThrow(/damaged/)
  })
})
