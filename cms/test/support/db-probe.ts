import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Core } from '@strapi/strapi'

/** Rows in every table of the CMS's database, keyed by table name. */
export type RowCounts = Record<string, number>

/** Counts the rows of every table through the running CMS's own connection (strapi.db). */
export async function countRows(strapi: Core.Strapi): Promise<RowCounts> {
  const knex = strapi.db.connection
  const tables: string[] = strapi.db.dialect.client === 'sqlite'
    ? (await knex.raw(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`)).map((row: { name: string }) => row.name)
    : (await knex.raw(`select tablename from pg_tables where schemaname = current_schema()`)).rows.map((row: { tablename: string }) => row.tablename)
  const counts: RowCounts = {}
  for (const table of tables.sort()) {
    const [row] = await knex(table).count({ count: '*' })
    counts[table] = Number(row?.count ?? 0)
  }
  return counts
}

/**
 * Test workers run in other processes than the CMS the global setup boots, so they ask it over
 * loopback: GET /row-counts answers countRows(). Tests only; never part of the CMS itself.
 */
export async function startDbProbe(strapi: Core.Strapi): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    if (request.url !== '/row-counts') {
      response.writeHead(404).end()
      return
    }
    countRows(strapi).then(
      (counts) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(counts)),
      (error: unknown) => response.writeHead(500).end(String(error)),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

/** From a test: the row counts of the suite's CMS. */
export async function rowCounts(probeUrl: string): Promise<RowCounts> {
  const response = await fetch(`${probeUrl}/row-counts`)
  if (!response.ok) throw new Error(`Row count failed: ${response.status} ${await response.text()}`)
  return (await response.json()) as RowCounts
}

/** Tables whose row count differs between two snapshots, with both counts. */
export function changedTables(before: RowCounts, after: RowCounts): Record<string, [number, number]> {
  const changed: Record<string, [number, number]> = {}
  for (const table of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (before[table] !== after[table]) changed[table] = [before[table] ?? 0, after[table] ?? 0]
  }
  return changed
}
