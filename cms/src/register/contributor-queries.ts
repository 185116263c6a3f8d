import type { Core } from '@strapi/strapi'
import { errors } from '@strapi/utils'
import { isContributor } from '../editorial/contributors'
import type { Action, Ctx } from './admin-counts'
import { guardControllerAction } from './route-answers'

interface Attribute { type: string; target?: string; component?: string; components?: string[] }
type Schema = { attributes: Record<string, Attribute> } | undefined

const OPERATOR = /^\$/

/**
 * The deepest chain of relations a filter or sort walks, e.g. `{ pillars: { initiatives: {
 * summary: … } } }` walks two. Components are walked through without counting.
 */
function relationDepth(strapi: Core.Strapi, schema: Schema, value: unknown): number {
  if (!value || typeof value !== 'object') return 0
  let deepest = 0
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    if (OPERATOR.test(key) || /^\d+$/.test(key)) { deepest = Math.max(deepest, relationDepth(strapi, schema, inner)); continue }
    const attribute = schema?.attributes[key]
    if (attribute?.type === 'relation' && attribute.target) deepest = Math.max(deepest, 1 + relationDepth(strapi, strapi.getModel(attribute.target as never) as Schema, inner))
    else if (attribute?.type === 'component' && attribute.component) deepest = Math.max(deepest, relationDepth(strapi, strapi.getModel(attribute.component as never) as Schema, inner))
  }
  return deepest
}

/** A sort as Strapi takes it (`a:asc`, `a.b.c:desc`, lists and objects) as a nested object. */
function sortAsObject(sort: unknown): unknown {
  if (typeof sort === 'string') {
    return sort.split(',').map((part) => part.split(':')[0]!.split('.').reduceRight<unknown>((inner, key) => ({ [key]: inner }), true))
  }
  if (Array.isArray(sort)) return sort.map(sortAsObject)
  return sort
}

const ACCOUNT_FIELDS = new Set(['createdBy', 'updatedBy'])

/** Removes the e-mail addresses of the accounts that made or last changed each entry. */
function withoutAccountEmails(value: unknown, depth: number): void {
  if (depth > 12 || !value || typeof value !== 'object') return
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    if (ACCOUNT_FIELDS.has(key) && inner && typeof inner === 'object') delete (inner as { email?: unknown }).email
    else withoutAccountEmails(inner, depth + 1)
  }
}

/**
 * A contributor's Content Manager reads (issue 13): conditions apply to the entries listed, not
 * to what is populated or filtered below them, so `populate[pillars][populate][articles]=*` on
 * their own initiative returned other initiatives' and the editors' drafts, and
 * `filters[pillars][initiatives][summary][$contains]=…` told unpublished text by its count.
 * For a contributor, a read populates nothing beyond what the Content Manager itself returns
 * (no `populate`: 400) and filters or sorts through at most one relation (deeper: 400). The
 * answer names who made and last changed an entry without their e-mail address (an editor's or
 * the super admin's address is a phishing and password-guessing target).
 */
export function confineContributorQueries(strapi: Core.Strapi): void {
  const check = async (ctx: Ctx, original: Action) => {
    if (!isContributor(ctx.state.user ?? null)) return original(ctx)
    const query = ctx.request.query ?? {}
    if (query.populate !== undefined) throw new errors.ValidationError('populate: contributors read entries as the Content Manager shows them.')
    const schema = ctx.params?.model ? (strapi.getModel(ctx.params.model as never) as Schema) : undefined
    if (relationDepth(strapi, schema, query.filters) > 1 || relationDepth(strapi, schema, sortAsObject(query.sort)) > 1) {
      throw new errors.ValidationError('filters and sort: contributors filter and sort through one relation at most.')
    }
    const answer = await original(ctx)
    withoutAccountEmails((ctx as Ctx & { body?: unknown }).body, 0)
    return answer
  }
  for (const [controller, actions] of [['collection-types', ['find', 'findOne']], ['single-types', ['find']]] as const) {
    for (const action of actions) guardControllerAction<Ctx>(strapi.plugin('content-manager').controller(controller), action, check)
  }
}
