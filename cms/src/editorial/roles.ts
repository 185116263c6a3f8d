import type { Core } from '@strapi/strapi'
import { AUDITED_TYPES, CONTRIBUTED_TYPES, PRIVATE_TYPES } from '../content-types'
import { ADMIN_WRITABLE_FIELDS } from './private-writes'

export const PLATFORM_EDITOR = { name: 'Platform editor', description: 'All content; publishes; reads form submissions, the audit trail and deleted entries.' }
export const INITIATIVE_CONTRIBUTOR = { name: 'Initiative contributor', description: "Edits their own initiative's profile and its news, resources, events and campaigns; cannot publish." }

const CM = 'plugin::content-manager.explorer'
const INITIATIVE = 'api::initiative.initiative'
export const OWN_INITIATIVE = 'api::own-initiative'
export const OWNED_BY_OWN_INITIATIVE = 'api::owned-by-own-initiative'

/** Fields a contributor never sets: links to other entries (whose pickers would list other initiatives' drafts), ownership and the editors' review comment. */
const CONTRIBUTOR_HIDDEN_FIELDS: Record<string, string[]> = {
  [INITIATIVE]: ['featured', 'campaigns', 'resources', 'articles', 'events', 'recommendations', 'supportServices', 'coordinator', 'partners'],
  'api::article.article': ['initiatives', 'ownerInitiative'],
  'api::resource.resource': ['initiatives', 'ownerInitiative', 'recommendations'],
  'api::event.event': ['initiatives', 'ownerInitiative', 'organiser'],
  'api::campaign.campaign': ['initiatives', 'ownerInitiative'],
}
const EDITOR_ONLY_FIELDS = ['reviewComment']
/** Audit entries are append-only: read, never changed; deleted entries are restored by ticking "restore". */
const READ_ONLY_TYPES = new Set(['api::audit-entry.audit-entry', 'api::api-token-usage.api-token-usage'])
/** Kept their 30 days: editors restore them but do not delete them (a stolen account cannot erase the way back). */
const UNDELETABLE_TYPES = new Set(['api::deleted-entry.deleted-entry'])

interface Permission {
  action: string
  subject?: string | null
  properties?: { fields?: string[]; locales?: string[] }
  conditions?: string[]
}

interface RoleService {
  find(query: object): Promise<Array<{ id: number; name: string; code: string }>>
  create(attributes: { name: string; description: string }): Promise<{ id: number; code: string }>
  assignPermissions(roleId: number, permissions: Permission[]): Promise<unknown>
}

export function createEditorialServices(strapi: Core.Strapi) {
  const roles = strapi.service('admin::role') as unknown as RoleService
  const contentTypes = strapi.service('admin::content-type') as unknown as {
    getPermissionsWithNestedFields(actions: unknown[], options?: object): Array<Required<Pick<Permission, 'action' | 'subject' | 'properties'>>>
  }
  const { actionProvider } = strapi.service('admin::permission') as unknown as { actionProvider: { get(id: string): unknown } }
  return { roles, contentTypes, actionProvider }
}

async function localeCodes(strapi: Core.Strapi): Promise<string[]> {
  const locales = (await strapi.plugin('i18n').service('locales').find()) as Array<{ code: string }>
  return locales.map((locale) => locale.code)
}

/** Every field of every type, per action, as the admin itself would list them. */
function allFieldPermissions(strapi: Core.Strapi, actions: string[], subjects: readonly string[]) {
  const { contentTypes, actionProvider } = createEditorialServices(strapi)
  return contentTypes
    .getPermissionsWithNestedFields(actions.map((id) => actionProvider.get(id)))
    .filter((permission) => subjects.includes(permission.subject as string))
}

const topLevel = (field: string) => field.split('.')[0]!

async function ensureRole(strapi: Core.Strapi, definition: { name: string; description: string }, permissions: Permission[]) {
  const { roles } = createEditorialServices(strapi)
  const role = (await roles.find({ name: definition.name }))[0] ?? (await roles.create(definition))
  // Defined here, in code: every boot resets the role to exactly these permissions.
  await roles.assignPermissions(role.id, permissions)
  return role
}

const MEDIA_LIBRARY = ['plugin::upload.read', 'plugin::upload.assets.create', 'plugin::upload.assets.update', 'plugin::upload.assets.download', 'plugin::upload.assets.copy-link']

