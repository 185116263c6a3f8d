import type { Core, Modules } from '@strapi/strapi'
import { errors } from '@strapi/utils'
import { currentAdminUser, isSuperAdmin } from './contributors'

const TRASH = 'api::deleted-entry.deleted-entry'

/**
 * What an admin account may change on the private types, per type. Everything else on them is
 * written by the server alone: what visitors sent stays as they sent it, a deleted entry's type,
 * snapshot and author stay as the audit trail recorded them, and an application's outcome
 * (`initiative`, `processedAt`) is set by the approval. Contributor assignments are the editors'
 * to manage and are not listed; audit entries take no write at all (audit.ts).
 */
export const ADMIN_WRITABLE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  [TRASH]: ['restore'],
  'api::membership-application.membership-application': ['state', 'decisionNote'],
  'api::contact-message.contact-message': [],
  'api::newsletter-subscription.newsletter-subscription': [],
  'api::api-token-usage.api-token-usage': [],
}

/**
 * Beneath the roles' field permissions, for every admin account, the super admin included: an
 * update of a listed type keeps only the fields in ADMIN_WRITABLE_FIELDS (the Content Manager
 * sends back the whole form, so the others are dropped, not refused), a create is refused, and
 * only the super admin deletes a deleted entry before its 30 days are up. Writes the server makes
 * itself (forms, approval, restore, clean-up) carry no admin account and pass.
 */
export function privateWrites(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const uid = context.uid as string
    const writable = ADMIN_WRITABLE_FIELDS[uid]
    if (!writable) return next()
    const user = currentAdminUser(strapi)
    if (!user) return next()
    if (context.action === 'create' || context.action === 'clone') throw new errors.ForbiddenError('Entries of this type are created by the platform, not by hand.')
    if (context.action === 'delete' && uid === TRASH && !isSuperAdmin(user)) throw new errors.ForbiddenError('Deleted entries are kept for their 30 days; only the super admin removes one sooner.')
    const params = context.params as { data?: Record<string, unknown> }
    if (context.action === 'update' && params.data) {
      params.data = Object.fromEntries(Object.entries(params.data).filter(([field]) => writable.includes(field)))
    }
    return next()
  }
}
