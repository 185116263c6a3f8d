// `node bench/src/check-bench-data.ts`: shows that the generator's SQL writer writes the same data
// set as Strapi's document service. Generates a small set both ways into copies of one seeded
// SQLite database, then compares
//   1. every table, row by row (ids, components, links and their order numbers, audit records),
//      with documentIds replaced by the order they first appear in and timestamps by "set";
//   2. what a visitor gets: REST and the site's GraphQL documents for initiatives, resources and
//      articles, in several locales, without ids, documentIds and timestamps;
//   3. what an editor gets: the Content Manager's list, an entry as draft and as published, its
//      relations, then an update and a publish of a bulk-written entry.
// Takes a minute or two (the first start creates and seeds the database); exits 1 on any
// difference. Sizes: --initiatives 20 --resources 30 --articles 30 --locales en,cs,de.
// On PostgreSQL (`tools/with-postgres.sh node bench/src/check-bench-data.ts`): two databases
// beside DATABASE_URL's, each seeded on its own, and the answers compared (not the rows, whose ids
// then differ).
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { DatabaseSync } from 'node:sqlite'
import { isDeepStrictEqual, parseArgs } from 'node:util'
import { cmsEnvironment, repoDir, SITE_KEY, startCms, type RunningCms } from './platform.ts'
import { run, stopAll } from './processes.ts'

const { values } = parseArgs({
  options: {
    initiatives: { type: 'string', default: '20' },
    resources: { type: 'string', default: '30' },
    articles: { type: 'string', default: '30' },
    locales: { type: 'string', default: 'en,cs,de' },
  },
})
const locales = values.locales.split(',')
const WRITERS = ['documents', 'sql'] as const
type Writer = (typeof WRITERS)[number]

const scratch = mkdtempSync(path.join(tmpdir(), 'sparks-bench-data-check-'))
const env = cmsEnvironment(path.join(scratch, 'base.db'))
const databaseOf = (writer: Writer) => path.join(scratch, `${writer}.db`)
const postgres = process.env.DATABASE_CLIENT === 'postgres' ? new URL(process.env.DATABASE_URL ?? '') : undefined
/** Where each writer writes: a copy of the seeded SQLite file, or a PostgreSQL database of its own. */
function databaseEnv(writer: Writer): NodeJS.ProcessEnv {
  if (!postgres) return { ...env, DATABASE_FILENAME: databaseOf(writer) }
  const url = new URL(postgres)
  url.pathname = `${postgres.pathname}_${writer}`
  return { ...env, DATABASE_CLIENT: 'postgres', DATABASE_URL: url.href }
}
function createPostgresDatabase(writer: Writer) {
  const bin = readdirSync('/usr/lib/postgresql').sort().reverse().map((version) => `/usr/lib/postgresql/${version}/bin/createdb`)[0]!
  execFileSync(bin, ['-h', postgres!.hostname, '-p', postgres!.port, '-U', postgres!.username, `${postgres!.pathname.slice(1)}_${writer}`])
}
const problems: string[] = []
const step = (text: string) => console.log(`› ${text}`)

