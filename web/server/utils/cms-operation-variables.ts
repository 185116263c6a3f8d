import { AUDIENCES, COUNTRIES, FUNDING_PROGRAMMES, HELP_AUDIENCES, LANGUAGES, PILLARS, RESOURCE_TYPES } from '@sparks/shared'
import type { queries } from '@sparks/shared/graphql'
import { z } from 'zod'

// What the browser may ask `/api/cms/<operation>` for: exactly the variables the site's pages
// send (see app/pages and web/shared/directory-filters.ts), values from the shared enums, page
// sizes fixed. Anything else is a 400, so nobody can use the site's CMS key (exempt from the
// CMS's own limit) for queries of their choosing. An operation no page sends is not listed: 404.

const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS

type Enum = readonly [string, ...string[]]
const eq = (values: Enum) => z.strictObject({ eq: z.enum(values) })
const text = z.string().trim().min(1).max(100)
const page = z.number().int().min(1).max(9999)
const slug = z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,198}[a-z0-9])?$/, 'a slug is lower-case letters, digits and hyphens')

/** An ISO time on the hour, within two hours of now: the pages' `now`, rounded so caches agree. */
const currentHour = z.iso.datetime().refine((value) => {
  const time = Date.parse(value)
  return time % HOUR_MS === 0 && Math.abs(time - Date.now()) <= 2 * HOUR_MS
}, 'must be the current hour')

/** `YYYY-MM-DD` within a day of today (the directory's status filters). */
const today = z.iso.date().refine((value) => Math.abs(Date.parse(value) - Date.now()) <= 2 * DAY_MS, 'must be today')

/** `{}` or `{ and: [clause, …] }`, as the pages' filter builders write them. */
const conjunction = (clause: z.ZodType) => z.union([z.strictObject({}), z.strictObject({ and: z.array(clause).min(1).max(8) })])

const contains = (field: string) => z.strictObject({ [field]: z.strictObject({ containsi: text }) })

/** The directory's text search: one phrase in name, acronym or summary (directory-filters.ts). */
const directoryTextSearch = z.strictObject({ or: z.tuple([contains('name'), contains('acronym'), contains('summary')]) })
  .refine(({ or }) => new Set(or.map((clause) => Object.values(clause)[0]?.containsi)).size === 1, 'one phrase for every field')

const directoryClause = z.union([
  directoryTextSearch,
  z.strictObject({ pillars: z.strictObject({ key: eq(PILLARS) }) }),
  z.strictObject({ fundingProgramme: eq(FUNDING_PROGRAMMES) }),
  z.strictObject({ countries: z.strictObject({ code: eq(COUNTRIES) }) }),
  z.strictObject({ audiences: z.strictObject({ group: eq(AUDIENCES) }) }),
  z.strictObject({ startDate: z.strictObject({ gt: today }) }),
  z.strictObject({ endDate: z.strictObject({ lt: today }) }),
  z.strictObject({ or: z.tuple([z.strictObject({ startDate: z.strictObject({ null: z.literal(true) }) }), z.strictObject({ startDate: z.strictObject({ lte: today }) })]) }),
  z.strictObject({ or: z.tuple([z.strictObject({ endDate: z.strictObject({ null: z.literal(true) }) }), z.strictObject({ endDate: z.strictObject({ gte: today }) })]) }),
])

const resourceClause = z.union([
  z.strictObject({ type: eq(RESOURCE_TYPES) }),
  z.strictObject({ languages: z.strictObject({ code: eq(LANGUAGES) }) }),
  z.strictObject({ pillars: z.strictObject({ key: eq(PILLARS) }) }),
  z.strictObject({ audiences: z.strictObject({ group: eq(AUDIENCES) }) }),
])

const supportClause = z.union([
  z.strictObject({ countries: z.strictObject({ code: eq(COUNTRIES) }) }),
  z.strictObject({ helpAudiences: z.strictObject({ group: eq(HELP_AUDIENCES) }) }),
  z.strictObject({ languages: z.strictObject({ code: eq(LANGUAGES) }) }),
])

const none = z.strictObject({})
const bySlug = z.strictObject({ slug })

export const operationVariables = {
  SiteSettingsQuery: none,
  HomePageQuery: z.strictObject({ now: currentHour }),
  PillarsQuery: none,
  KeyFiguresQuery: none,
  RecommendationsQuery: none,
  InitiativeDirectoryQuery: z.strictObject({ filters: conjunction(directoryClause), page, pageSize: z.literal(12) }),
  InitiativeCountriesQuery: z.strictObject({ filters: conjunction(directoryClause) }),
  ResourceLibraryQuery: z.strictObject({ filters: conjunction(resourceClause), page }),
  ArticlesQuery: z.strictObject({ page }),
  CampaignsQuery: z.strictObject({ page }),
  EventsQuery: z.union([
    z.strictObject({ filters: z.strictObject({ startsAt: z.strictObject({ gte: currentHour }) }), sort: z.tuple([z.literal('startsAt:asc')]) }),
    z.strictObject({ filters: z.strictObject({ startsAt: z.strictObject({ lt: currentHour }) }), sort: z.tuple([z.literal('startsAt:desc')]) }),
  ]),
  SupportServicesQuery: z.strictObject({ filters: conjunction(supportClause) }),
  SiteSearchQuery: z.strictObject({ q: z.string().trim().min(2).max(100) }),
  InitiativeBySlugQuery: bySlug,
  CampaignBySlugQuery: bySlug,
  ResourceBySlugQuery: bySlug,
  ArticleBySlugQuery: bySlug,
  EventBySlugQuery: bySlug,
} satisfies Partial<Record<keyof typeof queries, z.ZodType>>

export type BrowserOperation = keyof typeof operationVariables

export const isBrowserOperation = (name: string | undefined): name is BrowserOperation =>
  name !== undefined && Object.hasOwn(operationVariables, name)

/** The variables a page sent, checked; a 400 that says what is wrong otherwise. */
export function browserVariables(name: BrowserOperation, variables: Record<string, unknown>): Record<string, unknown> {
  const parsed = operationVariables[name].safeParse(variables)
  if (parsed.success) return parsed.data as Record<string, unknown>
  const problem = parsed.error.issues[0]
  const at = problem?.path.length ? ` at ${problem.path.join('.')}` : ''
  throw createError({ statusCode: 400, statusMessage: `Variables not accepted for ${name}${at}: ${problem?.message ?? 'invalid'}` })
}
