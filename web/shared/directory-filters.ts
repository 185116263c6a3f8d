import { AUDIENCES, COUNTRIES, FUNDING_PROGRAMMES, INITIATIVE_STATUSES, PILLARS } from '@sparks/shared'
import type { FiltersOf } from './filters-input'
import { pickChoice as pick, pickPage } from './url-choices'

/** The directory's choices as they stand in the URL, so a result can be shared as a link. */
export interface DirectoryChoices {
  q?: string
  pillar?: string
  programme?: string
  country?: string
  status?: string
  audience?: string
  page: number
}

/** Reads the URL query; anything unknown is dropped rather than sent to the CMS. */
export function readDirectoryChoices(query: Record<string, unknown>): DirectoryChoices {
  const text = typeof query.q === 'string' ? query.q.trim().slice(0, 100) : ''
  return {
    q: text || undefined,
    pillar: pick(PILLARS, query.pillar),
    programme: pick(FUNDING_PROGRAMMES, query.programme),
    country: pick(COUNTRIES, query.country),
    status: pick(INITIATIVE_STATUSES, query.status),
    audience: pick(AUDIENCES, query.audience),
    page: pickPage(query.page),
  }
}

export type InitiativeFilters = FiltersOf<'InitiativeDirectoryQuery'>

/** GraphQL `InitiativeFiltersInput` for the choices; `today` is ISO `YYYY-MM-DD`. */
export function directoryFilters(choices: DirectoryChoices, today: string, { withCountry = true } = {}): InitiativeFilters {
  const and: InitiativeFilters[] = []
  if (choices.q) {
    and.push({ or: [{ name: { containsi: choices.q } }, { acronym: { containsi: choices.q } }, { summary: { containsi: choices.q } }] })
  }
  if (choices.pillar) and.push({ pillars: { key: { eq: choices.pillar } } })
  if (choices.programme) and.push({ fundingProgramme: { eq: choices.programme } })
  if (withCountry && choices.country) and.push({ countries: { code: { eq: choices.country } } })
  if (choices.audience) and.push({ audiences: { group: { eq: choices.audience } } })
  if (choices.status === 'planned') and.push({ startDate: { gt: today } })
  if (choices.status === 'completed') and.push({ endDate: { lt: today } })
  if (choices.status === 'ongoing') {
    and.push({ or: [{ startDate: { null: true } }, { startDate: { lte: today } }] })
    and.push({ or: [{ endDate: { null: true } }, { endDate: { gte: today } }] })
  }
  return and.length ? { and } : {}
}
