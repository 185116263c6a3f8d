// A partner project's page: the published initiatives of one pillar, in one language, with the
// English text where a translation is missing. Uses only the published client and documents.
//
//   SPARKS_API=https://cms.example.org/graphql node render-initiatives.ts --pillar prevention --locale de > initiatives.html
import { parseArgs } from 'node:util'
import { createSparksClient, SparksApiError } from '@sparks/shared/client'
import { graphql, type ResultOf } from '@sparks/shared/graphql'

const InitiativesOfPillar = graphql(`
  query InitiativesOfPillar($locale: I18NLocaleCode, $pillar: String!) {
    initiatives(locale: $locale, filters: { pillars: { key: { eq: $pillar } } }, sort: "name:asc", pagination: { limit: 100 }) {
      documentId
      slug
      name
      summary
      website
      locale
    }
  }
`)
type Initiative = ResultOf<typeof InitiativesOfPillar>['initiatives'][number]

export async function renderInitiatives(api: string, pillar: string, locale: string): Promise<string> {
  const client = createSparksClient({ url: api })
  const [translated, english] = await Promise.all([
    client.query(InitiativesOfPillar, { locale, pillar }),
    locale === 'en' ? Promise.resolve({ initiatives: [] }) : client.query(InitiativesOfPillar, { locale: 'en', pillar }),
  ])
  // Every initiative exists in English; show the translation where there is one.
  const byDocument = new Map<string, NonNullable<Initiative>>()
  for (const initiative of [...english.initiatives, ...translated.initiatives]) if (initiative) byDocument.set(initiative.documentId, initiative)
  const escape = (text: string) => text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`)
  const items = [...byDocument.values()]
    .sort((a, b) => a.name.localeCompare(b.name, locale))
    .map((initiative) => `  <li lang="${initiative.locale}"><h2>${escape(initiative.name)}</h2><p>${escape(initiative.summary)}</p></li>`)
  return `<ul class="sparks-initiatives" data-pillar="${escape(pillar)}">\n${items.join('\n')}\n</ul>\n`
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { pillar: { type: 'string', default: 'prevention' }, locale: { type: 'string', default: 'en' } } })
  const api = process.env.SPARKS_API ?? 'http://127.0.0.1:1337/graphql'
  try {
    process.stdout.write(await renderInitiatives(api, values.pillar, values.locale))
  } catch (error) {
    if (error instanceof SparksApiError) {
      console.error(`Sparks API (${error.kind}${error.status ? `, ${error.status}` : ''}): ${error.message}`)
      process.exit(1)
    }
    throw error
  }
}
