import { AsyncLocalStorage } from 'node:async_hooks'
import type { Core } from '@strapi/strapi'

/** The statements counted for the request whose async context is running. */
const current = new AsyncLocalStorage<{ statements: number }>()
const listening = new WeakSet<object>()

/**
 * Counts the SQL statements each request runs and reports them as `x-sql-statements` and in
 * `Server-Timing`, so the bench can show that a list costs the same number of statements at
 * any page size (no N+1). Opt-in: config/middlewares.ts only installs it when
 * CMS_COUNT_SQL_STATEMENTS=true, so a normal CMS does not pay for it at all.
 */
const sqlStatementCount: Core.MiddlewareFactory = (_config, { strapi }) =>
  async (ctx, next) => {
    const knex = strapi.db.connection
    if (!listening.has(knex)) {
      // knex emits 'query' in the async context of the code that awaits the query.
      knex.on('query', () => {
        const counter = current.getStore()
        if (counter) counter.statements += 1
      })
      listening.add(knex)
    }
    const counter = { statements: 0 }
    await current.run(counter, next)
    ctx.set('x-sql-statements', String(counter.statements))
    ctx.append('Server-Timing', `sql;desc="SQL statements";count=${counter.statements}`)
  }

export default sqlStatementCount
