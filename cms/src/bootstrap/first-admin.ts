import type { Core } from '@strapi/strapi'

/**
 * With ADMIN_EMAIL and ADMIN_PASSWORD set, the first start creates that super admin, so a new
 * machine needs no click through the registration screen. Later starts leave accounts alone.
 */
export async function ensureFirstAdmin(strapi: Core.Strapi): Promise<void> {
  const email = process.env.ADMIN_EMAIL?.trim().toLowerCase()
  const password = process.env.ADMIN_PASSWORD
  if (!email || !password) return
  const users = strapi.service('admin::user')
  if (await users.exists()) return
  await users.createFirstAdmin({
    email,
    password,
    firstname: process.env.ADMIN_FIRSTNAME ?? 'Platform',
    lastname: process.env.ADMIN_LASTNAME ?? 'Editor',
  })
  strapi.log.info(`Created the first admin, ${email}.`)
}
