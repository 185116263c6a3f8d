import type { Core, Struct } from '@strapi/strapi'
import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql'
import { attributeFields } from './attribute-fields'

type Entity = { id: number } & Record<string, unknown>
type Args = Record<string, unknown>
interface Waiter { parent: Entity; resolve(value: unknown): void; reject(error: unknown): void }
interface Batch { args: Args; auth: unknown; waiters: Waiter[] }

/** Pending loads per GraphQL request (keyed by its context object), then per field and arguments. */
const pendingByRequest = new WeakMap<object, Map<string, Batch>>()

/**
 * Strapi's GraphQL plugin loads a component field once per parent entry: a list of 100
 * initiatives asking for `countries` runs 100 × 2 SQL statements (an N+1). This resolver
 * collects the loads that sibling entries start in the same pass and runs one query for all of
 * them, then gives each entry its own components, paginated as asked. Components belong to
 * one entry each (no drafts, locales or permissions of their own), so loading all of an entry's
 * components and slicing them here returns exactly what the one-by-one load returned.
 */
function batchedComponentResolver(strapi: Core.Strapi, modelUid: string, attribute: string, component: Struct.ComponentSchema): GraphQLFieldResolver<Entity, { state?: { auth?: unknown } }, Args> {
  const flush = async (key: string, pending: Map<string, Batch>) => {
    const batch = pending.get(key)!
    pending.delete(key)
    try {
      const { transformArgs } = strapi.plugin('graphql').service('builders').utils as { transformArgs(args: Args, options: object): Args }
      const transformed = transformArgs(batch.args, { contentType: component, usePagination: true })
      await strapi.contentAPI.validate.query(transformed, component as never, { auth: batch.auth as never })
      const sanitized = await strapi.contentAPI.sanitize.query(transformed, component as never, { auth: batch.auth as never })
      const { limit, offset, ...query } = (strapi.get('query-params') as { transform(uid: string, query: unknown): Record<string, unknown> }).transform(component.uid, sanitized)
      const ids = [...new Set(batch.waiters.map((waiter) => waiter.parent.id))]
      const rows = await strapi.db.query(modelUid as never).findMany({
        select: ['id'],
        where: { id: { $in: ids } },
        populate: { [attribute]: Object.keys(query).length ? query : true },
      }) as Entity[]
      const byId = new Map(rows.map((row) => [row.id, row[attribute]]))
      const start = typeof offset === 'number' ? offset : 0
      const end = typeof limit === 'number' && limit >= 0 ? start + limit : undefined
      for (const waiter of batch.waiters) {
        const value = byId.get(waiter.parent.id) ?? null
        waiter.resolve(Array.isArray(value) ? value.slice(start, end) : value)
      }
    } catch (error) {
      for (const waiter of batch.waiters) waiter.reject(error)
    }
  }

  return (parent, args, context) => new Promise((resolve, reject) => {
    if (typeof parent?.id !== 'number') return reject(new Error(`Cannot load ${modelUid}.${attribute} without the entry's id`))
    const pending = pendingByRequest.get(context) ?? new Map<string, Batch>()
    pendingByRequest.set(context, pending)
    const key = `${modelUid}.${attribute}:${JSON.stringify(args)}`
    let batch = pending.get(key)
    if (!batch) {
      batch = { args, auth: context.state?.auth, waiters: [] }
      pending.set(key, batch)
      // graphql-js starts every sibling's field resolver in one synchronous pass over the list.
      setImmediate(() => void flush(key, pending))
    }
    batch.waiters.push({ parent, resolve, reject })
  })
}

/** Replaces the one-by-one resolver of every component field of every content type and component. */
export function batchComponentFields(strapi: Core.Strapi, schema: GraphQLSchema): GraphQLSchema {
  for (const { model, name, attribute, field } of attributeFields(strapi, schema)) {
    if (attribute.type !== 'component') continue
    field.resolve = batchedComponentResolver(strapi, model.uid, name, strapi.components[attribute.component as keyof typeof strapi.components] as Struct.ComponentSchema) as GraphQLFieldResolver<unknown, unknown>
  }
  return schema
}
