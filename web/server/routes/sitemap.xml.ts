import { entryPath, LOCALES, SECTIONS, type SectionType } from '@sparks/shared'
import { queries } from '@sparks/shared/graphql'

/** Every section's list page, and the pages that are not a section. */
const STATIC_PATHS = ['', ...Object.values(SECTIONS).map((section) => `/${section.path}`), '/data', '/about', '/search', '/pages/privacy', '/pages/accessibility', '/pages/api']
/** The SitemapQuery's lists, by the section their entries' pages are in. */
const LISTED = { initiatives: 'initiative', resources: 'resource', articles: 'article', events: 'event', campaigns: 'campaign' } as const satisfies Record<string, SectionType>

/**
 * Every page in every language it is written in, with hreflang alternates: the site's own pages
 * in all 24, an entry in English and its published translations only (elsewhere it is shown in
 * English as a copy whose canonical URL is the English page, so it is not listed).
 */
export default defineEventHandler(async (event) => {
  const base = siteUrl()
  const data = await cmsQuery(queries.SitemapQuery, { locale: 'en' })
  const paths: Array<{ path: string; updated?: string; languages: readonly string[] }> = STATIC_PATHS.map((path) => ({ path, languages: LOCALES }))
  for (const [field, type] of Object.entries(LISTED) as Array<[keyof typeof LISTED, SectionType]>) {
    for (const entry of data[field] ?? []) {
      if (!entry) continue
      const translations = entry.localizations.map((translation) => translation?.locale).filter((code): code is string => Boolean(code))
      const languages = LOCALES.filter((code) => code === 'en' || translations.includes(code))
      paths.push({ path: entryPath(type, entry.slug), updated: entry.updatedAt ?? undefined, languages })
    }
  }
  const urls = paths.flatMap(({ path, updated, languages }) => languages.map((locale) => `  <url>
    <loc>${base}/${locale}${escapeXml(path)}</loc>${updated ? `\n    <lastmod>${updated.slice(0, 10)}</lastmod>` : ''}
${languages.map((alternate) => `    <xhtml:link rel="alternate" hreflang="${alternate}" href="${base}/${alternate}${escapeXml(path)}"/>`).join('\n')}
  </url>`))
  setHeader(event, 'content-type', 'application/xml; charset=utf-8')
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join('\n')}
</urlset>
`
})