async function generate(target: NodeJS.ProcessEnv, sizes: string[], writer: Writer) {
  await run(process.execPath, ['scripts/generate-bench-data.ts', ...sizes, '--locales', values.locales, '--writer', writer], {
    cwd: path.join(repoDir, 'cms'),
    env: target,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
}

// ── 1. The tables ───────────────────────────────────────────────────────────────────────────────

const TIMESTAMP_TYPES = new Set(['datetime', 'timestamp'])

/** Every table's rows in id order; documentIds numbered by first appearance, timestamps reduced to set or not. */
function canonicalTables(file: string): Map<string, unknown[][]> {
  const db = new DatabaseSync(file, { readOnly: true })
  const documentIds = new Map<string, string>()
  const tables = new Map<string, unknown[][]>()
  try {
    const names = db.prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`).all().map((row) => String(row.name))
    for (const table of names) {
      const columns = db.prepare(`pragma table_info("${table}")`).all() as Array<{ name: string; type: string }>
      const order = columns.some((column) => column.name === 'id') ? ' order by id' : ''
      const rows = db.prepare(`select * from "${table}"${order}`).all().map((row) => columns.map(({ name, type }) => {
        const value = row[name]
        if (value === null || value === undefined) return null
        if (TIMESTAMP_TYPES.has(type.toLowerCase())) return 'set'
        if (name === 'document_id' || name.endsWith('_document_id')) {
          if (!documentIds.has(String(value))) documentIds.set(String(value), `document ${documentIds.size}`)
          return documentIds.get(String(value))
        }
        return value
      }))
      tables.set(table, [columns.map((column) => column.name), ...rows])
    }
  } finally {
    db.close()
  }
  return tables
}

function compareTables() {
  const [reference, bulk] = WRITERS.map((writer) => canonicalTables(databaseOf(writer)))
  for (const table of new Set([...reference!.keys(), ...bulk!.keys()])) {
    const a = reference!.get(table) ?? []
    const b = bulk!.get(table) ?? []
    if (isDeepStrictEqual(a, b)) continue
    const row = a.findIndex((value, index) => !isDeepStrictEqual(value, b[index]))
    problems.push(`table ${table}: ${a.length - 1} rows from the document service, ${b.length - 1} from SQL; first difference:\n    ${JSON.stringify(a[row])}\n    ${JSON.stringify(b[row])}`)
  }
  return reference!.size
}

// ── 2 and 3. The answers ────────────────────────────────────────────────────────────────────────

const VOLATILE = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'firstPublishedAt'])
/** An answer without what differs by construction: ids, documentIds, timestamps. */
const stable = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(stable)
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([key]) => !VOLATILE.has(key)).map(([key, child]) => [key, stable(child)]))
  return value
}

interface Answer { status: number; body: unknown }
type Ask = (cms: RunningCms, pathAndQuery: string, init?: { method?: string; json?: unknown; token?: string }) => Promise<Answer>
const ask: Ask = async (cms, pathAndQuery, init = {}) => {
  const response = await fetch(`${cms.url}${pathAndQuery}`, {
    method: init.method ?? (init.json === undefined ? 'GET' : 'POST'),
    headers: { 'x-sparks-site-key': SITE_KEY, 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  })
  const text = await response.text()
  let body: unknown = text
  try { body = JSON.parse(text) } catch { /* not JSON: compare the text */ }
  return { status: response.status, body }
}

async function sharedDocuments(): Promise<Record<string, string>> {
  const sharedDir = path.join(repoDir, 'shared')
  const { print } = createRequire(path.join(sharedDir, 'package.json'))('graphql') as { print(document: unknown): string }
  const { queries } = await import(pathToFileURL(path.join(sharedDir, 'dist/graphql/index.js')).href) as { queries: Record<string, unknown> }
  return Object.fromEntries(Object.entries(queries).map(([name, document]) => [name, print(document)]))
}

/** Where two answers first differ, as a path and the two values. */
function firstDifference(a: unknown, b: unknown, at = ''): string | undefined {
  if (isDeepStrictEqual(a, b)) return undefined
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${at}.${key}`)
      if (found) return found
    }
  }
  return `at ${at || '(top)'}:\n    document service: ${JSON.stringify(a)?.slice(0, 400)}\n    SQL:              ${JSON.stringify(b)?.slice(0, 400)}`
}

/** Asks both CMSes the same question; a difference, an error or an empty answer is a problem. */
async function same(label: string, cmses: Record<Writer, RunningCms>, question: (cms: RunningCms) => Promise<Answer>, expectData = true): Promise<Record<Writer, Answer>> {
  const answers = { documents: await question(cmses.documents), sql: await question(cmses.sql) }
  const body = answers.sql.body as { data?: unknown; errors?: unknown } | undefined
  if (answers.sql.status >= 400 || body?.errors) problems.push(`${label}: ${answers.sql.status} ${JSON.stringify(answers.sql.body).slice(0, 300)}`)
  else if (expectData && (body?.data === null || (Array.isArray(body?.data) && body.data.length === 0) || isDeepStrictEqual(stable(body?.data), {}))) problems.push(`${label}: empty answer`)
  const difference = firstDifference(stable(answers.documents), stable(answers.sql))
  if (difference) problems.push(`${label} differs ${difference}`)
  return answers
}

