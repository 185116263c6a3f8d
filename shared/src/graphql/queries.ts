import {
  ArticleCard, CampaignCard, EventCard, InitiativeCard, KeyFigureItem, OrganisationSummary, PageInfo,
  PillarSummary, RecommendationItem, ResourceCard, SeoFields, SupportServiceItem,
} from './fragments.js'
import { graphql } from './graphql.js'

/** Site-wide words: name, EU funding disclaimer, footer. */
export const SiteSettingsQuery = graphql(`
  query SiteSettings($locale: I18NLocaleCode) {
    siteSetting(locale: $locale) {
      locale
      siteName
      tagline
      fundingDisclaimer
      footerText
      machineTranslated
      socialLinks { label url }
    }
  }
`)

/** Everything the home page shows, in one request. */
export const HomePageQuery = graphql(`
  query HomePage($locale: I18NLocaleCode, $now: DateTime!) {
    homePage(locale: $locale) {
      locale
      heroTitle
      heroText
      introduction
      joinCallTitle
      joinCallText
      machineTranslated
      seo { ...SeoFields }
    }
    pillars(locale: $locale, sort: "order:asc") { ...PillarSummary description }
    keyRecommendations: recommendations(locale: $locale, filters: { isKey: { eq: true } }, sort: "order:asc", pagination: { limit: 6 }) { ...RecommendationItem }
    featuredInitiatives: initiatives(locale: $locale, filters: { featured: { eq: true } }, sort: "name:asc", pagination: { limit: 6 }) { ...InitiativeCard }
    latestArticles: articles(locale: $locale, sort: "date:desc", pagination: { limit: 3 }) { ...ArticleCard }
    nextEvents: events(locale: $locale, filters: { startsAt: { gte: $now } }, sort: "startsAt:asc", pagination: { limit: 3 }) { ...EventCard }
    keyFigures(locale: $locale, sort: "order:asc", pagination: { limit: 4 }) { ...KeyFigureItem }
  }
`, [SeoFields, PillarSummary, RecommendationItem, InitiativeCard, ArticleCard, EventCard, KeyFigureItem])

export const PillarsQuery = graphql(`
  query Pillars($locale: I18NLocaleCode) {
    pillars(locale: $locale, sort: "order:asc") { ...PillarSummary description order }
  }
`, [PillarSummary])

/** The initiatives directory: filters as the visitor chose them, one page at a time. */
export const InitiativeDirectoryQuery = graphql(`
  query InitiativeDirectory($locale: I18NLocaleCode, $filters: InitiativeFiltersInput, $page: Int = 1, $pageSize: Int = 12, $sort: [String] = ["name:asc"]) {
    initiatives_connection(locale: $locale, filters: $filters, pagination: { page: $page, pageSize: $pageSize }, sort: $sort) {
      nodes { ...InitiativeCard }
      pageInfo { ...PageInfo }
    }
  }
`, [InitiativeCard, PageInfo])

/** One initiative with everything it produced. */
export const InitiativeBySlugQuery = graphql(`
  query InitiativeBySlug($slug: String!, $locale: I18NLocaleCode) {
    initiatives(locale: $locale, filters: { slug: { eq: $slug } }, pagination: { limit: 1 }) {
      ...InitiativeCard
      description
      grantNumber
      website
      contacts(pagination: { limit: 100 }) { channel value label }
      coordinator { ...OrganisationSummary }
      partners(sort: "name:asc", pagination: { limit: 100 }) { ...OrganisationSummary }
      campaigns(sort: "startDate:desc") { ...CampaignCard }
      resources(sort: "publishedOn:desc", pagination: { limit: 50 }) { ...ResourceCard }
      articles(sort: "date:desc", pagination: { limit: 10 }) { ...ArticleCard }
      events(sort: "startsAt:desc", pagination: { limit: 20 }) { ...EventCard }
      recommendations(sort: "order:asc", pagination: { limit: 50 }) { ...RecommendationItem }
      supportServices(sort: "order:asc") { ...SupportServiceItem }
      localizations { locale slug }
      seo { ...SeoFields }
    }
  }
`, [InitiativeCard, OrganisationSummary, CampaignCard, ResourceCard, ArticleCard, EventCard, RecommendationItem, SupportServiceItem, SeoFields])

