/**
 * The site's sections for content entries, one registry for the CMS (preview links), the site
 * (links, sitemap, search, feeds) and tests: which content type, where its pages live, which
 * label names it. A new type with pages is added here and nowhere else.
 */
export const SECTIONS = {
  initiative: { uid: 'api::initiative.initiative', path: 'initiatives', label: 'nav.initiatives', pages: true },
  campaign: { uid: 'api::campaign.campaign', path: 'campaigns', label: 'nav.campaigns', pages: true },
  recommendation: { uid: 'api::recommendation.recommendation', path: 'recommendations', label: 'nav.recommendations', pages: false },
  resource: { uid: 'api::resource.resource', path: 'resources', label: 'nav.resources', pages: true },
  article: { uid: 'api::article.article', path: 'news', label: 'nav.news', pages: true },
  event: { uid: 'api::event.event', path: 'events', label: 'nav.events', pages: true },
  supportService: { uid: 'api::support-service.support-service', path: 'help', label: 'nav.help', pages: false },
} as const

export type SectionType = keyof typeof SECTIONS

/**
 * The path of an entry without the language prefix: its own page (`/news/<slug>`), or, for types
 * shown on one list page, that page with the entry's anchor (`/recommendations#<slug>`), or the
 * list (`/help`).
 */
export function entryPath(type: SectionType, slug: string): string {
  const section = SECTIONS[type]
  if (section.pages) return `/${section.path}/${slug}`
  return type === 'recommendation' ? `/${section.path}#${slug}` : `/${section.path}`
}

/** The section of a content type uid, if its entries have a place on the site. */
export function sectionOfUid(uid: string): SectionType | undefined {
  return (Object.keys(SECTIONS) as SectionType[]).find((type) => SECTIONS[type].uid === uid)
}
