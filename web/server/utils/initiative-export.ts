import type { H3Event } from 'h3'
import { FUNDING_PROGRAMME_LABELS } from '@sparks/shared'
import { queries } from '@sparks/shared/graphql'
import { directoryFilters, readDirectoryChoices } from '~~/shared/directory-filters'

export interface ExportedInitiative {
  name: string
  acronym: string
  slug: string
  url: string
  status: string
  pillars: string[]
  fundingProgramme: string
  startDate: string
  endDate: string
  countries: string[]
  audiences: string[]
  summary: string
  language: string
}

/** Every initiative matching the directory's filters (the same URL parameters), page by page. */
export async function exportInitiatives(event: H3Event): Promise<ExportedInitiative[]> {
  const locale = localeParam(getRouterParam(event, 'locale'))
  const filters = directoryFilters(readDirectoryChoices(getQuery(event)), new Date().toISOString().slice(0, 10))
  const base = siteUrl()
  const rows: ExportedInitiative[] = []
  for (let page = 1; page <= 100; page += 1) {
    const data = await cmsQuery(queries.InitiativeDirectoryQuery, { locale, filters, page, pageSize: 100 })
    const connection = data.initiatives_connection
    for (const initiative of connection?.nodes ?? []) {
      if (!initiative) continue
      rows.push({
        name: initiative.name,
        acronym: initiative.acronym ?? '',
        slug: initiative.slug,
        url: `${base}/${locale}/initiatives/${initiative.slug}`,
        status: initiative.projectStatus,
        pillars: initiative.pillars.map((pillar) => pillar!.key),
        fundingProgramme: initiative.fundingProgramme ? FUNDING_PROGRAMME_LABELS[initiative.fundingProgramme] : '',
        startDate: initiative.startDate ?? '',
        endDate: initiative.endDate ?? '',
        countries: (initiative.countries ?? []).map((country) => country!.code),
        audiences: (initiative.audiences ?? []).map((audience) => audience!.group),
        summary: initiative.summary,
        language: initiative.locale ?? locale,
      })
    }
    if (!connection || page >= connection.pageInfo.pageCount) break
  }
  return rows
}

/** RFC 4180 CSV; a cell that starts like a formula is prefixed so spreadsheets show it as text. */
export function toCsv(rows: ExportedInitiative[]): string {
  const columns = ['name', 'acronym', 'slug', 'url', 'status', 'pillars', 'fundingProgramme', 'startDate', 'endDate', 'countries', 'audiences', 'summary', 'language'] as const
  const cell = (value: string | string[]) => {
    let text = Array.isArray(value) ? value.join(';') : value
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
  }
  return `${[columns.join(','), ...rows.map((row) => columns.map((column) => cell(row[column])).join(','))].join('\r\n')}\r\n`
}
