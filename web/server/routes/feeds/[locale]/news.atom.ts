/** Atom 1.0: the same news as the RSS feed, for readers that prefer Atom. */
export default defineEventHandler(async (event) => {
  const feed = await loadNewsFeed(event)
  const self = `${feed.selfBase}.atom${getRequestURL(event).search}`
  const updated = feed.articles[0]?.updated ?? new Date(0).toISOString()
  const entries = feed.articles.map((article) => `
  <entry>
    <title>${escapeXml(article.title)}</title>
    <link href="${escapeXml(article.url)}"/>
    <id>urn:sparks:article:${escapeXml(article.id)}</id>
    <published>${article.date}</published>
    <updated>${article.updated}</updated>
    <summary>${escapeXml(article.excerpt)}</summary>
  </entry>`).join('')
  setHeader(event, 'content-type', 'application/atom+xml; charset=utf-8')
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.locale}">
  <title>${escapeXml(feed.title)}</title>
  <link rel="self" href="${escapeXml(self)}"/>
  <link rel="alternate" href="${escapeXml(feed.pageUrl)}"/>
  <id>${escapeXml(self)}</id>
  <updated>${updated}</updated>
  <author><name>Sparks</name></author>${entries}
</feed>
`
})
