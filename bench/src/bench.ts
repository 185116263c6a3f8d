// `pnpm bench`: builds and starts the platform in production mode on a large generated data set,
// measures the site and the API on loopback, each figure beside its baseline, and writes
// bench/results.json and bench/results.md. See the README, "Benchmarks", for how to read them.
import { cpus, totalmem, tmpdir } from 'node:os'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { measureGraphqlVsRest, measureStatements } from './measure/api.ts'
import { measureClientJs, pageTypes } from './measure/client-js.ts'
import { measureFreshClone } from './measure/clone.ts'
import { measureLighthouse } from './measure/lighthouse.ts'
import { measureCachedPage, measureUncachedPages } from './measure/pages.ts'
import { parseOptions, USAGE } from './options.ts'
import { buildPlatform, cmsEnvironment, prepareDatabase, startCms, startSite } from './platform.ts'
import { stopAll } from './processes.ts'
import { markdownTable, metric, resultProblems, type Metric, type Results } from './results.ts'
import { round } from './stats.ts'

let options
try {
  options = parseOptions(process.argv.slice(2).filter((arg) => arg !== '--'), path.resolve(import.meta.dirname, '..'))
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`)
  process.exit(2)
}

const startedAt = new Date()
const metrics: Metric[] = []
const step = (text: string) => console.log(`› ${text}`)
const scratch = mkdtempSync(path.join(tmpdir(), 'sparks-bench-'))
const stopEverything = async () => { await stopAll(); rmSync(scratch, { recursive: true, force: true }) }
process.once('SIGINT', () => void stopEverything().then(() => process.exit(130)))
process.once('SIGTERM', () => void stopEverything().then(() => process.exit(143)))

try {
  const { data } = options
  step(`${options.mode} run: ${data.initiatives} initiatives in ${data.locales.length} locales, ${data.resources} resources, ${data.articles} articles; ${options.duration} s per load at ${options.connections} connections`)
  step('building the CMS and the site (production, only what changed)')
  await buildPlatform()

  step('the data set: generated (batched SQL, the rows Strapi’s document service writes), or reused from bench/.data/')
  const env = cmsEnvironment(path.join(scratch, 'cms.db'))
  const generating = performance.now()
  const source = await prepareDatabase(env, data, path.join(scratch, 'cms.db'), options.freshData)
  const dataNote = source === 'reused' ? 'data set reused from bench/.data' : `data generated in ${round((performance.now() - generating) / 1000, 0)} s`

  step('starting the CMS (strapi start) and the site (serve.ts, one worker per core)')
  let cms = await startCms(env, { countSqlStatements: false })
  const cmsRssAtBoot = cms.rssMb()
  metrics.push(metric({ id: 'cms.boot', label: `CMS boot, strapi start → healthy, ${data.initiatives} initiatives`, value: Math.round(cms.bootMs), unit: 'ms', note: dataNote }))
  const site = await startSite(cms.url)

  const settings = { duration: options.duration, connections: options.connections }
  const slugs = Array.from({ length: data.initiatives }, (_, index) => `bench-initiative-${String(index).padStart(5, '0')}`)
  const initiative = slugs[Math.min(1, slugs.length - 1)]!
  const pages = pageTypes(initiative, 'bench-article-00000')

  step('cached page against the same HTML as a static file')
  metrics.push(...await measureCachedPage(site.url, pages.initiative, settings))
  step('uncached directory and initiative pages')
  metrics.push(...await measureUncachedPages(site.url, slugs, settings, site.purge))
  step('GraphQL against REST for the same data')
  metrics.push(...await measureGraphqlVsRest(cms.url, initiative, settings))
  metrics.push(metric({ id: 'cms.rss.boot', label: 'CMS memory (RSS) after boot', value: round(cmsRssAtBoot, 0), unit: 'MB' }))
  metrics.push(metric({ id: 'cms.rss.load', label: 'CMS memory (RSS) after the loads', value: round(cms.rssMb(), 0), unit: 'MB' }))
  metrics.push(metric({ id: 'site.rss.load', label: 'Site memory (RSS) after the loads', value: round(site.rssMb(), 0), unit: 'MB' }))

  step('client JavaScript per page type (Chromium)')
  metrics.push(...await measureClientJs(site.url, pages))
  step(`Lighthouse mobile: ${options.lighthousePages.join(', ')}`)
  metrics.push(...await measureLighthouse(site.url, Object.fromEntries(options.lighthousePages.map((type) => [type, pages[type]])), options.mode === 'smoke' ? 1 : 5))
  await site.stop()
  await cms.stop()

  step('SQL statements per request (the CMS again, with its opt-in statement counter)')
  cms = await startCms(env, { countSqlStatements: true })
  metrics.push(...await measureStatements(cms.url))
  await cms.stop()

  if (options.freshClone) {
    step('fresh clone → running platform')
    metrics.push(...await measureFreshClone())
  }

  const results: Results = {
    schemaVersion: 1,
    mode: options.mode,
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    command: `pnpm bench ${process.argv.slice(2).join(' ')}`.trim(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model.trim() ?? 'unknown', memoryGb: round(totalmem() / 2 ** 30, 1), node: process.versions.node },
    data,
    metrics,
  }
  const problems = resultProblems(results)
  if (problems.length) throw new Error(`The results are not valid:\n  ${problems.join('\n  ')}`)
  const table = markdownTable(results)
  mkdirSync(options.outDir, { recursive: true })
  writeFileSync(path.join(options.outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
  writeFileSync(path.join(options.outDir, 'results.md'), table)
  console.log(`\n${table}\nWritten to ${path.join(options.outDir, 'results.json')} and results.md.`)
} catch (error) {
  console.error(error)
  process.exitCode = 1
} finally {
  await stopEverything()
}
// Budgets are reported, not enforced: a noisy figure never fails the run (issue 7, item 4).
process.exit(process.exitCode ?? 0)
