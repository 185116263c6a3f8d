import type { Core } from '@strapi/strapi'

/**
 * The media library is not public content. Strapi's content-API upload routes (`GET
 * /api/upload/files`, `/files/page`, `/files/:id`, and upload and delete) list every file, those
 * only drafts use included, with `populate=related` the entries that use them, and answer any
 * read-only token. Nothing public needs them: the site and partners get a file through the
 * published entry that shows it (`logo`, `cover`, `file`…). Editors keep the admin's `/upload`.
 */
export function withoutContentApiUploadRoutes(strapi: Core.Strapi): void {
  const routers = strapi.plugin('upload').routes as unknown as Record<string, { routes: unknown[] }>
  routers['content-api']!.routes = []
}

/**
 * The platform has no site accounts: the users-permissions plugin's content-API routes (sign-up,
 * sign-in, `/api/users`, `/api/users-permissions/roles`) serve nobody, yet a read-only partner
 * token, which holds every find action, read the roles' whole permission map through them.
 */
export function withoutContentApiAccountRoutes(strapi: Core.Strapi): void {
  const routers = strapi.plugin('users-permissions').routes as unknown as Record<string, { routes: unknown[] }>
  routers['content-api']!.routes = []
}
