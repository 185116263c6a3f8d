import { LOCALES } from '@sparks/shared'
import { queries } from '@sparks/shared/graphql'

const STATIC_PATHS = ['', '/initiatives', '/recommendations', '/campaigns', '/resources', '/news', '/events', '/data', '/help', '/about', '/search', '/pages/privacy', '/pages/accessibility', '/pages/api']
const SECTIONS = { initiatives: 'initiatives', resources: 'resources', articles: 'news', events: 'events', campaigns: 'campaigns' } as const

/**
 * Every page in every language, with hreflang alternates. Entries exist in English at least and
 * every language shows them (in English where there is no translation).
 */
export default defineEventHandler(async (event) => {
  const base = siteUrl()
  const data = await cmsQuery(queries.SitemapQuery, { locale: 'en' })
  const paths: Array<{ path: string; updated?: string }> = STATIC_PATHS.map((path) => ({ path }))
  for (const [field, section] of Object.entries(SECTIONS) as Array<[keyof typeof SECTIONS, string]>) {
    for (const entry of data[field] ?? []) if (entry) paths.push({ path: `/${section}/${entry.slug}`, updated: entry.updatedAt ?? undefined })
  }
  const urls = paths.flatMap(({ path, updated }) => LOCALES.map((locale) => `  <url>
    <loc>${base}/${locale}${escapeXml(path)}</loc>${updated ? `\n    <lastmod>${updated.slice(0, 10)}</lastmod>` : ''}
${LOCALES.map((alternate) => `    <xhtml:link rel="alternate" hreflang="${alternate}" href="${base}/${alternate}${escapeXml(path)}"/>`).join('\n')}
  </url>`))
  setHeader(event, 'content-type', 'application/xml; charset=utf-8')
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join('\n')}
</urlset>
`
})