export const RecommendationsQuery = graphql(`
  query Recommendations($locale: I18NLocaleCode, $filters: RecommendationFiltersInput) {
    recommendations(locale: $locale, filters: $filters, sort: ["order:asc"], pagination: { limit: 100 }) { ...RecommendationItem }
  }
`, [RecommendationItem])

export const CampaignsQuery = graphql(`
  query Campaigns($locale: I18NLocaleCode, $page: Int = 1, $pageSize: Int = 12) {
    campaigns_connection(locale: $locale, sort: "startDate:desc", pagination: { page: $page, pageSize: $pageSize }) {
      nodes { ...CampaignCard initiatives { documentId slug name acronym } }
      pageInfo { ...PageInfo }
    }
  }
`, [CampaignCard, PageInfo])

export const CampaignBySlugQuery = graphql(`
  query CampaignBySlug($slug: String!, $locale: I18NLocaleCode) {
    campaigns(locale: $locale, filters: { slug: { eq: $slug } }, pagination: { limit: 1 }) {
      ...CampaignCard
      description
      initiatives { ...InitiativeCard }
      localizations { locale slug }
      seo { ...SeoFields }
    }
  }
`, [CampaignCard, InitiativeCard, SeoFields])

/** The resource library: filter by type, language, pillar and audience. */
export const ResourceLibraryQuery = graphql(`
  query ResourceLibrary($locale: I18NLocaleCode, $filters: ResourceFiltersInput, $page: Int = 1, $pageSize: Int = 12) {
    resources_connection(locale: $locale, filters: $filters, sort: ["publishedOn:desc", "title:asc"], pagination: { page: $page, pageSize: $pageSize }) {
      nodes { ...ResourceCard initiatives { documentId slug name acronym } }
      pageInfo { ...PageInfo }
    }
  }
`, [ResourceCard, PageInfo])

export const ResourceBySlugQuery = graphql(`
  query ResourceBySlug($slug: String!, $locale: I18NLocaleCode) {
    resources(locale: $locale, filters: { slug: { eq: $slug } }, pagination: { limit: 1 }) {
      ...ResourceCard
      description
      initiatives { ...InitiativeCard }
      recommendations(sort: "order:asc") { ...RecommendationItem }
      localizations { locale slug }
      seo { ...SeoFields }
    }
  }
`, [ResourceCard, InitiativeCard, RecommendationItem, SeoFields])

export const ArticlesQuery = graphql(`
  query Articles($locale: I18NLocaleCode, $filters: ArticleFiltersInput, $page: Int = 1, $pageSize: Int = 10) {
    articles_connection(locale: $locale, filters: $filters, sort: ["date:desc", "title:asc"], pagination: { page: $page, pageSize: $pageSize }) {
      nodes { ...ArticleCard }
      pageInfo { ...PageInfo }
    }
  }
`, [ArticleCard, PageInfo])

export const ArticleBySlugQuery = graphql(`
  query ArticleBySlug($slug: String!, $locale: I18NLocaleCode) {
    articles(locale: $locale, filters: { slug: { eq: $slug } }, pagination: { limit: 1 }) {
      ...ArticleCard
      body
      initiatives { documentId slug name acronym }
      localizations { locale slug }
      seo { ...SeoFields }
    }
  }
`, [ArticleCard, SeoFields])

/** Events from a moment on (upcoming) or before it (past), nearest first. */
export const EventsQuery = graphql(`
  query Events($locale: I18NLocaleCode, $filters: EventFiltersInput, $sort: [String] = ["startsAt:asc"], $page: Int = 1, $pageSize: Int = 20) {
    events_connection(locale: $locale, filters: $filters, sort: $sort, pagination: { page: $page, pageSize: $pageSize }) {
      nodes { ...EventCard }
      pageInfo { ...PageInfo }
    }
  }
`, [EventCard, PageInfo])

