import type { H3Event } from 'h3'
import { allowFormSubmission } from './form-rate-limit'
import { formLocale, forwardToCms, readSubmission } from './visitor-forms'

/**
 * The confirm and unsubscribe buttons (and RFC 8058 one-click unsubscribe from mail clients):
 * the token comes in the query or the body and is checked by the CMS.
 */
export async function followNewsletterLink(event: H3Event, action: 'confirm' | 'unsubscribe') {
  const limit = await allowFormSubmission(event)
  if (!limit.allowed) throw createError({ statusCode: 429, statusMessage: 'rateLimited', data: { error: 'rateLimited' } })
  const submission = await readSubmission(event)
  const token = submission.fields.token ?? getQuery(event).token
  if (typeof token !== 'string' || token.length === 0 || token.length > 512) throw createError({ statusCode: 400, statusMessage: 'invalid', data: { error: 'invalid' } })
  const answer = await forwardToCms(`newsletter/${action}`, { token })
  const outcome: string = answer.body?.data?.outcome ?? answer.body?.error?.details?.outcome ?? 'failed'
  if (submission.fromHtmlForm && submission.fields['List-Unsubscribe'] === undefined) {
    return sendRedirect(event, `/${formLocale(event)}/newsletter/${action}?outcome=${outcome}`, 303)
  }
  setResponseStatus(event, answer.status === 200 ? 200 : answer.status >= 500 ? 502 : answer.status)
  return { outcome }
}
