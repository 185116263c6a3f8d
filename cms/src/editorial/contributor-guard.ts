import type { Core, Modules } from '@strapi/strapi'
import { errors } from '@strapi/utils'
import { CONTRIBUTED_TYPES } from '../content-types'
import { currentAdminUser, initiativesOf, isContributor } from './contributors'
import { allUploadedBy, mediaIdsIn } from './own-media'

const INITIATIVE = 'api::initiative.initiative'
const WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone'])
/** What a contributor may set the review state to: submit, or take back to draft. */
const CONTRIBUTOR_REVIEW_STATES = new Set(['draft', 'submitted'])
const SERVER_OWNED_FIELDS = ['ownerInitiative', 'initiatives', 'reviewComment', 'featured']
/** Reads that name one document, which the Content Manager makes without applying conditions first. */
const READS_BY_ID = new Set(['findOne', 'findFirst'])

/** A document that does not exist yet (a create) is theirs to make; an existing one must belong to their initiative. */
export async function isOwn(strapi: Core.Strapi, uid: string, documentId: string, own: string[]): Promise<boolean> {
  const exists = await strapi.db.query(uid as never).count({ where: { documentId } })
  if (exists === 0) return true
  const owner = uid === INITIATIVE
    ? documentId
    : ((await strapi.db.query(uid as never).findOne({ where: { documentId }, select: ['ownerInitiative'] })) as { ownerInitiative?: string } | null)?.ownerInitiative
  return Boolean(owner && own.includes(owner))
}

/**
 * Server-side confinement of initiative contributors, beneath whatever the admin UI and the
 * RBAC conditions do: an entry a contributor creates belongs to their initiative (stamped here,
 * not taken from the request); they never set ownership, links to other initiatives, the
 * editors' comment or a review state beyond "submitted"; they never publish; and they write to
 * nothing but their initiative and the types it contributes.
 */
export function contributorGuard(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const reading = READS_BY_ID.has(context.action)
    if (!WRITES.has(context.action) && !reading) return next()
    const user = currentAdminUser(strapi)
    if (!isContributor(user)) return next()
    const uid = context.uid as string
    const params = context.params as { documentId?: string; data?: Record<string, unknown> }
    if (reading) {
      // Another initiative's entry is refused in every locale, not only in those it has: the
      // Content Manager answers a missing locale with the entry's other locales, their state and
      // their editors, checking no condition.
      if ((uid === INITIATIVE || (CONTRIBUTED_TYPES as readonly string[]).includes(uid)) && params.documentId && !(await isOwn(strapi, uid, params.documentId, await initiativesOf(strapi, user!.id)))) {
        throw new errors.ForbiddenError('This entry belongs to another initiative.')
      }
      return next()
    }

    const contributed = (CONTRIBUTED_TYPES as readonly string[]).includes(uid)
    if (uid !== INITIATIVE && !contributed) throw new errors.ForbiddenError('Initiative contributors cannot change this type.')
    if (['publish', 'unpublish', 'clone'].includes(context.action)) throw new errors.ForbiddenError('Platform editors publish; submit the entry for review instead.')
    if (uid === INITIATIVE && context.action !== 'update') throw new errors.ForbiddenError('Contributors edit their initiative; they do not create or delete initiatives.')

    const own = await initiativesOf(strapi, user!.id)
    if (own.length === 0) throw new errors.ForbiddenError('This account is not linked to an initiative yet.')
    if (params.documentId && !(await isOwn(strapi, uid, params.documentId, own))) throw new errors.ForbiddenError('This entry belongs to another initiative.')

    if (params.data) {
      if (!(await allUploadedBy(strapi, user!.id, mediaIdsIn(strapi, uid, params.data)))) throw new errors.ForbiddenError('Contributors attach only files they uploaded themselves.')
      for (const field of SERVER_OWNED_FIELDS) delete params.data[field]
      const state = params.data.reviewState
      if (state !== undefined && !CONTRIBUTOR_REVIEW_STATES.has(String(state))) delete params.data.reviewState
      if (contributed && context.action === 'create') {
        params.data.ownerInitiative = own[0]
        params.data.initiatives = [own[0]]
      }
    }
    return next()
  }
}
