import type { Core } from '@strapi/strapi'
import { PUBLIC_COLLECTION_TYPES, PUBLIC_SINGLE_TYPES } from '../content-types'

/** Exactly what an anonymous request may do: read the public types. */
export const PUBLIC_ACTIONS: readonly string[] = [
  ...PUBLIC_COLLECTION_TYPES.flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]),
  ...PUBLIC_SINGLE_TYPES.map((uid) => `${uid}.find`),
  // No media library: a file is reached through the published entry that shows it
  // (see register/media-library-routes.ts).
  'plugin::i18n.locales.listLocales',
]

/**
 * Makes the public role's permissions exactly PUBLIC_ACTIONS, on every boot. Anything else an
 * earlier version or a click in the admin granted (register, login, upload…) is taken away, and
 * the authenticated role gets nothing: visitors never have accounts.
 */
export async function syncPublicPermissions(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.db.query('plugin::users-permissions.role')
  const permissions = strapi.db.query('plugin::users-permissions.permission')
  const publicRole = await roles.findOne({ where: { type: 'public' } })
  const authenticatedRole = await roles.findOne({ where: { type: 'authenticated' } })
  if (!publicRole) throw new Error('The users-permissions public role is missing.')

  const granted: Array<{ id: number; action: string }> = await permissions.findMany({ where: { role: publicRole.id } })
  const grantedActions = new Set(granted.map((permission) => permission.action))
  const extra = granted.filter((permission) => !PUBLIC_ACTIONS.includes(permission.action))
  if (extra.length > 0) await permissions.deleteMany({ where: { id: { $in: extra.map((permission) => permission.id) } } })
  for (const action of PUBLIC_ACTIONS) {
    if (!grantedActions.has(action)) await permissions.create({ data: { action, role: publicRole.id } })
  }
  if (authenticatedRole) await permissions.deleteMany({ where: { role: authenticatedRole.id } })

  // No visitor accounts: registration stays closed even if someone re-grants the action.
  const store = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' })
  const advanced = ((await store.get()) ?? {}) as Record<string, unknown>
  if (advanced.allow_register !== false) await store.set({ value: { ...advanced, allow_register: false } })
}
