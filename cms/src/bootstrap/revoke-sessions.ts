import type { Core } from '@strapi/strapi'
import { revokeTokensOf } from '../register/api-token-rules'

interface AdminUserRow { id: number | string; isActive?: boolean; blocked?: boolean }
type SessionManager = (origin: string) => { invalidateRefreshToken(userId: string): Promise<void> }

/**
 * Deactivating or blocking an admin account ends all its sessions (GHSA-4r8w-3jww-m2rp class).
 * Strapi refuses a deactivated account's access tokens, but keeps its sessions: the refresh
 * cookie still mints tokens, and reactivating the account would revive every old session,
 * including one a thief holds. Strapi ends sessions only when an account is deleted.
 * Any change to an account (deactivation, a new role) also revokes the API tokens it made and
 * may no longer make (api-token-rules.ts).
 */
export function revokeSessionsOfDisabledAdmins(strapi: Core.Strapi): void {
  strapi.db.lifecycles.subscribe({
    models: ['admin::user'],
    async afterUpdate(event) {
      const user = (event as unknown as { result?: AdminUserRow }).result
      if (!user) return
      await revokeTokensOf(strapi, user.id)
      if (user.isActive !== false && user.blocked !== true) return
      const sessions = (strapi as unknown as { sessionManager?: SessionManager }).sessionManager
      await sessions?.('admin').invalidateRefreshToken(String(user.id))
    },
    async afterDelete(event) {
      const user = (event as unknown as { result?: AdminUserRow }).result
      if (user?.id !== undefined) await revokeTokensOf(strapi, user.id)
    },
  })
}
