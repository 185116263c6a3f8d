import type { Core } from '@strapi/strapi'
import { errors } from '@strapi/utils'
import { currentAdminUser, isSuperAdmin } from '../editorial/contributors'

/** How long a token lives when nobody says otherwise, and the most an editor may give one. */
export const TOKEN_LIFESPAN_MS = 365 * 24 * 60 * 60 * 1000
export const READ_ONLY_TOKEN = 'read-only'
/** Who made which API token: token id → admin account id, kept in Strapi's store. */
const CREATORS = { type: 'plugin', name: 'sparks', key: 'api-token-creators' } as const

interface TokenAttributes { kind?: string; type?: string; lifespan?: number | null; [field: string]: unknown }
interface TokenRow { id: number | string; type?: string; lifespan?: number | string | null; expiresAt?: string | null; name?: string; description?: string; accessKey?: string; encryptedKey?: string | null }
interface CallingUser { id: number | string; roles?: Array<{ code: string }> }
interface TokenService {
  create(attributes: TokenAttributes, callingUser?: CallingUser): Promise<TokenRow>
  regenerate(id: number | string): Promise<TokenRow>
  update(id: number | string, attributes: TokenAttributes): Promise<TokenRow>
  getById(id: number | string, options?: { includeDecryptedKey?: boolean }): Promise<TokenRow | null>
  revoke(id: number | string): Promise<unknown>
}
interface Store { get(key: typeof CREATORS): Promise<unknown>; set(entry: typeof CREATORS & { value: unknown }): Promise<unknown> }

const store = (strapi: Core.Strapi) => (strapi as unknown as { store: Store }).store

export async function tokenCreators(strapi: Core.Strapi): Promise<Record<string, string>> {
  const value = await store(strapi).get(CREATORS)
  return value && typeof value === 'object' ? (value as Record<string, string>) : {}
}

async function recordCreator(strapi: Core.Strapi, tokenId: number | string, userId: number | string | undefined): Promise<void> {
  if (userId === undefined) return
  const creators = await tokenCreators(strapi)
  await store(strapi).set({ ...CREATORS, value: { ...creators, [String(tokenId)]: String(userId) } })
}

/** The key is shown once, when it is made: nothing is kept from which it could be shown again. */
async function forgetKey(strapi: Core.Strapi, tokenId: number | string): Promise<void> {
  await strapi.db.query('admin::api-token').update({ where: { id: tokenId }, data: { encryptedKey: null } })
}

const tokenServices = (strapi: Core.Strapi) =>
  ['admin::api-token-content-api', 'admin::api-token-admin'].map((uid) => strapi.service(uid as never) as unknown as TokenService | undefined).filter((service): service is TokenService => Boolean(service))

/**
 * API tokens, with editors' accounts treated as stealable (issue 13): a platform editor makes
 * read-only partner tokens that expire (one year unless shorter: Strapi's "unlimited" means a year here), only the super admin makes
 * full-access or custom ones, changes or regenerates a token; every key is shown once, at
 * creation; and who made each token is kept, so that deactivating or demoting the account
 * revokes what it made (revokeTokensOfDisabledAdmins).
 */
