import { timingSafeEqual } from 'node:crypto'

/**
 * Strapi's webhook calls this on publish, unpublish, update and delete: every cached page is
 * dropped (Nitro's swr cache and the front copies of server/utils/page-cache.ts), and so is every
 * kept CMS answer (server/utils/cms-answer-cache.ts), so the next visitor gets fresh content.
 * Protected by a shared secret header.
 */
export default defineEventHandler(async (event) => {
  const secret = useRuntimeConfig().revalidateSecret
  const given = getHeader(event, 'x-sparks-revalidate') ?? ''
  const ok = secret.length >= 16 && given.length === secret.length && timingSafeEqual(Buffer.from(given), Buffer.from(secret))
  if (!ok) throw createError({ statusCode: 401, statusMessage: 'Missing or wrong revalidation secret' })
  const storage = useStorage('cache')
  const keys = await storage.getKeys('nitro:routes')
  await Promise.all(keys.map((key) => storage.removeItem(key)))
  purgePageCache()
  purgeCmsAnswers()
  return { purged: keys.length }
})