async function compareAnswers(cmses: Record<Writer, RunningCms>) {
  const queries = await sharedDocuments()
  const graphql = (name: string, variables: Record<string, unknown>) => (cms: RunningCms) => ask(cms, '/graphql', { json: { query: queries[name], variables } })
  const rest = (pathAndQuery: string) => (cms: RunningCms) => ask(cms, pathAndQuery)
  const initiative = 'bench-initiative-00003'
  for (const locale of locales) {
    await same(`REST initiative ${locale}`, cmses, rest(`/api/initiatives?locale=${locale}&filters[slug][$eq]=${initiative}&populate=*`))
    await same(`GraphQL InitiativeBySlug ${locale}`, cmses, graphql('InitiativeBySlugQuery', { slug: initiative, locale }))
    for (const page of [1, 2]) await same(`GraphQL InitiativeDirectory ${locale} page ${page}`, cmses, graphql('InitiativeDirectoryQuery', { locale, page, pageSize: 12 }))
    await same(`GraphQL InitiativeDirectory ${locale} by pillar and country`, cmses, graphql('InitiativeDirectoryQuery', { locale, filters: { pillars: { key: { eq: 'prevention' } }, countries: { code: { in: ['DE', 'CZ', 'FR'] } } }, pageSize: 50 }))
    await same(`GraphQL Pillars ${locale}`, cmses, graphql('PillarsQuery', { locale }))
  }
  await same('REST initiatives list en', cmses, rest('/api/initiatives?locale=en&sort=name:asc&pagination[pageSize]=100&populate=*'))
  await same('REST resource', cmses, rest('/api/resources?locale=en&filters[slug][$eq]=bench-resource-00007&populate=*'))
  await same('REST resources list', cmses, rest('/api/resources?locale=en&sort=slug:asc&pagination[pageSize]=100&populate=*'))
  await same('REST article', cmses, rest('/api/articles?locale=en&filters[slug][$eq]=bench-article-00000&populate=*'))
  await same('REST articles list', cmses, rest('/api/articles?locale=en&sort=slug:asc&pagination[pageSize]=100&populate=*'))
  await same('GraphQL ResourceLibrary', cmses, graphql('ResourceLibraryQuery', { locale: 'en', pageSize: 50 }))
  await same('GraphQL ResourceBySlug', cmses, graphql('ResourceBySlugQuery', { locale: 'en', slug: 'bench-resource-00007' }))
  await same('GraphQL Articles', cmses, graphql('ArticlesQuery', { locale: 'en', pageSize: 50 }))
  await same('GraphQL ArticleBySlug', cmses, graphql('ArticleBySlugQuery', { locale: 'en', slug: 'bench-article-00000' }))
}

