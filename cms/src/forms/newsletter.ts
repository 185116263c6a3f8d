import type { Core } from '@strapi/strapi'
import { NEWSLETTER_CONSENT_VERSION, type NewsletterSignup } from '@sparks/shared/forms'
import { formsConfig, sendInBackground } from './mail'
import { signToken, verifyToken } from './signed-token'

const UID = 'api::newsletter-subscription.newsletter-subscription'
const HOUR = 60 * 60 * 1000

interface Subscription {
  documentId: string
  email: string
  language: string | null
  state: 'pending' | 'confirmed' | 'unsubscribed'
  consentAt: string | null
}

const subscriptions = (strapi: Core.Strapi) => strapi.documents(UID)
const byEmail = async (strapi: Core.Strapi, email: string) =>
  (await subscriptions(strapi).findFirst({ filters: { email } })) as Subscription | null

export function unsubscribeLinks(strapi: Core.Strapi, documentId: string, language: string) {
  const { siteUrl, linkSecret } = formsConfig(strapi)
  const token = signToken(linkSecret, 'newsletter-unsubscribe', documentId, 0)
  return {
    page: `${siteUrl}/${language}/newsletter/unsubscribe?token=${token}`,
    // RFC 8058 one-click: mail clients POST "List-Unsubscribe=One-Click" here.
    oneClick: `${siteUrl}/api/forms/newsletter/unsubscribe?token=${token}`,
  }
}

function unsubscribeHeaders(links: { oneClick: string }) {
  return { 'List-Unsubscribe': `<${links.oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
}

/**
 * Records a sign-up as pending, with its consent (time, wording version, language), and mails a
 * signed, expiring confirmation link. An address that is already confirmed is left as it is:
 * the visitor gets the same answer either way, so the form does not reveal who subscribes.
 */
export async function subscribe(strapi: Core.Strapi, signup: NewsletterSignup): Promise<void> {
  const { linkSecret, siteUrl, newsletterConfirmHours } = formsConfig(strapi)
  const consent = {
    interests: signup.interests,
    language: signup.language,
    state: 'pending' as const,
    consentAt: new Date().toISOString(),
    consentWordingVersion: NEWSLETTER_CONSENT_VERSION,
    confirmedAt: null,
    unsubscribedAt: null,
  }
  let entry = await byEmail(strapi, signup.email)
  if (entry?.state === 'confirmed') return
  try {
    entry = (entry
      ? await subscriptions(strapi).update({ documentId: entry.documentId, data: consent as never })
      : await subscriptions(strapi).create({ data: { email: signup.email, ...consent } as never })) as unknown as Subscription
  } catch (error) {
    // The same address sent twice at once: the other request records it.
    if (await byEmail(strapi, signup.email)) return
    throw error
  }
  const expires = Date.now() + newsletterConfirmHours * HOUR
  const confirm = `${siteUrl}/${signup.language}/newsletter/confirm?token=${signToken(linkSecret, 'newsletter-confirm', entry.documentId, expires)}`
  const links = unsubscribeLinks(strapi, entry.documentId, signup.language)
  sendInBackground(strapi, {
    to: signup.email,
    subject: 'Confirm your subscription to the Sparks newsletter',
    text: [
      'Someone, hopefully you, asked to receive the Sparks newsletter at this address.',
      `To confirm, open this link within ${newsletterConfirmHours} hours:\n${confirm}`,
      'If you did not ask for it, ignore this mail: without confirmation the address is deleted after that time.',
      `Unsubscribe: ${links.page}`,
    ].join('\n\n'),
    headers: unsubscribeHeaders(links),
  })
}

export type LinkOutcome = 'confirmed' | 'unsubscribed' | 'invalid' | 'expired'

export async function confirm(strapi: Core.Strapi, token: unknown): Promise<LinkOutcome> {
  const check = verifyToken(formsConfig(strapi).linkSecret, 'newsletter-confirm', token)
  if (!check.ok) return check.reason
  const entry = (await subscriptions(strapi).findOne({ documentId: check.documentId })) as Subscription | null
  // Deleted after 48 hours unconfirmed, or unsubscribed since: the link no longer applies.
  if (!entry || entry.state === 'unsubscribed') return 'expired'
  if (entry.state === 'pending') {
    await subscriptions(strapi).update({ documentId: entry.documentId, data: { state: 'confirmed', confirmedAt: new Date().toISOString() } as never })
    const links = unsubscribeLinks(strapi, entry.documentId, entry.language ?? 'en')
    sendInBackground(strapi, {
      to: entry.email,
      subject: 'You are subscribed to the Sparks newsletter',
      text: [
        'Thank you: your subscription to the Sparks newsletter is confirmed.',
        `You can unsubscribe at any time with one click:\n${links.page}`,
      ].join('\n\n'),
      headers: unsubscribeHeaders(links),
    })
  }
  return 'confirmed'
}

/** Idempotent: an address unsubscribes once, and the link keeps answering "unsubscribed". */
export async function unsubscribe(strapi: Core.Strapi, token: unknown): Promise<LinkOutcome> {
  const check = verifyToken(formsConfig(strapi).linkSecret, 'newsletter-unsubscribe', token)
  if (!check.ok) return check.reason
  const entry = (await subscriptions(strapi).findOne({ documentId: check.documentId })) as Subscription | null
  if (entry && entry.state !== 'unsubscribed') {
    await subscriptions(strapi).update({ documentId: entry.documentId, data: { state: 'unsubscribed', unsubscribedAt: new Date().toISOString(), interests: [] } as never })
  }
  return 'unsubscribed'
}

/** Deletes sign-ups nobody confirmed within the confirmation window. Returns how many. */
export async function purgeUnconfirmed(strapi: Core.Strapi, now = Date.now()): Promise<number> {
  const cutoff = new Date(now - formsConfig(strapi).newsletterConfirmHours * HOUR).toISOString()
  const { count } = await strapi.db.query(UID).deleteMany({ where: { state: 'pending', consentAt: { $lt: cutoff } } })
  return count
}
