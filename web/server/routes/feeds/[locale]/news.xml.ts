import { queries } from '@sparks/shared/graphql'

/** RSS 2.0 feed of the latest news in one language. */
export default defineEventHandler(async (event) => {
  const locale = localeParam(getRouterParam(event, 'locale'))
  const data = await cmsQuery(queries.ArticlesQuery, { locale, page: 1, pageSize: 30 })
  const base = siteUrl()
  const items = (data.articles_connection?.nodes ?? []).filter((article) => article !== null).map((article) => `
    <item>
      <title>${escapeXml(article.title)}</title>
      <link>${base}/${locale}/news/${escapeXml(article.slug)}</link>
      <guid isPermaLink="false">${escapeXml(article.documentId)}</guid>
      <pubDate>${new Date(`${article.date}T00:00:00Z`).toUTCString()}</pubDate>
      <description>${escapeXml(article.excerpt)}</description>
    </item>`).join('')
  setHeader(event, 'content-type', 'application/rss+xml; charset=utf-8')
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Sparks — News</title>
    <link>${base}/${locale}/news</link>
    <atom:link href="${base}/feeds/${locale}/news.xml" rel="self" type="application/rss+xml"/>
    <description>News from the community of initiatives against child sexual abuse and exploitation</description>
    <language>${locale}</language>${items}
  </channel>
</rss>
`
})
