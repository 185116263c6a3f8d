import type { TestProject } from 'vitest/node'
import { bootCms } from './boot-cms.ts'
import { startDbProbe } from './db-probe.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string
    mailboxUrl: string
    siteKey: string
    /** GET <dbProbeUrl>/row-counts: rows per table, through the CMS's own database connection. */
    dbProbeUrl: string
    /** Where the suite's CMS keeps its data, for the backup test. */
    database: { client: 'sqlite' | 'postgres'; filename?: string; url?: string }
  }
}

/** One real CMS for the whole API suite; the tests talk to it over HTTP like any client. */
export default async function setup(project: TestProject) {
  // The bench's SQL statement counter (x-sql-statements), so tests can show a query is no N+1.
  process.env.CMS_COUNT_SQL_STATEMENTS ??= 'true'
  const cms = await bootCms()
  project.provide('cmsUrl', cms.url)
  project.provide('mailboxUrl', cms.mailboxUrl)
  project.provide('siteKey', process.env.SITE_API_KEY ?? '')
  const probe = await startDbProbe(cms.strapi)
  project.provide('dbProbeUrl', probe.url)
  const client = (process.env.DATABASE_CLIENT ?? 'sqlite') === 'postgres' ? 'postgres' : 'sqlite'
  project.provide('database', client === 'sqlite' ? { client, filename: process.env.DATABASE_FILENAME } : { client, url: process.env.DATABASE_URL })
  return async () => {
    await probe.close()
    await cms.stop()
  }
}
