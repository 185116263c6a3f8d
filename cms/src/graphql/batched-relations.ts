import { AsyncLocalStorage } from 'node:async_hooks'
import type { Core } from '@strapi/strapi'
import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql'
import { attributeFields } from './attribute-fields'

type Entity = { id: number } & Record<string, unknown>
type Populate = Record<string, unknown>
interface Waiter { id: number; resolve(value: unknown): void; reject(error: unknown): void }
interface Batch { uid: string; field: string; populate: Populate; waiters: Waiter[] }
type Load = (uid: string, entity: { id?: unknown }, fields: string | string[], populate?: Populate) => Promise<unknown>

/** The loads waiting to run together, for the GraphQL request whose relation resolvers are running. */
const pendingLoads = new AsyncLocalStorage<Map<string, Batch>>()
const pendingByRequest = new WeakMap<object, Map<string, Batch>>()
const patched = new WeakSet<object>()

/**
 * Strapi's GraphQL plugin resolves a relation (an initiative's `pillars`, its `logo`) once per
 * parent entry, and each one ends in `strapi.db.query(uid).load(entry, field, query)`: a list of
 * 100 initiatives runs 2 statements per relation per initiative (an N+1). The plugin's resolver
 * is kept whole (its argument checks, the draft/locale filters it inherits from the root query,
 * the permission sanitising, the media URL signing); only its one database call is batched.
 * While a relation resolver runs, `load` joins the other loads of the same field and query
 * started in the same pass over the list, and one `findMany` with the same populate query
 * answers them all. Pages (`limit`/`offset`) are applied to each entry's own list afterwards,
 * exactly as the one-by-one query would have cut it.
 */
function installBatchedLoad(strapi: Core.Strapi): void {
  const entityManager = strapi.db.entityManager as unknown as { load: Load }
  if (patched.has(entityManager)) return
  patched.add(entityManager)
  const loadOne = entityManager.load.bind(entityManager)

  const flush = async (key: string, pending: Map<string, Batch>) => {
    const batch = pending.get(key)!
    pending.delete(key)
    try {
      const { limit, offset, ...query } = batch.populate
      const ids = [...new Set(batch.waiters.map((waiter) => waiter.id))]
      const rows = await strapi.db.query(batch.uid as never).findMany({
        select: ['id'],
        where: { id: { $in: ids } },
        populate: { [batch.field]: Object.keys(query).length ? query : true },
      }) as Entity[]
      const byId = new Map(rows.map((row) => [row.id, row[batch.field]]))
      const start = typeof offset === 'number' ? offset : 0
      const end = typeof limit === 'number' && limit >= 0 ? start + limit : undefined
      for (const waiter of batch.waiters) {
        const value = byId.has(waiter.id) ? byId.get(waiter.id) : null
        waiter.resolve(Array.isArray(value) ? value.slice(start, end) : (value ?? null))
      }
    } catch (error) {
      for (const waiter of batch.waiters) waiter.reject(error)
    }
  }

  entityManager.load = (uid, entity, fields, populate) => {
    const pending = pendingLoads.getStore()
    // Outside a GraphQL relation resolver, or a load this batching does not cover (several
    // fields at once, a count): Strapi's own load, unchanged.
    if (!pending || typeof fields !== 'string' || typeof entity?.id !== 'number' || (populate && 'count' in populate)) {
      return loadOne(uid, entity, fields, populate)
    }
    const id = entity.id
    return new Promise((resolve, reject) => {
      const key = `${uid}.${fields}:${JSON.stringify(populate ?? null)}`
      let batch = pending.get(key)
      if (!batch) {
        batch = { uid, field: fields, populate: populate ?? {}, waiters: [] }
        pending.set(key, batch)
        // Sibling entries reach their load within the same turn of the event loop (after the
        // resolver's own awaits, which are microtasks); setImmediate runs after all of them.
        setImmediate(() => void flush(key, pending))
      }
      batch.waiters.push({ id, resolve, reject })
    })
  }
}

/** Wraps every relation and media field's resolver so its database load is batched (see above). */
export function batchRelationFields(strapi: Core.Strapi, schema: GraphQLSchema): GraphQLSchema {
  installBatchedLoad(strapi)
  for (const { attribute, field } of attributeFields(strapi, schema)) {
    if ((attribute.type !== 'relation' && attribute.type !== 'media') || !field.resolve) continue
    const resolveOne = field.resolve as GraphQLFieldResolver<unknown, object>
    field.resolve = ((parent, args, context, info) => {
      let pending = pendingByRequest.get(context)
      if (!pending) {
        pending = new Map()
        pendingByRequest.set(context, pending)
      }
      return pendingLoads.run(pending, () => resolveOne(parent, args, context, info))
    }) as GraphQLFieldResolver<unknown, object> as GraphQLFieldResolver<unknown, unknown>
  }
  return schema
}
