import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { load } from '../load.ts'
import { repoDir, SITE_KEY } from '../platform.ts'
import { metric, type Metric } from '../results.ts'
import type { LoadSettings } from './pages.ts'

/**
 * The site's own GraphQL documents (@sparks/shared/graphql), printed as the site sends them.
 * Loaded from the built shared package by path: the bench measures the contract as it is,
 * without becoming a second consumer with its own copy of the queries.
 */
async function sharedDocuments(): Promise<{ directory: string; bySlug: string }> {
  const sharedDir = path.join(repoDir, 'shared')
  const { print } = createRequire(path.join(sharedDir, 'package.json'))('graphql') as { print(document: unknown): string }
  const { queries } = await import(pathToFileURL(path.join(sharedDir, 'dist/graphql/index.js')).href) as { queries: Record<string, unknown> }
  return { directory: print(queries.InitiativeDirectoryQuery), bySlug: print(queries.InitiativeBySlugQuery) }
}

/** Nested parameters in the bracket notation Strapi's REST API reads (`populate[a][fields][0]=x`). */
export function bracketQuery(value: Record<string, unknown>): string {
  const pairs: string[] = []
  const walk = (node: unknown, key: string) => {
    if (Array.isArray(node)) node.forEach((item, index) => walk(item, `${key}[${index}]`))
    else if (typeof node === 'object' && node !== null) for (const [name, child] of Object.entries(node)) walk(child, key ? `${key}[${name}]` : name)
    else pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(node))}`)
  }
  walk(value, '')
  return pairs.join('&')
}

const MEDIA = { fields: ['url', 'alternativeText', 'width', 'height', 'mime'] }
const PILLAR = { fields: ['key', 'slug', 'name'] }
const ORGANISATION = { fields: ['slug', 'name', 'shortName', 'country', 'type', 'website'] }
const CARD = {
  fields: ['locale', 'slug', 'name', 'acronym', 'summary', 'startDate', 'endDate', 'fundingProgramme', 'featured', 'machineTranslated'],
  populate: { logo: MEDIA, pillars: PILLAR, countries: true, audiences: true },
}

/** The REST request that returns what InitiativeDirectory returns (REST has no derived projectStatus). */
export const restDirectoryPath = (pageSize: number) =>
  `/api/initiatives?${bracketQuery({ locale: 'en', sort: ['name:asc'], pagination: { page: 1, pageSize }, ...CARD })}`

/** The REST request that returns what InitiativeBySlug returns. */
export const restBySlugPath = (slug: string) => `/api/initiatives?${bracketQuery({
  locale: 'en',
  filters: { slug: { $eq: slug } },
  pagination: { limit: 1 },
  fields: [...CARD.fields, 'description', 'grantNumber', 'website'],
  populate: {
    ...CARD.populate,
    contacts: true,
    coordinator: ORGANISATION,
    partners: { ...ORGANISATION, sort: ['name:asc'] },
    campaigns: { sort: ['startDate:desc'], populate: { cover: MEDIA, audiences: true, countries: true, languages: true, callToAction: true } },
    resources: { sort: ['publishedOn:desc'], populate: { languages: true, pillars: PILLAR, audiences: true, file: MEDIA } },
    articles: { sort: ['date:desc'], populate: { cover: MEDIA, pillars: PILLAR } },
    events: { sort: ['startsAt:desc'], populate: { organiser: ORGANISATION } },
    recommendations: { sort: ['order:asc'], populate: { pillar: PILLAR, addressees: true, sourceResource: { fields: ['slug', 'title'] }, initiatives: { fields: ['slug', 'name', 'acronym'] } } },
    supportServices: { sort: ['order:asc'], populate: { helpAudiences: true, countries: true, languages: true, channels: true, initiative: { fields: ['slug', 'name', 'acronym'] } } },
    localizations: { fields: ['locale', 'slug'] },
    seo: { populate: { shareImage: MEDIA } },
  },
})}`

const headers = { 'x-sparks-site-key': SITE_KEY }
const graphqlRequest = (query: string, variables: Record<string, unknown>) => ({
  method: 'POST' as const,
  headers: { ...headers, 'content-type': 'application/json' },
  body: JSON.stringify({ query, variables }),
})

async function ensureAnswer(response: Response, what: string): Promise<unknown> {
  const body = await response.json() as { data?: unknown; errors?: unknown }
  if (!response.ok || body.errors || !body.data) throw new Error(`${what} failed (${response.status}): ${JSON.stringify(body).slice(0, 300)}`)
  return body.data
}

/** GraphQL (POST, uncached) against REST for the same data, side by side. */
export async function measureGraphqlVsRest(cmsUrl: string, slug: string, settings: LoadSettings): Promise<Metric[]> {
  const documents = await sharedDocuments()
  const directory = graphqlRequest(documents.directory, { locale: 'en', page: 1, pageSize: 12 })
  const detail = graphqlRequest(documents.bySlug, { locale: 'en', slug })
  // Both must answer with data before their speed means anything.
  await ensureAnswer(await fetch(`${cmsUrl}/graphql`, directory), 'GraphQL InitiativeDirectory')
  await ensureAnswer(await fetch(`${cmsUrl}/graphql`, detail), 'GraphQL InitiativeBySlug')
  await ensureAnswer(await fetch(`${cmsUrl}${restDirectoryPath(12)}`, { headers }), 'REST directory')
  await ensureAnswer(await fetch(`${cmsUrl}${restBySlugPath(slug)}`, { headers }), 'REST initiative by slug')

  const gqlDirectory = await load({ url: `${cmsUrl}/graphql`, ...settings, ...directory })
  const restDirectory = await load({ url: `${cmsUrl}${restDirectoryPath(12)}`, ...settings, headers })
  const gqlDetail = await load({ url: `${cmsUrl}/graphql`, ...settings, ...detail })
  const restDetail = await load({ url: `${cmsUrl}${restBySlugPath(slug)}`, ...settings, headers })
  const p50s = (a: { p50: number }, b: { p50: number }) => `p50 ${a.p50} ms vs ${b.p50} ms`
  return [
    metric({ id: 'api.directory.throughput', label: 'GraphQL InitiativeDirectory (12 per page)', value: gqlDirectory.requestsPerSecond, unit: 'req/s', baseline: { label: 'REST, same data', value: restDirectory.requestsPerSecond }, budget: { kind: 'ratio-at-least', limit: 0.8 }, note: p50s(gqlDirectory, restDirectory) }),
    metric({ id: 'api.detail.throughput', label: 'GraphQL InitiativeBySlug', value: gqlDetail.requestsPerSecond, unit: 'req/s', baseline: { label: 'REST, same data', value: restDetail.requestsPerSecond }, budget: { kind: 'ratio-at-least', limit: 0.8 }, note: p50s(gqlDetail, restDetail) }),
  ]
}

async function statements(response: Response, what: string): Promise<number> {
  await ensureAnswer(response, what)
  const count = Number(response.headers.get('x-sql-statements'))
  if (!Number.isInteger(count) || count <= 0) throw new Error(`${what}: no x-sql-statements header (is CMS_COUNT_SQL_STATEMENTS on?)`)
  return count
}

/** SQL statements per request at page sizes 10 and 100; equal counts mean no N+1. */
export async function measureStatements(cmsUrl: string): Promise<Metric[]> {
  const documents = await sharedDocuments()
  const graphql = (pageSize: number) => fetch(`${cmsUrl}/graphql`, graphqlRequest(documents.directory, { locale: 'en', page: 1, pageSize }))
  const rest = (pageSize: number) => fetch(`${cmsUrl}${restDirectoryPath(pageSize)}`, { headers })
  const gql10 = await statements(await graphql(10), 'GraphQL directory, 10')
  const gql100 = await statements(await graphql(100), 'GraphQL directory, 100')
  const rest10 = await statements(await rest(10), 'REST directory, 10')
  const rest100 = await statements(await rest(100), 'REST directory, 100')
  return [
    metric({ id: 'sql.graphql.directory', label: 'SQL statements, GraphQL directory of 100', value: gql100, unit: '', baseline: { label: 'page of 10', value: gql10 }, budget: { kind: 'equal-to-baseline' } }),
    metric({ id: 'sql.rest.directory', label: 'SQL statements, REST directory of 100', value: rest100, unit: '', baseline: { label: 'page of 10', value: rest10 }, budget: { kind: 'equal-to-baseline' } }),
  ]
}
