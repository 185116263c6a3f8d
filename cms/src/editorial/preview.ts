import type { Core } from '@strapi/strapi'
import { entryPath, SECTIONS, sectionOfUid } from '@sparks/shared'
import { formsConfig } from '../forms/mail'
import { signToken, verifyToken } from '../forms/signed-token'
import { currentAdminUser, isSuperAdmin } from './contributors'
import { PLATFORM_EDITOR } from './roles'

const PREVIEW_MINUTES = 30
export const PREVIEW_HEADER = 'x-sparks-preview'

/**
 * Strapi's preview button (config/admin.ts): the real site page of the draft, with a signed,
 * short-lived preview token the site forwards to the CMS. The site never caches or indexes it.
 */
export async function previewUrl(strapi: Core.Strapi, uid: string, { documentId, locale }: { documentId: string; locale?: string | null }): Promise<string | null> {
  // The token shows every draft to its holder, so only those who may read every draft get one
  // (Strapi asks no permission for a preview URL); contributors see their drafts in the admin.
  const user = currentAdminUser(strapi)
  if (!isSuperAdmin(user) && !user?.roles?.some((role) => role.name === PLATFORM_EDITOR.name)) return null
  const { siteUrl, linkSecret } = formsConfig(strapi)
  const token = signToken(linkSecret, 'preview', documentId, Date.now() + PREVIEW_MINUTES * 60_000)
  const language = locale ?? 'en'
  if (uid === 'api::home-page.home-page') return `${siteUrl}/${language}?preview=${token}`
  // Entries with a page of their own (shared/src/domain/sections.ts) have a preview.
  const section = sectionOfUid(uid)
  if (!section || !SECTIONS[section].pages) return null
  const entry = (await strapi.documents(uid as never).findOne({ documentId, locale: language, status: 'draft', fields: ['slug'] } as never)) as { slug?: string } | null
  return entry?.slug ? `${siteUrl}/${language}${entryPath(section, entry.slug)}?preview=${token}` : null
}

/** The document a valid preview token shows as a draft, or null: a token is for one entry only. */
export function previewedDocument(strapi: Core.Strapi, token: string | undefined): string | null {
  if (!token) return null
  const check = verifyToken(formsConfig(strapi).linkSecret, 'preview', token)
  return check.ok ? check.documentId : null
}

/** A request from the site's server carrying a valid preview token reads its entry's draft. */
export function isValidPreview(strapi: Core.Strapi, token: string | undefined): boolean {
  return previewedDocument(strapi, token) !== null
}
