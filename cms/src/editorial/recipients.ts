import type { Core } from '@strapi/strapi'
import { formsConfig } from '../forms/mail'
import { PLATFORM_EDITOR } from './roles'

/** The team address and every active platform editor. */
export async function editorAddresses(strapi: Core.Strapi): Promise<string[]> {
  const users = (await strapi.db.query('admin::user').findMany({
    where: { isActive: true, roles: { name: PLATFORM_EDITOR.name } },
    select: ['email'],
  })) as Array<{ email: string }>
  return [...new Set([formsConfig(strapi).teamEmail, ...users.map((user) => user.email)])]
}

/** The contributors of an initiative. */
export async function contributorAddresses(strapi: Core.Strapi, initiativeDocumentId: string | null | undefined): Promise<string[]> {
  if (!initiativeDocumentId) return []
  const rows = (await strapi.db.query('api::initiative-contributor.initiative-contributor').findMany({
    where: { initiative: { documentId: initiativeDocumentId } },
    select: ['email'],
  })) as Array<{ email: string }>
  return [...new Set(rows.map((row) => row.email))]
}
