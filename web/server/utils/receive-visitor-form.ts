import type { H3Event } from 'h3'
import { allowFormSubmission } from './form-rate-limit'
import { errorsToQuery, formLocale, forwardToCms, readSubmission, validateForm, type VisitorForm } from './visitor-forms'

/**
 * POST /api/forms/newsletter|contact|join — the visitor forms. Validates with the shared schema
 * (the same the page runs in the browser), limits per IP, and forwards to the CMS. JavaScript
 * forms get JSON; plain HTML forms get a redirect back to the page with the outcome.
 */
export async function receiveVisitorForm(event: H3Event, name: VisitorForm) {
  const locale = formLocale(event)
  const page = `/${locale}/${name}`

  const limit = await allowFormSubmission(event)
  if (!limit.allowed) {
    setResponseHeader(event, 'Retry-After', limit.retryAfter)
    throw createError({ statusCode: 429, statusMessage: 'rateLimited', data: { error: 'rateLimited' } })
  }
  const submission = await readSubmission(event)
  const validation = validateForm(name, submission.fields)
  if (!validation.ok) {
    if (submission.fromHtmlForm) return sendRedirect(event, `${page}?invalid=${encodeURIComponent(errorsToQuery(validation.errors))}`, 303)
    setResponseStatus(event, 400)
    return { error: 'invalid', fields: validation.errors }
  }

  const answer = await forwardToCms(name, validation.data)
  if (answer.status === 202) {
    if (submission.fromHtmlForm) return sendRedirect(event, `${page}?sent=1`, 303)
    setResponseStatus(event, 202)
    return { received: true }
  }
  if (answer.status === 400 && answer.body?.error?.details?.fields) {
    setResponseStatus(event, 400)
    return { error: 'invalid', fields: answer.body.error.details.fields }
  }
  if (submission.fromHtmlForm) return sendRedirect(event, `${page}?failed=1`, 303)
  throw createError({ statusCode: 502, statusMessage: 'failed', data: { error: 'failed' } })
}