export const EventBySlugQuery = graphql(`
  query EventBySlug($slug: String!, $locale: I18NLocaleCode) {
    events(locale: $locale, filters: { slug: { eq: $slug } }, pagination: { limit: 1 }) {
      ...EventCard
      description
      initiatives { documentId slug name acronym }
      localizations { locale slug }
      seo { ...SeoFields }
    }
  }
`, [EventCard, SeoFields])

export const KeyFiguresQuery = graphql(`
  query KeyFigures($locale: I18NLocaleCode) {
    keyFigures(locale: $locale, sort: "order:asc", pagination: { limit: 100 }) { ...KeyFigureItem }
  }
`, [KeyFigureItem])

/** The help finder: services for a country, a group of people and a language. */
export const SupportServicesQuery = graphql(`
  query SupportServices($locale: I18NLocaleCode, $filters: SupportServiceFiltersInput) {
    supportServices(locale: $locale, filters: $filters, sort: ["order:asc", "name:asc"], pagination: { limit: 100 }) { ...SupportServiceItem }
  }
`, [SupportServiceItem])

export const OrganisationsQuery = graphql(`
  query Organisations($filters: OrganisationFiltersInput, $page: Int = 1, $pageSize: Int = 50) {
    organisations_connection(filters: $filters, sort: "name:asc", pagination: { page: $page, pageSize: $pageSize }) {
      nodes { ...OrganisationSummary }
      pageInfo { ...PageInfo }
    }
  }
`, [OrganisationSummary, PageInfo])

/** How many initiatives matching a directory filter work in each country, for the directory's map. */
export const InitiativeCountriesQuery = graphql(`
  query InitiativeCountries($locale: I18NLocaleCode, $filters: InitiativeFiltersInput) {
    initiativeCountryCounts(locale: $locale, filters: $filters) { code count }
  }
`)

/** Site-wide search: the same words looked up in every public type at once. */
export const SiteSearchQuery = graphql(`
  query SiteSearch($locale: I18NLocaleCode, $q: String!, $limit: Int = 10) {
    initiatives(locale: $locale, pagination: { limit: $limit }, filters: { or: [{ name: { containsi: $q } }, { acronym: { containsi: $q } }, { summary: { containsi: $q } }] }) { documentId slug name summary }
    recommendations(locale: $locale, pagination: { limit: $limit }, filters: { statement: { containsi: $q } }) { documentId slug statement }
    resources(locale: $locale, pagination: { limit: $limit }, filters: { or: [{ title: { containsi: $q } }, { summary: { containsi: $q } }] }) { documentId slug title summary }
    articles(locale: $locale, pagination: { limit: $limit }, sort: "date:desc", filters: { or: [{ title: { containsi: $q } }, { excerpt: { containsi: $q } }, { body: { containsi: $q } }] }) { documentId slug title excerpt }
    events(locale: $locale, pagination: { limit: $limit }, sort: "startsAt:desc", filters: { or: [{ title: { containsi: $q } }, { summary: { containsi: $q } }] }) { documentId slug title summary }
    campaigns(locale: $locale, pagination: { limit: $limit }, filters: { or: [{ title: { containsi: $q } }, { summary: { containsi: $q } }] }) { documentId slug title summary }
    supportServices(locale: $locale, pagination: { limit: $limit }, filters: { or: [{ name: { containsi: $q } }, { description: { containsi: $q } }] }) { documentId slug name }
  }
`)

/** Every published page's slug, last change and languages, for the sitemap. */
export const SitemapQuery = graphql(`
  query Sitemap($locale: I18NLocaleCode) {
    initiatives(locale: $locale, pagination: { limit: 100 }) { slug updatedAt localizations { locale } }
    resources(locale: $locale, pagination: { limit: 100 }) { slug updatedAt localizations { locale } }
    articles(locale: $locale, pagination: { limit: 100 }) { slug updatedAt localizations { locale } }
    events(locale: $locale, pagination: { limit: 100 }) { slug updatedAt localizations { locale } }
    campaigns(locale: $locale, pagination: { limit: 100 }) { slug updatedAt localizations { locale } }
  }
`)
