import { expect } from 'vitest'
import { queries as documents } from '@sparks/shared/graphql'

const today = new Date().toISOString().slice(0, 10)
export type Document = (typeof documents)[keyof typeof documents]

/** Every shared query, with the variables the site sends, and what the seeded data must give. */
export const sharedDocumentCases: Array<{ name: string; document: Document; variables: Record<string, unknown>; check: (data: any) => void }> = [
  { name: 'SiteSettings', document: documents.SiteSettingsQuery, variables: { locale: 'en' }, check: (data) => expect(data.siteSetting.fundingDisclaimer).toMatch(/European Union/) },
  {
    name: 'HomePage', document: documents.HomePageQuery, variables: { locale: 'en', now: new Date().toISOString() },
    check: (data) => {
      expect(data.homePage.heroTitle.length).toBeGreaterThan(0)
      expect(data.pillars.map((pillar: any) => pillar.key)).toEqual(['prevention', 'detection', 'investigation', 'victim_support'])
      expect(data.keyRecommendations.length).toBeGreaterThanOrEqual(3)
      expect(data.featuredInitiatives.length).toBeGreaterThanOrEqual(1)
      expect(data.latestArticles.length).toBe(3)
      expect(data.keyFigures.every((figure: any) => figure.sourceName.length > 0)).toBe(true)
    },
  },
  { name: 'Pillars', document: documents.PillarsQuery, variables: { locale: 'cs' }, check: (data) => expect(data.pillars.find((pillar: any) => pillar.key === 'prevention').name).toBe('Prevence') },
  {
    name: 'InitiativeDirectory', document: documents.InitiativeDirectoryQuery, variables: { locale: 'en', pageSize: 5 },
    check: (data) => {
      expect(data.initiatives_connection.pageInfo.total).toBeGreaterThanOrEqual(12)
      expect(data.initiatives_connection.pageInfo.pageSize).toBe(5)
      expect(data.initiatives_connection.nodes).toHaveLength(5)
    },
  },
  {
    name: 'InitiativeDirectory filtered by pillar and country', document: documents.InitiativeDirectoryQuery,
    variables: { locale: 'en', filters: { pillars: { key: { eq: 'prevention' } }, countries: { code: { eq: 'CZ' } } } },
    check: (data) => {
      const slugs = data.initiatives_connection.nodes.map((node: any) => node.slug)
      expect(slugs).toContain('bridge')
      expect(slugs).not.toContain('ensemble')
    },
  },
  {
    name: 'InitiativeBySlug', document: documents.InitiativeBySlugQuery, variables: { slug: 'bridge', locale: 'en' },
    check: (data) => {
      const [initiative] = data.initiatives
      expect(initiative.acronym).toBe('BRIDGE')
      expect(initiative.partners.map((partner: any) => partner.slug)).toContain('nudz')
      expect(initiative.supportServices.length).toBeGreaterThanOrEqual(1)
      expect(initiative.localizations.map((localization: any) => localization.locale)).toContain('cs')
    },
  },
  {
    name: 'InitiativeCountries', document: documents.InitiativeCountriesQuery, variables: { locale: 'en', filters: { pillars: { key: { eq: 'prevention' } } } },
    check: (data) => {
      const counts = Object.fromEntries(data.initiativeCountryCounts.map((row: any) => [row.code, row.count]))
      expect(counts.CZ).toBeGreaterThanOrEqual(1)
      expect(counts.BF).toBeGreaterThanOrEqual(1)
    },
  },
  { name: 'InitiativeBySlug in Czech', document: documents.InitiativeBySlugQuery, variables: { slug: 'bridge', locale: 'cs' }, check: (data) => expect(data.initiatives[0].locale).toBe('cs') },
  { name: 'InitiativeBySlug, unknown', document: documents.InitiativeBySlugQuery, variables: { slug: 'no-such-initiative', locale: 'en' }, check: (data) => expect(data.initiatives).toEqual([]) },
  {
    name: 'Recommendations', document: documents.RecommendationsQuery, variables: { locale: 'en', filters: { isKey: { eq: true } } },
    check: (data) => {
      expect(data.recommendations.length).toBeGreaterThanOrEqual(9)
      expect(new Set(data.recommendations.map((recommendation: any) => recommendation.pillar.key))).toEqual(new Set(['prevention', 'detection', 'victim_support']))
    },
  },
  { name: 'Campaigns', document: documents.CampaignsQuery, variables: { locale: 'en' }, check: (data) => expect(data.campaigns_connection.nodes.length).toBeGreaterThanOrEqual(1) },
  { name: 'CampaignBySlug', document: documents.CampaignBySlugQuery, variables: { locale: 'en', slug: 'united-for-child-safety' }, check: (data) => expect(data.campaigns[0].initiatives.length).toBeGreaterThanOrEqual(1) },
  {
    name: 'ResourceLibrary filtered by language', document: documents.ResourceLibraryQuery, variables: { locale: 'en', filters: { languages: { code: { eq: 'cs' } } } },
    check: (data) => {
      expect(data.resources_connection.nodes.length).toBeGreaterThanOrEqual(1)
      for (const resource of data.resources_connection.nodes) expect(resource.languages.map((language: any) => language.code)).toContain('cs')
    },
  },
  {
    name: 'ResourceBySlug', document: documents.ResourceBySlugQuery, variables: { locale: 'en', slug: 'voice-insights-brief' },
    check: (data) => {
      expect(data.resources[0].type).toBe('insights_brief')
      expect(data.resources[0].initiatives.map((initiative: any) => initiative.slug)).toContain('voice')
    },
  },
  { name: 'Articles', document: documents.ArticlesQuery, variables: { locale: 'en' }, check: (data) => expect(data.articles_connection.pageInfo.total).toBeGreaterThanOrEqual(5) },
  {
    name: 'ArticleBySlug', document: documents.ArticleBySlugQuery, variables: { locale: 'en', slug: 'sparks-in-the-dark-launch' },
    check: (data) => expect(data.articles[0].body.length).toBeGreaterThan(200),
  },
  {
    name: 'Events before today', document: documents.EventsQuery, variables: { locale: 'en', filters: { startsAt: { lt: `${today}T00:00:00.000Z` } }, sort: ['startsAt:desc'] },
    check: (data) => {
      const prague = data.events_connection.nodes.find((event: any) => event.country === 'CZ' && event.allDay)
      expect(prague.startsAt).toBe('2024-03-17T23:00:00.000Z')
      expect(prague.timeZone).toBe('Europe/Prague')
    },
  },
  { name: 'EventBySlug, unknown', document: documents.EventBySlugQuery, variables: { locale: 'en', slug: 'nothing-here' }, check: (data) => expect(data.events).toEqual([]) },
  {
    name: 'KeyFigures', document: documents.KeyFiguresQuery, variables: { locale: 'en' },
    check: (data) => {
      const ncmec = data.keyFigures.find((figure: any) => /CyberTipline/i.test(figure.label + figure.sourceName))
      expect(ncmec.value).toBeGreaterThanOrEqual(32_000_000)
      expect(ncmec.year).toBe(2022)
      for (const figure of data.keyFigures) expect(figure.sourceName.length).toBeGreaterThan(0)
    },
  },
  {
    name: 'SupportServices for Slovakia', document: documents.SupportServicesQuery,
    variables: { locale: 'en', filters: { countries: { code: { eq: 'SK' } } } },
    check: (data) => {
      const phones = data.supportServices.flatMap((service: any) => service.channels.filter((channel: any) => channel.channel === 'phone').map((channel: any) => channel.value))
      expect(phones).toEqual(expect.arrayContaining(['116 111', '116 000']))
    },
  },
  {
    name: 'SupportServices for people worried about their own thoughts', document: documents.SupportServicesQuery,
    variables: { locale: 'cs', filters: { helpAudiences: { group: { eq: 'worried_about_own_thoughts' } } } },
    check: (data) => expect(data.supportServices.length).toBeGreaterThanOrEqual(2),
  },
  {
    name: 'SiteSearch', document: documents.SiteSearchQuery, variables: { locale: 'en', q: 'CSAM' },
    check: (data) => {
      expect(data.initiatives.map((initiative: any) => initiative.slug)).toContain('bridge')
      expect(data.articles.length).toBeGreaterThanOrEqual(1)
      expect(Object.keys(data)).toHaveLength(7)
    },
  },
  {
    name: 'Sitemap', document: documents.SitemapQuery, variables: { locale: 'en' },
    check: (data) => {
      expect(data.initiatives).toHaveLength(12)
      expect(data.articles.every((article: any) => typeof article.updatedAt === 'string')).toBe(true)
    },
  },
  { name: 'Organisations', document: documents.OrganisationsQuery, variables: {}, check: (data) => expect(data.organisations_connection.pageInfo.total).toBeGreaterThanOrEqual(5) },
]
