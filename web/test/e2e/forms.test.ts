import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { admin } from '../../../cms/test/support/clients.ts'
import { linkIn, mailTo } from '../../../cms/test/support/mail.ts'
import { axeViolations, useBrowser } from '../support/browser'

const browser = useBrowser()
const address = (label: string) => `${label}-${randomUUID().slice(0, 8)}@example.org`
const czech = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../i18n/locales/cs.json'), 'utf8'))

const UIDS = {
  newsletter: 'api::newsletter-subscription.newsletter-subscription',
  contact: 'api::contact-message.contact-message',
  join: 'api::membership-application.membership-application',
} as const

async function storedRows(form: keyof typeof UIDS, search?: string): Promise<any[]> {
  const query = search ? `&_q=${encodeURIComponent(search)}` : ''
  const { status, body } = await admin(`/content-manager/collection-types/${UIDS[form]}?pageSize=100${query}`)
  expect(status).toBe(200)
  return body.results
}

/** Posts to the site's form route as a script would, from its own (forwarded) address. */
async function post(route: string, body: string, type = 'application/json', ip = '198.51.100.7') {
  const response = await fetch(`${inject('siteUrl')}${route}`, { method: 'POST', headers: { 'content-type': type, 'x-forwarded-for': ip }, body, redirect: 'manual' })
  return { status: response.status, location: response.headers.get('location'), body: await response.text() }
}