export function restrictApiTokens(strapi: Core.Strapi): void {
  for (const service of tokenServices(strapi)) {
    const { create, regenerate, update, getById } = service
    service.create = async (attributes, callingUser) => {
      const user = callingUser ?? currentAdminUser(strapi) ?? undefined
      const trusted = !user || isSuperAdmin(user)
      if (!trusted && attributes.kind === 'content-api' && attributes.type !== READ_ONLY_TOKEN) throw new errors.ForbiddenError('Only the super admin creates full-access or custom API tokens; partners get read-only ones.')
      // Strapi accepts only its menu's lifespans (7, 30, 90 days, unlimited): "unlimited" becomes a year.
      const created = await create.call(service, attributes, callingUser)
      const unlimited = created.lifespan == null
      const expiry = { lifespan: TOKEN_LIFESPAN_MS, expiresAt: new Date(Date.now() + TOKEN_LIFESPAN_MS).toISOString() }
      await strapi.db.query('admin::api-token').update({ where: { id: created.id }, data: { encryptedKey: null, ...(unlimited ? expiry : {}) } })
      await recordCreator(strapi, created.id, user?.id)
      return unlimited ? { ...created, ...expiry } : created
    }
    service.regenerate = async (id) => {
      if (!isSuperAdmin(currentAdminUser(strapi) as CallingUser | null)) throw new errors.ForbiddenError('Only the super admin regenerates API tokens; revoke this one and create a new one.')
      const regenerated = await regenerate.call(service, id)
      await forgetKey(strapi, id)
      return regenerated
    }
    service.update = async (id, attributes) => {
      const user = currentAdminUser(strapi) as CallingUser | null
      if (user && !isSuperAdmin(user)) throw new errors.ForbiddenError('Only the super admin changes API tokens.')
      return update.call(service, id, attributes)
    }
    service.getById = async (id, options) => {
      const token = await getById.call(service, id, { ...options, includeDecryptedKey: false })
      if (token) delete token.accessKey
      return token
    }
  }
}

const DEFAULT_FULL_ACCESS = { name: 'Full Access', type: 'full-access', description: 'A default API token with full access permissions, used for accessing or modifying resources' }

/**
 * On every boot: Strapi's default full-access token (made on a fresh database before any account
 * exists) is removed, and no stored key can be shown again.
 */
export async function retireDefaultTokens(strapi: Core.Strapi): Promise<void> {
  const service = strapi.service('admin::api-token-content-api' as never) as unknown as TokenService
  for (const token of (await strapi.db.query('admin::api-token').findMany({ where: DEFAULT_FULL_ACCESS, select: ['id'] })) as TokenRow[]) await service.revoke(token.id)
  await strapi.db.query('admin::api-token').updateMany({ where: { encryptedKey: { $notNull: true } }, data: { encryptedKey: null } })
}

interface AdminAccount { id: number | string; isActive?: boolean; blocked?: boolean; roles?: Array<{ id: number; code: string }> }

async function mayCreateTokens(strapi: Core.Strapi, account: AdminAccount): Promise<boolean> {
  const roleIds = (account.roles ?? []).map((role) => role.id)
  if (roleIds.length === 0) return false
  return (await strapi.db.query('admin::permission').count({ where: { action: 'admin::api-tokens.create', role: { id: { $in: roleIds } } } })) > 0
}

/**
 * What an account made goes with it: deactivated or blocked, every token it made is revoked;
 * no longer super admin, the full-access and custom ones; no longer allowed to make tokens at all,
 * every one. Admin tokens it owns go the same way.
 */
export async function revokeTokensOf(strapi: Core.Strapi, userId: number | string): Promise<number> {
  const account = (await strapi.db.query('admin::user').findOne({ where: { id: userId }, populate: ['roles'] })) as AdminAccount | null
  const disabled = !account || account.isActive === false || account.blocked === true
  const superAdmin = Boolean(account && isSuperAdmin(account))
  const allowed = Boolean(account && !disabled && (superAdmin || (await mayCreateTokens(strapi, account))))
  const creators = await tokenCreators(strapi)
  const made = Object.entries(creators).filter(([, creator]) => creator === String(userId)).map(([tokenId]) => tokenId)
  const owned = ((await strapi.db.query('admin::api-token').findMany({ where: { adminUserOwner: { id: userId } }, select: ['id'] })) as TokenRow[]).map((token) => String(token.id))
  const tokens = (await strapi.db.query('admin::api-token').findMany({ where: { id: { $in: [...new Set([...made, ...owned])] } }, select: ['id', 'type'] })) as TokenRow[]
  const revoked = tokens.filter((token) => !allowed || (!superAdmin && token.type !== READ_ONLY_TOKEN))
  const service = strapi.service('admin::api-token-content-api' as never) as unknown as TokenService
  for (const token of revoked) await service.revoke(token.id)
  return revoked.length
}
