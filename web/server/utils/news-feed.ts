import type { H3Event } from 'h3'
import { entryPath, PILLARS, SECTIONS } from '@sparks/shared'
import { queries } from '@sparks/shared/graphql'

export interface NewsFeed {
  locale: string
  title: string
  /** the page the feed mirrors */
  pageUrl: string
  /** the feed's own URL without extension; `.xml` (RSS) and `.atom` are added */
  selfBase: string
  articles: Array<{ id: string; title: string; url: string; date: string; updated: string; excerpt: string }>
}

/**
 * The latest news in one language, all of it or one pillar's (`?pillar=prevention`) or one
 * initiative's (`?initiative=bridge`). Unknown filters are a 400, not an empty feed.
 */
export async function loadNewsFeed(event: H3Event): Promise<NewsFeed> {
  const locale = localeParam(getRouterParam(event, 'locale'))
  const { pillar, initiative } = getQuery(event)
  const filters: Record<string, unknown> = {}
  if (pillar !== undefined) {
    if (typeof pillar !== 'string' || !(PILLARS as readonly string[]).includes(pillar)) throw createError({ statusCode: 400, statusMessage: `pillar must be one of ${PILLARS.join(', ')}` })
    filters.pillars = { key: { eq: pillar } }
  }
  if (initiative !== undefined) {
    if (typeof initiative !== 'string' || !/^[a-z0-9-]{1,80}$/.test(initiative)) throw createError({ statusCode: 400, statusMessage: 'initiative must be an initiative slug' })
    filters.initiatives = { slug: { eq: initiative } }
  }
  const data = await cmsQuery(queries.ArticlesQuery, { locale, filters, page: 1, pageSize: 30 })
  const base = siteUrl()
  return {
    locale,
    title: `Sparks — News${pillar ? ` (${pillar})` : ''}${initiative ? ` (${initiative})` : ''}`,
    pageUrl: `${base}/${locale}/${SECTIONS.article.path}`,
    selfBase: `${base}/feeds/${locale}/news`,
    articles: (data.articles_connection?.nodes ?? []).filter((article) => article !== null).map((article) => ({
      id: article.documentId,
      title: article.title,
      url: `${base}/${locale}${entryPath('article', article.slug)}`,
      date: `${article.date}T00:00:00Z`,
      updated: `${article.date}T00:00:00Z`,
      excerpt: article.excerpt,
    })),
  }
}
