import { describe, expect, it } from 'vitest'
import { contactMessageSchema, fieldErrors, membershipApplicationSchema, newsletterSignupSchema } from '../src/forms/index.js'

describe('newsletterSignupSchema', () => {
  it('accepts a sign-up and normalises the address', () => {
    const parsed = newsletterSignupSchema.parse({ email: '  Ana@Example.ORG ', interests: ['prevention'], language: 'cs', consent: true })
    expect(parsed).toEqual({ email: 'ana@example.org', interests: ['prevention'], language: 'cs', consent: true })
  })

  it('names each bad field with a translatable key', () => {
    const result = newsletterSignupSchema.safeParse({ email: 'not-an-address', interests: ['everything'], language: 'xx', consent: false })
    expect(result.success).toBe(false)
    expect(fieldErrors(result.error!)).toEqual({
      'email': ['invalidEmail'],
      'interests.0': ['invalidChoice'],
      'language': ['invalidChoice'],
      'consent': ['consentRequired'],
    })
  })

  it('rejects a filled honeypot and unknown fields', () => {
    const result = newsletterSignupSchema.safeParse({ email: 'a@b.eu', language: 'en', consent: true, website: 'http://spam', admin: true })
    expect(result.success).toBe(false)
    const errors = fieldErrors(result.error!)
    expect(errors.website).toEqual(['rejected'])
    expect(errors._form?.length).toBe(1)
  })
})

describe('contactMessageSchema and membershipApplicationSchema', () => {
  it('require the fields a person must fill and cap their length', () => {
    const contact = contactMessageSchema.safeParse({ name: ' ', email: 'a@b.eu', subject: 'x'.repeat(201), message: '', consent: true })
    expect(fieldErrors(contact.error!)).toEqual({ name: ['required'], subject: ['tooLong'], message: ['required'] })

    const application = membershipApplicationSchema.safeParse({ organisation: 'NGO', initiativeName: 'Project', contactName: 'Ana', email: 'ana@ngo.eu', motivation: 'We run a helpline.', consent: true })
    expect(application.success).toBe(true)
  })
})
