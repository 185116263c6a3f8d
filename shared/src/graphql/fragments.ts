import { graphql } from './graphql.js'

export const MediaFields = graphql(`
  fragment MediaFields on UploadFile {
    url
    alternativeText
    width
    height
    mime
  }
`)

export const PillarSummary = graphql(`
  fragment PillarSummary on Pillar {
    documentId
    locale
    key
    slug
    name
  }
`)

export const OrganisationSummary = graphql(`
  fragment OrganisationSummary on Organisation {
    documentId
    slug
    name
    shortName
    country
    type
    website
  }
`)

export const InitiativeCard = graphql(`
  fragment InitiativeCard on Initiative {
    documentId
    locale
    slug
    name
    acronym
    summary
    startDate
    endDate
    projectStatus
    fundingProgramme
    featured
    machineTranslated
    logo { ...MediaFields }
    pillars { ...PillarSummary }
    countries(pagination: { limit: 100 }) { code }
    audiences(pagination: { limit: 100 }) { group }
  }
`, [MediaFields, PillarSummary])

export const ResourceCard = graphql(`
  fragment ResourceCard on Resource {
    documentId
    locale
    slug
    title
    type
    summary
    url
    publishedOn
    licence
    machineTranslated
    languages(pagination: { limit: 100 }) { code }
    pillars { ...PillarSummary }
    audiences(pagination: { limit: 100 }) { group }
    file { ...MediaFields }
  }
`, [MediaFields, PillarSummary])

export const ArticleCard = graphql(`
  fragment ArticleCard on Article {
    documentId
    locale
    slug
    title
    excerpt
    date
    machineTranslated
    cover { ...MediaFields }
    pillars { ...PillarSummary }
  }
`, [MediaFields, PillarSummary])

export const EventCard = graphql(`
  fragment EventCard on Event {
    documentId
    locale
    slug
    title
    summary
    startsAt
    endsAt
    allDay
    timeZone
    format
    venue
    city
    country
    onlineUrl
    registrationUrl
    attendance
    machineTranslated
    organiser { ...OrganisationSummary }
  }
`, [OrganisationSummary])

export const CampaignCard = graphql(`
  fragment CampaignCard on Campaign {
    documentId
    locale
    slug
    title
    summary
    startDate
    endDate
    machineTranslated
    cover { ...MediaFields }
    audiences(pagination: { limit: 100 }) { group }
    countries(pagination: { limit: 100 }) { code }
    languages(pagination: { limit: 100 }) { code }
    callToAction { label url }
  }
`, [MediaFields])

export const RecommendationItem = graphql(`
  fragment RecommendationItem on Recommendation {
    documentId
    locale
    slug
    statement
    rationale
    isKey
    order
    machineTranslated
    pillar { ...PillarSummary }
    addressees(pagination: { limit: 100 }) { group }
    sourceResource { documentId slug title }
    initiatives { documentId slug name acronym }
  }
`, [PillarSummary])

export const KeyFigureItem = graphql(`
  fragment KeyFigureItem on KeyFigure {
    documentId
    locale
    slug
    label
    value
    unit
    year
    place
    sourceName
    sourceUrl
    note
    order
    machineTranslated
    pillar { ...PillarSummary }
  }
`, [PillarSummary])

export const SupportServiceItem = graphql(`
  fragment SupportServiceItem on SupportService {
    documentId
    locale
    slug
    name
    description
    anonymous
    free
    hours
    url
    order
    machineTranslated
    helpAudiences(pagination: { limit: 100 }) { group }
    countries(pagination: { limit: 100 }) { code }
    languages(pagination: { limit: 100 }) { code }
    channels(pagination: { limit: 100 }) { channel value label }
    initiative { documentId slug name acronym }
  }
`)

export const SeoFields = graphql(`
  fragment SeoFields on ComponentSharedSeo {
    metaTitle
    metaDescription
    shareImage { ...MediaFields }
  }
`, [MediaFields])

export const PageInfo = graphql(`
  fragment PageInfo on Pagination {
    total
    page
    pageSize
    pageCount
  }
`)
