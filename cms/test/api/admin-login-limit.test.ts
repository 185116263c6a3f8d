import { afterAll, describe, expect, it } from 'vitest'
import { cmsUrl } from '../support/clients.ts'
import { TEST_ADMIN } from '../support/boot-cms.ts'

// GHSA-7mqx-wwh4-f9fw / GHSA-24q2-59hm-rh9r class: a sign-in limiter keyed on the e-mail or the
// path as written lets an attacker guess on with a new e-mail, another path spelling or a
// trailing slash. Failures from one client are counted together whatever they rotate.

const FAILURE_LIMIT = Number(process.env.ADMIN_LOGIN_FAILURE_LIMIT ?? 10)
const WINDOW_MS = Number(process.env.ADMIN_LOGIN_FAILURE_WINDOW_SECONDS ?? 4) * 1000
const waitForNewWindow = () => new Promise((resolve) => setTimeout(resolve, WINDOW_MS + 300))

const signIn = (path: string, email: string, password: string, headers: Record<string, string> = {}) =>
  fetch(`${cmsUrl()}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ email, password }) })

// Later files sign in as the platform editor from the same address.
afterAll(waitForNewWindow)

describe('admin sign-in attempts are limited per client', () => {
  it('stops a client rotating e-mails, path case, trailing slashes and X-Forwarded-For, even with the right password', async () => {
    await waitForNewWindow()
    const paths = ['/admin/login', '/ADMIN/LOGIN', '/admin/Login/', '/admin/login/', '/Admin/Login']
    const statuses: number[] = []
    for (let attempt = 0; attempt < FAILURE_LIMIT + 5; attempt += 1) {
      const answer = await signIn(paths[attempt % paths.length]!, `guess${attempt}@sparks.test`, `Wrong-password-${attempt}`, { 'x-forwarded-for': `203.0.113.${attempt}` })
      statuses.push(answer.status)
    }
    // Every spelling reached the login route (400 = wrong credentials), until the limit.
    expect(statuses.slice(0, FAILURE_LIMIT)).toEqual(Array.from({ length: FAILURE_LIMIT }).fill(400))
    expect(statuses.slice(FAILURE_LIMIT)).toEqual(Array.from({ length: 5 }).fill(429))

    const right = await signIn('/admin/login', TEST_ADMIN.email, TEST_ADMIN.password)
    expect(right.status).toBe(429)
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect(await right.json()).toMatchObject({ error: { status: 429 } })
  })

  it('lets the client back once its window has passed', async () => {
    await waitForNewWindow()
    const right = await signIn('/admin/login', TEST_ADMIN.email, TEST_ADMIN.password)
    expect(right.status).toBe(200)
  })
})
