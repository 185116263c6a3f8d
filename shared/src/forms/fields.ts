import { z } from 'zod'
import { LOCALES } from '../domain/locales.js'
import { PILLARS } from '../domain/pillars.js'

// No code generation (new Function): a strict Content-Security-Policy forbids it in the browser.
z.config({ jitless: true })

/** Every error key the schemas produce; the site translates each (`forms.errors.*`). */
export const FORM_ERROR_KEYS = ['required', 'invalid', 'invalidEmail', 'consentRequired', 'rejected', 'tooLong', 'invalidChoice', 'tooMany'] as const
export type FormErrorKey = (typeof FORM_ERROR_KEYS)[number]

/** A string field: missing means "required", any other type "invalid". */
const text = () => z.string({ error: (issue) => (issue.input === undefined ? 'required' : 'invalid') })

/**
 * Field rules shared by every visitor form, in the browser and on the server alike. Messages are
 * keys into the site's translations (`forms.errors.*`), not English sentences.
 */
export const email = text().trim().toLowerCase().min(1, 'required').max(254, 'tooLong').email('invalidEmail')
export const personName = text().trim().min(1, 'required').max(120, 'tooLong')
export const shortText = text().trim().max(200, 'tooLong')
export const requiredShortText = text().trim().min(1, 'required').max(200, 'tooLong')
export const longText = (max: number) => text().trim().min(1, 'required').max(max, 'tooLong')
export const locale = z.enum(LOCALES, { message: 'invalidChoice' })
export const pillars = z.array(z.enum(PILLARS, { message: 'invalidChoice' }), { error: 'invalid' }).max(PILLARS.length, 'tooMany')
/** Must be ticked: the visitor agreed to the privacy statement for this form. */
export const consent = z.literal(true, { message: 'consentRequired' })
/** Left empty by people; filled by bots that fill every field. */
export const honeypot = z.string({ error: 'rejected' }).max(0, 'rejected').optional()