async function compareContentManager(cmses: Record<Writer, RunningCms>) {
  const tokens = {} as Record<Writer, string>
  for (const writer of WRITERS) {
    const login = await ask(cmses[writer], '/admin/login', { json: { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD } })
    const token = (login.body as { data?: { token?: string } }).data?.token
    if (!token) throw new Error(`Admin login failed on the ${writer} database: ${login.status} ${JSON.stringify(login.body)}`)
    tokens[writer] = token
  }
  const admin = (pathAndQuery: string, init: { method?: string; json?: unknown } = {}) => (cms: RunningCms) => ask(cms, pathAndQuery, { ...init, token: tokens[cms === cmses.sql ? 'sql' : 'documents'] })
  const CM = '/content-manager/collection-types/api::initiative.initiative'
  const locale = locales.at(-1)!
  const list = await same(`Content Manager list ${locale}`, cmses, admin(`${CM}?locale=${locale}&page=1&pageSize=50&sort=name:ASC`))
  const idOf = (answer: Answer) => ((answer.body as { results?: Array<{ documentId: string; slug: string }> }).results ?? []).find((entry) => entry.slug === 'bench-initiative-00003')?.documentId
  const ids = { documents: idOf(list.documents), sql: idOf(list.sql) }
  if (!ids.documents || !ids.sql) throw new Error('bench-initiative-00003 is missing from the Content Manager list')
  const statuses = ((list.sql.body as { results: Array<{ status?: string }> }).results).map((entry) => entry.status)
  if (statuses.some((status) => status !== 'published')) problems.push(`Content Manager list: statuses ${JSON.stringify([...new Set(statuses)])}, expected all "published"`)
  const entry = (suffix: string, init?: { method?: string; json?: unknown }) => (cms: RunningCms) => admin(`${CM}/${cms === cmses.sql ? ids.sql : ids.documents}${suffix}`, init)(cms)
  for (const status of ['draft', 'published']) await same(`Content Manager entry ${locale} ${status}`, cmses, entry(`?locale=${locale}&status=${status}`))
  for (const relation of ['pillars', 'partners', 'coordinator']) {
    await same(`Content Manager relation ${relation}`, cmses, (cms) => admin(`/content-manager/relations/api::initiative.initiative/${cms === cmses.sql ? ids.sql : ids.documents}/${relation}?locale=${locale}&status=draft`)(cms))
  }
  const summary = 'Changed in the Content Manager to check that bulk-written entries can be edited.'
  await same(`Content Manager update ${locale}`, cmses, entry(`?locale=${locale}`, { method: 'PUT', json: { summary } }))
  await same(`Content Manager publish ${locale}`, cmses, entry(`/actions/publish?locale=${locale}`, { method: 'POST', json: {} }))
  const published = await same(`REST after publishing ${locale}`, cmses, (cms) => ask(cms, `/api/initiatives?locale=${locale}&filters[slug][$eq]=bench-initiative-00003&populate=*`))
  const after = (published.sql.body as { data?: Array<{ summary?: string; countries?: unknown[]; pillars?: unknown[] }> }).data?.[0]
  if (after?.summary !== summary || !after.countries?.length || !after.pillars?.length) problems.push(`after publishing: ${JSON.stringify(after).slice(0, 300)}`)
}

try {
  const started = Date.now()
  const sizes = ['--initiatives', values.initiatives, '--resources', values.resources, '--articles', values.articles]
  const what = `${values.initiatives} initiatives in ${values.locales}, ${values.resources} resources, ${values.articles} articles`
  if (postgres) {
    step(`PostgreSQL: seeding two databases and generating ${what} in each, through the document service and through SQL`)
    for (const writer of WRITERS) createPostgresDatabase(writer)
    await Promise.all(WRITERS.map((writer) => generate(databaseEnv(writer), sizes, writer)))
  } else {
    step(`seeding a database (${env.DATABASE_FILENAME})`)
    await generate(env, ['--initiatives', '0', '--resources', '0', '--articles', '0', '--organisations', '0'], 'sql')
    step(`generating ${what} in two copies of it, through the document service and through SQL`)
    for (const writer of WRITERS) copyFileSync(env.DATABASE_FILENAME!, databaseOf(writer))
    await Promise.all(WRITERS.map((writer) => generate(databaseEnv(writer), sizes, writer)))
    step(`compared ${compareTables()} tables row by row`)
  }
  step('starting both CMSes')
  const [documents, sql] = await Promise.all(WRITERS.map((writer) => startCms(databaseEnv(writer), { countSqlStatements: false })))
  const cmses = { documents: documents!, sql: sql! }
  await compareAnswers(cmses)
  step('compared the public REST and GraphQL answers')
  await compareContentManager(cmses)
  step('compared the Content Manager, including an update and a publish')
  console.log(problems.length ? `\n${problems.length} differences:\n- ${problems.join('\n- ')}` : `\nThe same data set, both ways (${((Date.now() - started) / 1000).toFixed(0)} s).`)
} catch (error) {
  problems.push(String((error as Error).stack ?? error))
  console.error(error)
} finally {
  await stopAll()
  rmSync(scratch, { recursive: true, force: true })
}
process.exit(problems.length ? 1 : 0)
