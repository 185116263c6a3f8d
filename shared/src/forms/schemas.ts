import { z } from 'zod'
import { FORM_ERROR_KEYS, consent, email, honeypot, locale, longText, personName, pillars, requiredShortText, shortText } from './fields.js'

/** Bumped whenever the consent wording on the newsletter form changes, and stored with each consent. */
export const NEWSLETTER_CONSENT_VERSION = '2026-11-01'

export const newsletterSignupSchema = z.strictObject({
  email,
  interests: pillars.default([]),
  language: locale,
  consent,
  website: honeypot,
})

export const contactMessageSchema = z.strictObject({
  name: personName,
  email,
  organisation: shortText.optional(),
  subject: requiredShortText,
  message: longText(5000),
  consent,
  website: honeypot,
})

export const membershipApplicationSchema = z.strictObject({
  organisation: requiredShortText,
  initiativeName: requiredShortText,
  contactName: personName,
  email,
  role: shortText.optional(),
  motivation: longText(3000),
  consent,
  website: honeypot,
})

export type NewsletterSignup = z.infer<typeof newsletterSignupSchema>
export type ContactMessageInput = z.infer<typeof contactMessageSchema>
export type MembershipApplicationInput = z.infer<typeof membershipApplicationSchema>

/** Per-field error keys, the shape the site's forms and the server's 422 answers share. */
export type FieldErrors = Record<string, string[]>

export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '_form'
    // Keys only: a message zod wrote itself (an unexpected shape) becomes "invalid".
    const key = (FORM_ERROR_KEYS as readonly string[]).includes(issue.message) ? issue.message : 'invalid'
    ;(errors[field] ??= []).push(key)
  }
  return errors
}
