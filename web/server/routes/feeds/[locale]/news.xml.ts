/** RSS 2.0: the latest news in one language; `?pillar=` or `?initiative=` narrow it. */
export default defineEventHandler(async (event) => {
  const feed = await loadNewsFeed(event)
  const query = getRequestURL(event).search
  const items = feed.articles.map((article) => `
    <item>
      <title>${escapeXml(article.title)}</title>
      <link>${escapeXml(article.url)}</link>
      <guid isPermaLink="false">${escapeXml(article.id)}</guid>
      <pubDate>${new Date(article.date).toUTCString()}</pubDate>
      <description>${escapeXml(article.excerpt)}</description>
    </item>`).join('')
  setHeader(event, 'content-type', 'application/rss+xml; charset=utf-8')
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(feed.title)}</title>
    <link>${escapeXml(feed.pageUrl)}</link>
    <atom:link href="${escapeXml(`${feed.selfBase}.xml${query}`)}" rel="self" type="application/rss+xml"/>
    <description>News from the community of initiatives against child sexual abuse and exploitation</description>
    <language>${feed.locale}</language>${items}
  </channel>
</rss>
`
})
