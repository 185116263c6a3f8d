import type { Core, Modules } from '@strapi/strapi'
import { CONTRIBUTED_TYPES } from '../content-types'
import { formsConfig, sendInBackground } from '../forms/mail'
import { contributorAddresses, editorAddresses } from './recipients'
import { currentAdminUser } from './contributors'
import { forgetReviewRequest, mayMailReviewRequest, subjectTitle } from './review-mail-throttle'

const INITIATIVE = 'api::initiative.initiative'
const REVIEWED = new Set<string>([INITIATIVE, ...CONTRIBUTED_TYPES])

interface Reviewed {
  documentId: string
  reviewState?: string | null
  reviewComment?: string | null
  ownerInitiative?: string | null
  title?: string
  name?: string
}

/** The entry's title, one line and length-capped: it is the contributor's text, and ends up in subjects. */
const titleOf = (entry: Reviewed) => subjectTitle(String(entry.title ?? entry.name ?? entry.documentId))
/** The title in double quotes (its own quotes made single), so a subject reads `Review requested: "…"` and the title cannot pass for the rest of the line. */
const quoted = (entry: Reviewed) => `"${titleOf(entry).replace(/"/g, "'")}"`

/**
 * Review on the free edition: a contributor sets "review state" to submitted; platform editors
 * filter the list by it, then publish, or set "changes requested" with a comment. Each step
 * mails the other side. Publishing marks the entry as published for review purposes too.
 */
export function reviewWorkflow(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const uid = context.uid as string
    if (!REVIEWED.has(uid) || !['update', 'publish'].includes(context.action)) return next()
    const params = context.params as { documentId: string; locale?: string; data?: Record<string, unknown> }
    const locale = params.locale && params.locale !== '*' ? params.locale : 'en'
    const before = (await strapi.documents(uid as never).findOne({ documentId: params.documentId, locale, status: 'draft' } as never)) as Reviewed | null
    if (!before) return next()
    const owner = uid === INITIATIVE ? before.documentId : before.ownerInitiative
    const entryKey = `${uid}:${before.documentId}`
    const link = `${formsConfig(strapi).adminUrl}/content-manager/collection-types/${uid}/${before.documentId}?plugins[i18n][locale]=${locale}`

    if (context.action === 'publish') {
      const wasWaiting = before.reviewState === 'submitted'
      if (before.reviewState !== 'published') {
        await strapi.db.query(uid as never).updateMany({ where: { documentId: before.documentId, locale }, data: { reviewState: 'published' } })
      }
      const result = await next()
      forgetReviewRequest(entryKey)
      if (wasWaiting) {
        for (const to of await contributorAddresses(strapi, owner)) {
          sendInBackground(strapi, { to, subject: `Published: ${quoted(before)}`, text: `A platform editor published ${quoted(before)} (${locale}). Thank you.\n\n${link}` })
        }
      }
      return result
    }

    const result = await next()
    const next_ = params.data?.reviewState
    if (next_ === undefined || next_ === before.reviewState) return result
    const actor = currentAdminUser(strapi)
    if (next_ === 'submitted') {
      // Every editor gets this mail: throttled per entry and per account (review-mail-throttle.ts).
      if (!mayMailReviewRequest(entryKey, String(actor?.id ?? 'unknown'))) return result
      for (const to of await editorAddresses(strapi)) {
        sendInBackground(strapi, { to, subject: `Review requested: ${quoted(before)}`, text: `${actor?.email ?? 'A contributor'} submitted ${quoted(before)} (${locale}) for review.\n\nOpen it, preview it, then publish it or set "changes requested" with a comment:\n${link}` })
      }
    } else if (next_ === 'changes_requested') {
      forgetReviewRequest(entryKey)
      const comment = String(params.data?.reviewComment ?? before.reviewComment ?? '')
      for (const to of await contributorAddresses(strapi, owner)) {
        sendInBackground(strapi, { to, subject: `Changes requested: ${quoted(before)}`, text: `A platform editor sent ${quoted(before)} (${locale}) back with this comment:\n\n${comment || '(no comment)'}\n\n${link}` })
      }
    }
    return result
  }
}
