import { randomUUID } from 'node:crypto'
import { describe, expect, inject, it } from 'vitest'
import { admin, cmsUrl } from '../support/clients.ts'
import { linkIn, mailTo, receivedMail } from '../support/mail.ts'

const siteKey = () => inject('siteKey')

/** A form submission as the site's server sends it. */
async function submit(form: string, body: unknown, headers: Record<string, string> = { 'x-sparks-site-key': siteKey() }) {
  const response = await fetch(`${cmsUrl()}/api/forms/${form}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json().catch(() => null)) as any }
}

async function rows(uid: string, search?: string): Promise<any[]> {
  const query = search ? `&_q=${encodeURIComponent(search)}` : ''
  const { status, body } = await admin(`/content-manager/collection-types/${uid}?pageSize=100${query}`)
  expect(status).toBe(200)
  return body.results
}

const NEWSLETTER = 'api::newsletter-subscription.newsletter-subscription'
const CONTACT = 'api::contact-message.contact-message'
const APPLICATION = 'api::membership-application.membership-application'
const address = (label: string) => `${label}-${randomUUID().slice(0, 8)}@example.org`

describe('visitor forms in the CMS', () => {
  it('answer only the site: no key or a wrong key is refused and stores nothing', async () => {
    const before = (await rows(CONTACT)).length
    const message = { name: 'A', email: address('nokey'), subject: 'Hi', message: 'Hello', consent: true }
    expect((await submit('contact', message, {})).status).toBe(403)
    expect((await submit('contact', message, { 'x-sparks-site-key': 'x'.repeat(siteKey().length) })).status).toBe(403)
    expect((await rows(CONTACT)).length).toBe(before)
  })

  it('refuse invalid input with per-field error keys and store nothing', async () => {
    const before = (await rows(NEWSLETTER)).length
    const { status, body } = await submit('newsletter', { email: 'not-an-address', language: 'xx', interests: ['gossip'], consent: false, website: 'bot' })
    expect(status).toBe(400)
    expect(body.error.details.fields).toMatchObject({ email: ['invalidEmail'], language: ['invalidChoice'], consent: ['consentRequired'], website: ['rejected'] })
    expect(body.error.details.fields['interests.0']).toEqual(['invalidChoice'])
    expect((await submit('contact', { name: 'A', email: address('x'), subject: 'S', message: 'M', consent: true, extra: 1 })).status).toBe(400)
    expect((await rows(NEWSLETTER)).length).toBe(before)
  })

  it('newsletter: double opt-in with a signed link, consent recorded, one-click unsubscribe in every mail', async () => {
    const email = address('reader')
    const signup = { email, interests: ['prevention'], language: 'cs', consent: true }
    const first = await submit('newsletter', signup)
    expect(first).toEqual({ status: 202, body: { data: { received: true } } })

    const mail = await mailTo(email, /Confirm your subscription/)
    const confirmLink = linkIn(mail, '/cs/newsletter/confirm')
    expect(mail.headers['list-unsubscribe']).toMatch(/^<http.+\/api\/forms\/newsletter\/unsubscribe\?token=.+>$/)
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click')

    const [pending] = await rows(NEWSLETTER, email)
    expect(pending).toMatchObject({ email, state: 'pending', language: 'cs', consentWordingVersion: expect.any(String), interests: ['prevention'] })
    expect(Date.parse(pending.consentAt)).toBeGreaterThan(Date.now() - 60_000)

    const token = confirmLink.searchParams.get('token')!
    const tampered = `${token.slice(0, -2)}${token.endsWith('A') ? 'B' : 'A'}A`
    expect((await submit('newsletter/confirm', { token: tampered })).status).toBe(400)
    expect((await submit('newsletter/confirm', { token })).body).toEqual({ data: { outcome: 'confirmed' } })
    expect((await rows(NEWSLETTER, email))[0]).toMatchObject({ state: 'confirmed' })
    const welcome = await mailTo(email, /You are subscribed/)
    const unsubscribeLink = linkIn(welcome, '/cs/newsletter/unsubscribe')

    // Signing up again answers exactly as for a new address, and changes nothing.
    const mailsBefore = (await receivedMail()).length
    expect(await submit('newsletter', signup)).toEqual(first)
    expect((await rows(NEWSLETTER, email))).toHaveLength(1)
    expect((await rows(NEWSLETTER, email))[0].state).toBe('confirmed')

    const unsubscribeToken = unsubscribeLink.searchParams.get('token')!
    expect((await submit('newsletter/confirm', { token: unsubscribeToken })).status).toBe(400)
    expect((await submit('newsletter/unsubscribe', { token: unsubscribeToken })).body).toEqual({ data: { outcome: 'unsubscribed' } })
    expect((await submit('newsletter/unsubscribe', { token: unsubscribeToken })).body).toEqual({ data: { outcome: 'unsubscribed' } })
    expect((await rows(NEWSLETTER, email))[0]).toMatchObject({ state: 'unsubscribed', interests: [] })
    // A confirmation link cannot bring an unsubscribed address back.
    expect((await submit('newsletter/confirm', { token })).status).toBe(410)
    expect((await receivedMail()).length).toBe(mailsBefore)
  })

  it('contact: stored for platform editors and mailed to the team with the visitor as reply-to', async () => {
    const email = address('writer')
    const message = { name: 'Jana Nováková', email, organisation: 'School of Brno', subject: `Training request ${email}`, message: 'Could you run a session for our teachers?', consent: true }
    expect((await submit('contact', message)).status).toBe(202)
    const [stored] = await rows(CONTACT, email)
    expect(stored).toMatchObject({ name: message.name, email, organisation: message.organisation, subject: message.subject, message: message.message })
    const mail = await mailTo('team@sparks.test', new RegExp(`Training request ${email}`))
    expect(mail.headers['reply-to']).toContain(email)
    expect(mail.text).toContain(message.message)
  })

  it('join: the application waits for a platform editor; team and applicant are told', async () => {
    const email = address('applicant')
    const application = { organisation: 'Safe Childhood Network', initiativeName: `Helpline Bridge ${email}`, contactName: 'Ola Nowak', email, role: 'Coordinator', motivation: 'We run a helpline and want to share our materials.', consent: true }
    expect((await submit('join', application)).status).toBe(202)
    const [stored] = await rows(APPLICATION, email)
    expect(stored).toMatchObject({ organisation: application.organisation, initiativeName: application.initiativeName, state: 'received' })
    await mailTo('team@sparks.test', /Application to join/)
    await mailTo(email, /We received your application/)
  })

  it('join: the receipt to the unverified address carries nothing the visitor wrote (no mail relay)', async () => {
    const email = address('relay')
    const application = { organisation: 'Prize Office evil.example', initiativeName: 'Claim your prize at evil.example', contactName: 'Winner see evil.example', email, role: 'Visit evil.example', motivation: 'Click https://evil.example/prize to claim it.', consent: true }
    expect((await submit('join', application)).status).toBe(202)
    const receipt = await mailTo(email, /We received your application/)
    expect(`${receipt.subject} ${receipt.text} ${receipt.html || ''}`).not.toMatch(/evil|prize|winner|claim/i)
  })
})
