import { queryCollection } from '@nuxt/content/server'
import { DEFAULT_LOCALE } from '@sparks/shared'

/**
 * A static page in the visitor's language, or in English with `fallback: true`. Served from the
 * server so the browser never downloads the content database.
 */
export default defineEventHandler(async (event) => {
  const locale = localeParam(getRouterParam(event, 'locale'))
  const slug = getRouterParam(event, 'slug') ?? ''
  if (!/^[a-z0-9-]{1,60}$/.test(slug)) throw createError({ statusCode: 404, statusMessage: 'Page not found' })
  const own = await queryCollection(event, 'pages').path(`/${locale}/${slug}`).first()
  if (own) return { page: own, locale, fallback: false }
  const english = await queryCollection(event, 'pages').path(`/${DEFAULT_LOCALE}/${slug}`).first()
  if (!english) throw createError({ statusCode: 404, statusMessage: 'Page not found' })
  return { page: english, locale: DEFAULT_LOCALE, fallback: locale !== DEFAULT_LOCALE }
})