describe('visitor forms', () => {
  it('newsletter: errors are listed and linked; subscribe, confirm from the mail, unsubscribe from the next mail', async () => {
    const { page } = await browser.visit('/en/newsletter')
    await page.getByRole('button', { name: 'Subscribe' }).click()
    const summary = page.getByTestId('error-summary')
    await expect(summary.isVisible()).resolves.toBe(true)
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('error-summary')
    await expect(summary.textContent()).resolves.toContain('Please fill in this field.')
    await expect(page.locator('#field-email').getAttribute('aria-invalid')).resolves.toBe('true')
    expect(await axeViolations(page)).toEqual([])

    const email = address('reader')
    await page.getByLabel('Your e-mail address').fill(email)
    await page.getByLabel('Prevention').check()
    await page.getByLabel('Language of the newsletter').selectOption('de')
    await page.getByLabel(/I agree that Sparks stores my e-mail address/).check()
    await page.getByRole('button', { name: 'Subscribe' }).click()
    await page.getByTestId('form-outcome').getByRole('heading').waitFor()
    await expect(page.getByTestId('form-outcome').textContent()).resolves.toContain('Check your inbox')

    const confirmation = await mailTo(email, /Confirm your subscription/, inject('mailboxUrl'))
    const confirmLink = linkIn(confirmation, '/de/newsletter/confirm')
    expect(confirmLink.origin).toBe(inject('siteUrl'))
    // Opening the link changes nothing; the button does.
    const confirmPage = await browser.visit(confirmLink.pathname + confirmLink.search)
    expect((await storedRows('newsletter', email))[0]).toMatchObject({ state: 'pending', language: 'de', interests: ['prevention'] })
    await confirmPage.page.locator('main form button').click()
    await confirmPage.page.getByTestId('form-outcome').waitFor()
    expect((await storedRows('newsletter', email))[0].state).toBe('confirmed')

    const welcome = await mailTo(email, /You are subscribed/, inject('mailboxUrl'))
    const unsubscribeLink = linkIn(welcome, '/de/newsletter/unsubscribe')
    const unsubscribePage = await browser.visit(unsubscribeLink.pathname + unsubscribeLink.search)
    await expect(unsubscribePage.page.locator('meta[name="robots"]').getAttribute('content')).resolves.toBe('noindex')
    await unsubscribePage.page.locator('main form button').click()
    await unsubscribePage.page.getByTestId('form-outcome').waitFor()
    expect((await storedRows('newsletter', email))[0].state).toBe('unsubscribed')
  })

  it('newsletter: one-click unsubscribe (RFC 8058) from the mail header', async () => {
    const email = address('oneclick')
    const signup = await post('/api/forms/newsletter?locale=en', JSON.stringify({ email, language: 'en', consent: true }))
    expect(signup.status).toBe(202)
    const mail = await mailTo(email, /Confirm your subscription/, inject('mailboxUrl'))
    const oneClick = new URL(mail.headers['list-unsubscribe']!.slice(1, -1))
    expect(oneClick.origin).toBe(inject('siteUrl'))
    const answer = await post(oneClick.pathname + oneClick.search, 'List-Unsubscribe=One-Click', 'application/x-www-form-urlencoded')
    expect(answer.status).toBe(200)
    expect(JSON.parse(answer.body)).toEqual({ outcome: 'unsubscribed' })
    expect((await storedRows('newsletter', email))[0].state).toBe('unsubscribed')
  })

  it('shows errors in the visitor\'s language', async () => {
    const { page } = await browser.visit('/cs/contact')
    await page.locator('main form button[type="submit"]').click()
    await expect(page.getByTestId('error-summary').textContent()).resolves.toContain(czech.forms.errors.required)
    await expect(page.locator('#field-email-error').textContent()).resolves.toBe(czech.forms.errors.required)
  })

  it('contact: the message is stored and mailed to the team', async () => {
    const email = address('writer')
    const { page } = await browser.visit('/en/contact')
    await page.getByLabel('Your name').fill('Marta Horváth')
    await page.getByLabel('Your e-mail address').fill('not an address')
    await page.getByLabel('Subject').fill(`Workshop for parents ${email}`)
    await page.locator('#field-message').fill('We would like to organise a session on online safety for parents.')
    await page.getByLabel(/I agree that Sparks stores my message/).check()
    await page.getByRole('button', { name: 'Send message' }).click()
    await expect(page.locator('#field-email-error').textContent()).resolves.toContain('Enter an e-mail address')
    await page.getByLabel('Your e-mail address').fill(email)
    await page.getByRole('button', { name: 'Send message' }).click()
    await page.getByTestId('form-outcome').getByRole('heading').waitFor()
    await expect(page.getByTestId('form-outcome').textContent()).resolves.toContain('Message sent')
    expect(await storedRows('contact', email)).toHaveLength(1)
    const mail = await mailTo('team@sparks.test', new RegExp(`Workshop for parents ${email}`), inject('mailboxUrl'))
    expect(mail.text).toContain('online safety for parents')
  })

  it('join: works without JavaScript too, and the application waits for an editor', async () => {
    const email = address('applicant')
    const { page } = await browser.visit('/en/join', { javaScript: false })
    await page.getByLabel('Organisation').fill('Northern Light Foundation')
    await page.getByLabel('Name of the initiative').fill(`Safe Screens ${email}`)
    await page.getByLabel('Contact person').fill('Aino Virtanen')
    await page.getByLabel('E-mail address').fill(email)
    await page.getByLabel(/What does the initiative do/).fill('We train youth workers to recognise online grooming.')
    await page.getByRole('button', { name: 'Send application' }).click()
    await page.waitForURL(/\/en\/join\?invalid=consent/)
    await expect(page.getByTestId('error-summary').textContent()).resolves.toContain('Please tick this box')
    expect(await storedRows('join', email)).toHaveLength(0)

    await page.getByLabel('Organisation').fill('Northern Light Foundation')
    await page.getByLabel('Name of the initiative').fill(`Safe Screens ${email}`)
    await page.getByLabel('Contact person').fill('Aino Virtanen')
    await page.getByLabel('E-mail address').fill(email)
    await page.getByLabel(/What does the initiative do/).fill('We train youth workers to recognise online grooming.')
    await page.getByLabel(/I agree that Sparks stores this application/).check()
    await page.getByRole('button', { name: 'Send application' }).click()
    await page.waitForURL(/\/en\/join\?sent=1/)
    await expect(page.getByTestId('form-outcome').textContent()).resolves.toContain('Application sent')
    expect((await storedRows('join', email))[0]).toMatchObject({ state: 'received', contactName: 'Aino Virtanen' })
    await mailTo(email, /We received your application/, inject('mailboxUrl'))
  })

  it('refuses bad input with a clear 4xx and stores nothing', async () => {
    const before = { newsletter: (await storedRows('newsletter')).length, contact: (await storedRows('contact')).length, join: (await storedRows('join')).length }
    const valid = { name: 'A B', email: address('bad'), subject: 'S', message: 'M', consent: true }
    expect((await post('/api/forms/contact', '{"name":')).status).toBe(400)
    expect((await post('/api/forms/contact', '[1,2]')).status).toBe(400)
    expect((await post('/api/forms/contact', JSON.stringify(valid), 'text/plain')).status).toBe(415)
    expect((await post('/api/forms/contact', JSON.stringify({ ...valid, message: 'x'.repeat(20_000) }))).status).toBe(413)
    const honeypot = await post('/api/forms/contact', JSON.stringify({ ...valid, website: 'https://spam.example' }))
    expect(honeypot.status).toBe(400)
    expect(JSON.parse(honeypot.body).fields.website).toEqual(['rejected'])
    expect(JSON.parse((await post('/api/forms/join', JSON.stringify({ ...valid, role: 7 }))).body).fields).toMatchObject({ organisation: ['required'], role: [expect.any(String)] })
    expect((await post('/api/forms/newsletter', JSON.stringify({ email: valid.email, language: 'en', consent: 'yes' }))).status).toBe(400)
    expect((await post('/api/forms/nonsense', JSON.stringify(valid))).status).toBe(404)
    expect((await post('/api/forms/newsletter/confirm', JSON.stringify({ token: 'forged.token' }))).status).toBe(400)
    expect(before).toEqual({ newsletter: (await storedRows('newsletter')).length, contact: (await storedRows('contact')).length, join: (await storedRows('join')).length })
  })

  it('limits submissions per visitor address', async () => {
    const ip = '203.0.113.99'
    const statuses: number[] = []
    for (let attempt = 0; attempt < 32; attempt += 1) statuses.push((await post('/api/forms/contact', '{}', 'application/json', ip)).status)
    expect(statuses.slice(0, 30).every((status) => status === 400)).toBe(true)
    expect(statuses.slice(30)).toEqual([429, 429])
    // Another visitor is not affected.
    expect((await post('/api/forms/contact', '{}', 'application/json', '203.0.113.100')).status).toBe(400)
  })
})
