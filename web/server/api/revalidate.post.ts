import { timingSafeEqual } from 'node:crypto'

/**
 * Strapi's webhook calls this on publish, unpublish, update and delete: every cached page and
 * every kept CMS answer is dropped, in this worker and every other one (serve.ts), before the
 * answer, so the next visitor gets fresh content whichever worker serves them.
 * Protected by a shared secret header.
 */
export default defineEventHandler(async (event) => {
  const secret = useRuntimeConfig().revalidateSecret
  const given = getHeader(event, 'x-sparks-revalidate') ?? ''
  const ok = secret.length >= 16 && given.length === secret.length && timingSafeEqual(Buffer.from(given), Buffer.from(secret))
  if (!ok) throw createError({ statusCode: 401, statusMessage: 'Missing or wrong revalidation secret' })
  const [purged] = await Promise.all([purgeSiteCaches(), purgeOtherWorkers()])
  return { purged }
})
