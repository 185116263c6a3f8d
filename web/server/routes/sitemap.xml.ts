import { entryPath, LOCALES, SECTIONS, type SectionType } from '@sparks/shared'
import { queries } from '@sparks/shared/graphql'

/** Every section's list page, and the pages that are not a section. */
const STATIC_PATHS = ['', ...Object.values(SECTIONS).map((section) => `/${section.path}`), '/data', '/about', '/search', '/pages/privacy', '/pages/accessibility', '/pages/api']
/** The SitemapQuery's lists, by the section their entries' pages are in. */
const LISTED = { initiatives: 'initiative', resources: 'resource', articles: 'article', events: 'event', campaigns: 'campaign' } as const satisfies Record<string, SectionType>

/**
 * Every page in every language, with hreflang alternates. Entries exist in English at least and
 * every language shows them (in English where there is no translation).
 */
export default defineEventHandler(async (event) => {
  const base = siteUrl()
  const data = await cmsQuery(queries.SitemapQuery, { locale: 'en' })
  const paths: Array<{ path: string; updated?: string }> = STATIC_PATHS.map((path) => ({ path }))
  for (const [field, type] of Object.entries(LISTED) as Array<[keyof typeof LISTED, SectionType]>) {
    for (const entry of data[field] ?? []) if (entry) paths.push({ path: entryPath(type, entry.slug), updated: entry.updatedAt ?? undefined })
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