/** The two editorial roles, created on first boot and kept in step with this file. */
export async function ensureEditorialRoles(strapi: Core.Strapi): Promise<void> {
  const locales = await localeCodes(strapi)
  const withLocales = (permission: Permission): Permission => {
    const localized = (strapi.contentTypes as unknown as Record<string, { pluginOptions?: { i18n?: { localized?: boolean } } }>)[permission.subject ?? '']?.pluginOptions?.i18n?.localized
    return localized ? { ...permission, properties: { ...permission.properties, locales } } : permission
  }

  const editable = [...AUDITED_TYPES, ...PRIVATE_TYPES.filter((uid) => !READ_ONLY_TYPES.has(uid))]
  const editorPermissions: Permission[] = [
    ...allFieldPermissions(strapi, [`${CM}.create`, `${CM}.read`, `${CM}.update`, `${CM}.delete`, `${CM}.publish`], editable)
      // Form submissions arrive through the forms, never typed in by hand.
      .filter((permission) => !(permission.action === `${CM}.create` && PRIVATE_TYPES.includes(permission.subject as never)))
      .filter((permission) => !(permission.action === `${CM}.delete` && UNDELETABLE_TYPES.has(permission.subject as string)))
      // On the private types, only the fields the server lets an admin change (private-writes.ts).
      .flatMap((permission) => {
        const writable = ADMIN_WRITABLE_FIELDS[permission.subject as string]
        if (permission.action !== `${CM}.update` || !writable) return [permission]
        const fields = (permission.properties.fields ?? []).filter((field) => writable.includes(topLevel(field)))
        return fields.length > 0 ? [{ ...permission, properties: { ...permission.properties, fields } }] : []
      }),
    ...allFieldPermissions(strapi, [`${CM}.read`], [...READ_ONLY_TYPES]),
    ...MEDIA_LIBRARY.map((action) => ({ action })),
    // Read-only partner tokens that expire; changing or regenerating one is the super admin's (api-token-rules.ts).
    ...['access', 'create', 'read', 'delete'].map((verb) => ({ action: `admin::api-tokens.${verb}` })),
  ].map(withLocales)
  await ensureRole(strapi, PLATFORM_EDITOR, editorPermissions)

  const hidden = (permission: Permission, extra: string[] = []) => {
    const skip = new Set([...(CONTRIBUTOR_HIDDEN_FIELDS[permission.subject ?? ''] ?? []), ...extra])
    return { ...permission, properties: { ...permission.properties, fields: (permission.properties?.fields ?? []).filter((field) => !skip.has(topLevel(field))) } }
  }
  const contributorPermissions: Permission[] = [
    ...allFieldPermissions(strapi, [`${CM}.read`], [INITIATIVE]).map((permission) => ({ ...hidden(permission), conditions: [OWN_INITIATIVE] })),
    ...allFieldPermissions(strapi, [`${CM}.update`], [INITIATIVE]).map((permission) => ({ ...hidden(permission, EDITOR_ONLY_FIELDS), conditions: [OWN_INITIATIVE] })),
    // Adding a language to their initiative is a "create" to the admin; contributorGuard refuses
    // every create of a whole new initiative on the server.
    ...allFieldPermissions(strapi, [`${CM}.create`], [INITIATIVE]).map((permission) => hidden(permission, EDITOR_ONLY_FIELDS)),
    ...allFieldPermissions(strapi, [`${CM}.create`], CONTRIBUTED_TYPES).map((permission) => hidden(permission, EDITOR_ONLY_FIELDS)),
    ...allFieldPermissions(strapi, [`${CM}.read`], CONTRIBUTED_TYPES).map((permission) => ({ ...hidden(permission), conditions: [OWNED_BY_OWN_INITIATIVE] })),
    ...allFieldPermissions(strapi, [`${CM}.update`], CONTRIBUTED_TYPES).map((permission) => ({ ...hidden(permission, EDITOR_ONLY_FIELDS), conditions: [OWNED_BY_OWN_INITIATIVE] })),
    ...allFieldPermissions(strapi, [`${CM}.delete`], CONTRIBUTED_TYPES).map((permission) => ({ ...hidden(permission), conditions: [OWNED_BY_OWN_INITIATIVE] })),
    // Their own uploads only.
    ...MEDIA_LIBRARY.map((action) => ({ action, conditions: action === 'plugin::upload.assets.create' ? [] : ['admin::is-creator'] })),
  ].map(withLocales)
  await ensureRole(strapi, INITIATIVE_CONTRIBUTOR, contributorPermissions)
}
