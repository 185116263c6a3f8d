import { z } from 'zod'
import { LOCALES } from '../domain/locales.js'
import { PILLARS } from '../domain/pillars.js'

/**
 * Field rules shared by every visitor form, in the browser and on the server alike. Messages are
 * keys into the site's translations (`forms.errors.*`), not English sentences.
 */
export const email = z.string().trim().toLowerCase().max(254, 'tooLong').email('invalidEmail')
export const personName = z.string().trim().min(1, 'required').max(120, 'tooLong')
export const shortText = z.string().trim().max(200, 'tooLong')
export const requiredShortText = z.string().trim().min(1, 'required').max(200, 'tooLong')
export const longText = (max: number) => z.string().trim().min(1, 'required').max(max, 'tooLong')
export const locale = z.enum(LOCALES, { message: 'invalidChoice' })
export const pillars = z.array(z.enum(PILLARS, { message: 'invalidChoice' })).max(PILLARS.length, 'tooMany')
/** Must be ticked: the visitor agreed to the privacy statement for this form. */
export const consent = z.literal(true, { message: 'consentRequired' })
/** Left empty by people; filled by bots that fill every field. */
export const honeypot = z.string().max(0, 'rejected').optional()
