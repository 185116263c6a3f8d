import type { Core } from '@strapi/strapi'
import { INITIATIVE_CONTRIBUTOR, OWN_INITIATIVE, OWNED_BY_OWN_INITIATIVE } from './roles'

const ASSIGNMENT = 'api::initiative-contributor.initiative-contributor'

export interface AdminUser {
  id: number
  email: string
  firstname?: string
  roles?: Array<{ name: string; code: string }>
}

/** The documentIds of the initiatives an admin account contributes to. */
export async function initiativesOf(strapi: Core.Strapi, userId: number): Promise<string[]> {
  const rows = (await strapi.db.query(ASSIGNMENT).findMany({ where: { adminUserId: userId }, populate: { initiative: { select: ['documentId'] } } })) as Array<{ initiative?: { documentId: string } | null }>
  return [...new Set(rows.map((row) => row.initiative?.documentId).filter((id): id is string => Boolean(id)))]
}

/** The admin account behind the current request, if it is an admin-panel request. */
export function currentAdminUser(strapi: Core.Strapi): AdminUser | null {
  const context = strapi.requestContext.get()
  if (context?.state?.auth?.strategy?.name !== 'admin') return null
  return (context.state.user as AdminUser | undefined) ?? null
}

export const SUPER_ADMIN_CODE = 'strapi-super-admin'
export const isSuperAdmin = (user: { roles?: Array<{ code: string }> } | null | undefined): boolean =>
  Boolean(user?.roles?.some((role) => role.code === SUPER_ADMIN_CODE))

export const isContributor = (user: AdminUser | null): boolean =>
  Boolean(user?.roles?.length) && user!.roles!.every((role) => role.name === INITIATIVE_CONTRIBUTOR.name)

/**
 * The RBAC conditions that confine a contributor: plain values on the entry itself (its
 * documentId, or the `ownerInitiative` the server stamps on create), never a condition through a
 * relation, the kind Strapi has leaked through in the past (#17622, #20474, #14226).
 */
export async function registerContributorConditions(strapi: Core.Strapi): Promise<void> {
  const { conditionProvider } = strapi.service('admin::permission') as unknown as { conditionProvider: { registerMany(conditions: object[]): Promise<unknown> } }
  const ids = async (user: AdminUser) => {
    const list = await initiativesOf(strapi, user.id)
    // An account with no initiative matches nothing.
    return list.length ? list : ['-none-']
  }
  await conditionProvider.registerMany([
    { displayName: 'Is their own initiative', name: OWN_INITIATIVE.replace('api::', ''), handler: async (user: AdminUser) => ({ documentId: { $in: await ids(user) } }) },
    { displayName: 'Belongs to their own initiative', name: OWNED_BY_OWN_INITIATIVE.replace('api::', ''), handler: async (user: AdminUser) => ({ ownerInitiative: { $in: await ids(user) } }) },
  ])
}

export async function assignContributor(strapi: Core.Strapi, user: { id: number; email: string }, initiativeDocumentId: string): Promise<void> {
  if ((await initiativesOf(strapi, user.id)).includes(initiativeDocumentId)) return
  await strapi.documents(ASSIGNMENT).create({ data: { email: user.email, adminUserId: user.id, initiative: initiativeDocumentId } as never })
}
