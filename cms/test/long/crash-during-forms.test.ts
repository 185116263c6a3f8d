import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readdirSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { startMailbox, type Mailbox } from '../../scripts/mailbox.mts'
import { startCmsProcess, type CmsProcess } from '../support/cms-process.ts'

// kill -9 of the CMS while visitors' forms pour in, on PostgreSQL: every submission the CMS
// acknowledged (202) must be in the database after the restart. The CMS runs as a child process;
// this process is the site sending the forms, and the database is read with psql afterwards.

const CRASHES = Number(process.env.CRASH_COUNT ?? 3)
const SENDERS = 8
const secret = () => randomBytes(24).toString('base64url')
const siteKey = secret()
let cms: CmsProcess | undefined
let mailbox: Mailbox | undefined

afterAll(async () => {
  await cms?.stop()
  await mailbox?.close()
})

const psql = (sql: string) => {
  const bin = `/usr/lib/postgresql/${readdirSync('/usr/lib/postgresql').sort().at(-1)}/bin/psql`
  return execFileSync(bin, ['--no-psqlrc', '--tuples-only', '--no-align', `--dbname=${process.env.DATABASE_URL}`, '--command', sql], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
}

async function submit(url: string, subject: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/api/forms/contact`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sparks-site-key': siteKey },
      body: JSON.stringify({ name: 'Load test', email: `${subject}@example.org`, subject, message: `Message ${subject}.`, consent: true }),
      signal: AbortSignal.timeout(20_000),
    })
    await response.arrayBuffer()
    return response.status === 202
  } catch {
    return false // the connection died with the process: not acknowledged
  }
}

describe(`kill -9 of the CMS during form submissions (${CRASHES} crashes, PostgreSQL)`, () => {
  it('keeps every acknowledged submission', async () => {
    expect(process.env.DATABASE_CLIENT, 'run through tools/run-crash-test.sh, which provides PostgreSQL').toBe('postgres')
    mailbox = await startMailbox()
    const env = {
      DATABASE_CLIENT: 'postgres',
      DATABASE_URL: process.env.DATABASE_URL,
      APP_KEYS: `${secret()},${secret()}`, API_TOKEN_SALT: secret(), ADMIN_JWT_SECRET: secret(), TRANSFER_TOKEN_SALT: secret(), JWT_SECRET: secret(), ENCRYPTION_KEY: secret(),
      SITE_API_KEY: siteKey, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mailbox.smtpPort),
      ADMIN_EMAIL: 'editor@sparks.test', ADMIN_PASSWORD: 'Editor-password-for-tests-1',
      STRAPI_TELEMETRY_DISABLED: 'true',
    }

    const acknowledged: string[] = []
    let refusedOrLost = 0
    let crashes = 0
    for (let cycle = 0; cycle < CRASHES; cycle += 1) {
      // The first start compiles the CMS's TypeScript; later ones reuse it.
      cms = await startCmsProcess({ ...env, SPARKS_COMPILE: cycle === 0 ? 'true' : 'false' })
      const url = cms.url
      const cycleStart = acknowledged.length
      let running = true
      let sent = 0
      const senders = Array.from({ length: SENDERS }, async (_, sender) => {
        while (running) {
          const subject = `crash${cycle}-s${sender}-n${sent++}-${randomBytes(3).toString('hex')}`
          if (await submit(url, subject)) acknowledged.push(subject)
          else refusedOrLost += 1
        }
      })
      // Let load build up, then pull the plug mid-stream at a different moment each cycle.
      await new Promise((resolve) => setTimeout(resolve, 3000 + cycle * 700))
      await cms.kill()
      crashes += 1
      running = false
      await Promise.all(senders)
      expect(acknowledged.length - cycleStart, `cycle ${cycle}: submissions acknowledged before the crash`).toBeGreaterThan(0)
    }

    // Up once more, then read what the database holds.
    cms = await startCmsProcess(env)
    const stored = new Set(psql('select subject from contact_messages').split('\n').map((line) => line.trim()).filter(Boolean))
    const lost = acknowledged.filter((subject) => !stored.has(subject))
    console.info(`crash test: ${crashes} kill -9 crashes survived, ${acknowledged.length} submissions acknowledged, ${lost.length} of them lost, ${refusedOrLost} requests cut off or refused, ${stored.size} rows stored`)
    expect(crashes).toBe(CRASHES)
    expect(acknowledged.length).toBeGreaterThan(CRASHES * 10)
    expect(lost).toEqual([])

    // The restarted CMS takes forms again.
    expect(await submit(cms.url, `after-crashes-${randomBytes(3).toString('hex')}`)).toBe(true)
  })
})
