import type { H3Event } from 'h3'
import { isLocale, DEFAULT_LOCALE, type Locale } from '@sparks/shared'
import { contactMessageSchema, fieldErrors, membershipApplicationSchema, newsletterSignupSchema, type FieldErrors } from '@sparks/shared/forms'

export const VISITOR_FORMS = {
  newsletter: newsletterSignupSchema,
  contact: contactMessageSchema,
  join: membershipApplicationSchema,
} as const
export type VisitorForm = keyof typeof VISITOR_FORMS

/** List-valued fields, sent as repeated keys by a plain HTML form. */
const LIST_FIELDS = new Set(['interests'])

export interface FormSubmission {
  /** true: a browser without JavaScript posted the form; answer with a redirect, not JSON. */
  fromHtmlForm: boolean
  fields: Record<string, unknown>
}

function fail(statusCode: number, key: string): never {
  throw createError({ statusCode, statusMessage: key, data: { error: key } })
}

/**
 * Reads a JSON or urlencoded body; malformed bodies are a 400. Its size was limited before the
 * route ran (server/middleware/body-limit.ts).
 */
export async function readSubmission(event: H3Event): Promise<FormSubmission> {
  const raw = (await readRawBody(event, 'utf8')) ?? ''
  const type = getRequestHeader(event, 'content-type') ?? ''
  if (type.startsWith('application/x-www-form-urlencoded')) {
    const fields: Record<string, unknown> = {}
    for (const [key, value] of new URLSearchParams(raw)) {
      if (LIST_FIELDS.has(key)) ((fields[key] ??= []) as string[]).push(value)
      else fields[key] = value
    }
    // A ticked checkbox sends "on"; an unticked one sends nothing.
    if ('consent' in fields) fields.consent = fields.consent === 'on' || fields.consent === 'true'
    for (const key of Object.keys(fields)) if (fields[key] === '' && key !== 'website') delete fields[key]
    return { fromHtmlForm: true, fields }
  }
  if (!type.startsWith('application/json')) fail(415, 'invalid')
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    fail(400, 'invalid')
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) fail(400, 'invalid')
  return { fromHtmlForm: false, fields: parsed as Record<string, unknown> }
}

export function formLocale(event: H3Event): Locale {
  const locale = getQuery(event).locale
  return isLocale(locale) ? locale : DEFAULT_LOCALE
}

export type Validation = { ok: true; data: Record<string, unknown> } | { ok: false; errors: FieldErrors }

export function validateForm(form: VisitorForm, fields: Record<string, unknown>): Validation {
  const result = VISITOR_FORMS[form].safeParse(fields)
  return result.success ? { ok: true, data: result.data as Record<string, unknown> } : { ok: false, errors: fieldErrors(result.error) }
}

/** Field errors in a query string, for browsers without JavaScript: "email:invalidEmail,consent:consentRequired". */
export const errorsToQuery = (errors: FieldErrors) =>
  Object.entries(errors).map(([field, keys]) => `${field}:${keys[0]}`).join(',')

/** Sends a validated form to the CMS as the site's server (the CMS refuses anyone else). */
export async function forwardToCms(path: string, body: unknown): Promise<{ status: number; body: any }> {
  const config = useRuntimeConfig()
  try {
    const response = await fetch(`${config.cmsUrl.replace(/\/$/, '')}/api/forms/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sparks-site-key': config.cmsSiteKey },
      body: JSON.stringify(body),
    })
    return { status: response.status, body: await response.json().catch(() => null) }
  } catch (error) {
    console.error(`The CMS did not take the form (${path}):`, error)
    return { status: 502, body: null }
  }
}
