// Fills a throw-away CMS database with a large generated data set for `pnpm bench`: published
// initiatives in several locales, resources and news articles linked to them. The pillars' extra
// locales and the organisations go through Strapi's document service; the bulk is written with
// batched SQL inserts (bench-data/sql-writer.ts), the same rows the document service writes, in
// minutes instead of hours. `--writer documents` writes the bulk through the document service
// too: the slow reference the SQL writer is checked against (bench/test/bench-data.test.ts).
// Run from cms/ after `strapi build`, with DATABASE_FILENAME (or DATABASE_URL) pointing at the
// throw-away database:
//   node scripts/generate-bench-data.ts --initiatives 2000 --resources 5000 --articles 5000 --locales en,cs,de,fr,pl
// The text is plain filler that says it was generated; nothing resembles real cases.
import { createRequire } from 'node:module'
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { Core, UID } from '@strapi/strapi'
import { documentServiceWriter, progress, type NewDocument } from './bench-data/writers.ts'
import { sqlWriter } from './bench-data/sql-writer.ts'
import { AUDIENCES, EU_COUNTRIES, FUNDING_PROGRAMMES, LANGUAGES, PILLARS, RESOURCE_TYPES } from '@sparks/shared'

const { values } = parseArgs({
  options: {
    initiatives: { type: 'string', default: '2000' },
    resources: { type: 'string', default: '5000' },
    articles: { type: 'string', default: '5000' },
    organisations: { type: 'string', default: '60' },
    locales: { type: 'string', default: 'en,cs,de,fr,pl' },
    writer: { type: 'string', default: 'sql' },
  },
})
const count = (name: keyof typeof values) => {
  const value = Number(values[name])
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number, not "${values[name]}"`)
  return value
}
const sizes = { initiatives: count('initiatives'), resources: count('resources'), articles: count('articles'), organisations: count('organisations') }
const locales = String(values.locales).split(',').filter(Boolean)
if (locales[0] !== 'en') throw new Error('--locales must start with en, the default locale every entry is created in')
// Never the developer's own database (the default when neither is set): this one is thrown away.
if (!process.env.DATABASE_FILENAME && !process.env.DATABASE_URL && !process.env.DATABASE_NAME) throw new Error('Set DATABASE_FILENAME (or DATABASE_URL) to the throw-away database to fill.')
if (values.writer !== 'sql' && values.writer !== 'documents') throw new Error(`--writer must be sql or documents, not "${values.writer}"`)

const INITIATIVE: UID.ContentType = 'api::initiative.initiative'
const RESOURCE: UID.ContentType = 'api::resource.resource'
const ARTICLE: UID.ContentType = 'api::article.article'
const PILLAR: UID.ContentType = 'api::pillar.pillar'
const ORGANISATION: UID.ContentType = 'api::organisation.organisation'
const AUDIT: UID.ContentType = 'api::audit-entry.audit-entry'

/** A fixed pseudo-random sequence, so every run generates the same data set. */
function sequence(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
  return {
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    some: <T>(items: readonly T[], most: number): T[] => [...new Set(Array.from({ length: 1 + Math.floor(next() * most) }, () => items[Math.floor(next() * items.length)] as T))],
    int: (below: number) => Math.floor(next() * below),
  }
}
const random = sequence(7)
const pad = (n: number) => String(n).padStart(5, '0')
const paragraph = (subject: string, locale: string) =>
  `${subject} is generated test data for measuring the platform (${locale}). It stands in for a real entry of the same size: `
  + 'a description of the aims, the partners, the methods and the results, written in a few paragraphs.\n\n'
  + 'The second paragraph adds length, as real descriptions have, so that pages render a realistic amount of text.'

// Strapi is CommonJS and reads the built app from dist/ (the bench builds it first).
const appDir = path.resolve(import.meta.dirname, '..')
const require = createRequire(import.meta.url)
const { createStrapi } = require('@strapi/strapi') as typeof import('@strapi/strapi')

const strapi: Core.Strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).load()

const started = Date.now()
const documents = (uid: UID.ContentType) => strapi.documents(uid) as unknown as {
  create(params: object): Promise<{ documentId: string }>
  update(params: object): Promise<unknown>
  findMany(params: object): Promise<Array<{ documentId: string; key?: string; slug?: string; order?: number }>>
}
/** One transaction per batch: SQLite commits once instead of once per statement. */
async function inBatches(total: number, label: string, write: (index: number) => Promise<void>) {
  const batch = 100
  for (let from = 0; from < total; from += batch) {
    await strapi.db.transaction(async () => {
      for (let index = from; index < Math.min(total, from + batch); index += 1) await write(index)
    })
    progress(label, Math.min(total, from + batch), total)
  }
}
// The project's audit middleware records every create and added locale; the SQL writer writes the same records.
const writer = values.writer === 'documents' ? documentServiceWriter(strapi) : sqlWriter(strapi, { audit: AUDIT })

try {
  // The demo content (seeded on load) has the pillars in English and Czech; the bench locales need them all.
  const pillars = await documents(PILLAR).findMany({ locale: 'en', status: 'published', fields: ['key', 'slug', 'order'] })
  if (pillars.length !== PILLARS.length) throw new Error('The pillars are missing: load the CMS with SEED_DEMO_CONTENT=true first.')
  for (const locale of locales.slice(1)) {
    const present = new Set((await documents(PILLAR).findMany({ locale, status: 'published', fields: ['key'] })).map((pillar) => pillar.key))
    for (const pillar of pillars.filter((entry) => !present.has(entry.key))) {
      await documents(PILLAR).update({ documentId: pillar.documentId, locale, status: 'published', data: { key: pillar.key, slug: pillar.slug, order: pillar.order, name: `${pillar.key} (${locale})`, description: paragraph('This pillar', locale), machineTranslated: true } })
    }
  }
  const pillarIds = pillars.map((pillar) => pillar.documentId)

  const organisationIds: string[] = []
  await inBatches(sizes.organisations, 'organisations', async (index) => {
    const created = await documents(ORGANISATION).create({
      status: 'published',
      data: { slug: `bench-organisation-${pad(index)}`, name: `Bench organisation ${pad(index)}`, country: random.pick(EU_COUNTRIES), type: 'ngo', website: `https://organisation-${index}.example.org` },
    })
    organisationIds.push(created.documentId)
  })

  // The pseudo-random choices are drawn in the same order as always: organisations, initiatives, resources, articles.
  const initiatives: NewDocument[] = Array.from({ length: sizes.initiatives }, (_, index) => {
    const name = `Bench initiative ${pad(index)}`
    const shared = {
      slug: `bench-initiative-${pad(index)}`,
      acronym: `BI${pad(index)}`,
      pillars: random.some(pillarIds, 2),
      fundingProgramme: random.pick(FUNDING_PROGRAMMES),
      grantNumber: String(100000 + index),
      startDate: `20${10 + random.int(14)}-0${1 + random.int(9)}-01`,
      endDate: `20${24 + random.int(6)}-12-31`,
      coordinator: organisationIds.length ? random.pick(organisationIds) : undefined,
      partners: organisationIds.length ? random.some(organisationIds, 4) : [],
      countries: random.some(EU_COUNTRIES, 4).map((code) => ({ code })),
      audiences: random.some(AUDIENCES, 3).map((group) => ({ group })),
      website: `https://initiative-${index}.example.org`,
      featured: index < 6,
    }
    const text = (locale: string) => ({ name: locale === 'en' ? name : `${name} (${locale})`, summary: `A generated initiative used to measure the platform, number ${index}.`, description: paragraph(name, locale) })
    // Non-localized fields are repeated in every locale: the document service validates each locale's entry on its own.
    return { key: shared.slug, versions: locales.map((locale) => ({ locale, data: { ...shared, ...text(locale), machineTranslated: locale !== 'en' } })) }
  })
  const initiativeIds = await writer.write(INITIATIVE, initiatives, `initiatives in ${locales.length} locales`)

  const resources: NewDocument[] = Array.from({ length: sizes.resources }, (_, index) => ({
    key: `bench-resource-${pad(index)}`,
    versions: [{
      locale: 'en',
      data: {
        slug: `bench-resource-${pad(index)}`,
        title: `Bench resource ${pad(index)}`,
        type: random.pick(RESOURCE_TYPES),
        summary: `A generated resource used to measure the platform, number ${index}.`,
        description: paragraph('This resource', 'en'),
        url: `https://resource-${index}.example.org`,
        languages: random.some(LANGUAGES, 3).map((code) => ({ code })),
        publishedOn: `20${15 + random.int(10)}-0${1 + random.int(9)}-15`,
        initiatives: initiativeIds.length ? random.some(initiativeIds, 2) : [],
        pillars: random.some(pillarIds, 2),
        audiences: random.some(AUDIENCES, 3).map((group) => ({ group })),
        licence: 'CC BY 4.0',
        machineTranslated: false,
      },
    }],
  }))
  await writer.write(RESOURCE, resources, 'resources')

  const articles: NewDocument[] = Array.from({ length: sizes.articles }, (_, index) => ({
    key: `bench-article-${pad(index)}`,
    versions: [{
      locale: 'en',
      data: {
        slug: `bench-article-${pad(index)}`,
        title: `Bench article ${pad(index)}`,
        excerpt: `A generated news article used to measure the platform, number ${index}.`,
        body: paragraph('This article', 'en'),
        date: `20${15 + random.int(10)}-0${1 + random.int(9)}-20`,
        initiatives: initiativeIds.length ? random.some(initiativeIds, 2) : [],
        pillars: random.some(pillarIds, 2),
        machineTranslated: false,
      },
    }],
  }))
  await writer.write(ARTICLE, articles, 'articles')
  console.log(`Generated ${JSON.stringify({ ...sizes, locales })} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
} finally {
  await untilIdle()
  await strapi.destroy()
}
process.exit(0)

/**
 * Work the document service's events start in the background (webhooks) may still wait for a
 * database connection; closing the pool under it crashes the process on PostgreSQL.
 */
async function untilIdle() {
  const pool = (strapi.db.connection.client as { pool?: { numUsed(): number; numPendingAcquires(): number } }).pool
  for (let waited = 0; pool && waited < 10_000 && pool.numUsed() + pool.numPendingAcquires() > 0; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
