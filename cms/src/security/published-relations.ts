import { errors } from '@strapi/utils'

/** What the rewrite needs to know of the content model (database metadata, by uid). */
export interface RelationModel {
  /** The uid a relation, component or media attribute leads to, if `key` is one. */
  targetOf(uid: string, key: string): string | undefined
  /** Whether rows of `uid` can be drafts (draft and publish on). */
  hasDrafts(uid: string): boolean
}

type Where = unknown
type Record_ = Record<string, unknown>

export const UPLOAD_FILE = 'plugin::upload.file'
const PUBLISHED = { publishedAt: { $notNull: true } }
const GROUP = new Set(['$and', '$or'])

const isRecord = (value: unknown): value is Record_ =>
  typeof value === 'object' && value !== null && [Object.prototype, null].includes(Object.getPrototypeOf(value))

/**
 * The shape Strapi's query builder gives a relation's value (`processRelationWhere`): a bare value
 * or a single non-group operator compares the related row's id.
 */
function relationLevel(value: unknown): Where {
  if (!isRecord(value)) return { id: value }
  const keys = Object.keys(value)
  if (keys.length > 0 && keys.every((key) => key.startsWith('$')) && !(keys.length === 1 && GROUP.has(keys[0]!))) return { id: value }
  return value
}

/**
 * One relation level: the related row must be published (when its type has drafts) AND match.
 * Both sit in one `$and` under the relation key, so Strapi joins the target once and tests the two
 * conditions on the same row.
 */
function throughRelation(model: RelationModel, target: string, value: unknown, negated: boolean): Where {
  const level = relationLevel(value)
  const inner = negated ? negate(model, target, level) : publishedRelationsWhere(model, target, level)
  return { $and: model.hasDrafts(target) ? [PUBLISHED, inner] : [inner] }
}

/**
 * `$not` pushed below every relation it covers. Strapi joins relations (LEFT JOIN) and tests the
 * joined rows, so `$not: { organisations: … }` above the join would be true on every draft row
 * and tell an unpublished link from none; below it, a draft row fails like a missing one.
 */
function negate(model: RelationModel, uid: string, where: Where): Where {
  if (Array.isArray(where)) return { $or: where.map((part) => negate(model, uid, part)) }
  if (!isRecord(where)) return { $not: where }
  const parts = Object.entries(where).map(([key, value]): Where => {
    if (key === '$and' && Array.isArray(value)) return { $or: value.map((part) => negate(model, uid, part)) }
    if (key === '$or' && Array.isArray(value)) return { $and: value.map((part) => negate(model, uid, part)) }
    if (key === '$not') return publishedRelationsWhere(model, uid, value)
    const target = model.targetOf(uid, key)
    if (target) return { [key]: throughRelation(model, target, value, true) }
    return { $not: { [key]: value } }
  })
  return parts.length === 1 ? parts[0] : { $or: parts }
}

/**
 * A content-API `where` in which every relation filter, at every depth (through components and
 * media too), matches published rows only, and no negation sits above a relation. Draft rows, draft
 * edits and unpublished locales (reached through `localizations`, which joins every row of the
 * document) then answer exactly as if they did not exist.
 */
export function publishedRelationsWhere(model: RelationModel, uid: string, where: Where): Where {
  if (Array.isArray(where)) return where.map((part) => publishedRelationsWhere(model, uid, part))
  if (!isRecord(where)) return where
  const rewritten: Record_ = {}
  const negations: Where[] = []
  for (const [key, value] of Object.entries(where)) {
    if (GROUP.has(key) && Array.isArray(value)) rewritten[key] = value.map((part) => publishedRelationsWhere(model, uid, part))
    else if (key === '$not') negations.push(negate(model, uid, value))
    else {
      const target = model.targetOf(uid, key)
      rewritten[key] = target ? throughRelation(model, target, value, false) : value
    }
  }
  if (negations.length > 0) rewritten.$and = [...((rewritten.$and as Where[] | undefined) ?? []), ...negations]
  return rewritten
}

/**
 * A sort through a relation orders by the joined rows, drafts included, and Strapi's sort joins
 * take no condition: refused, whatever the depth (components and media are followed).
 */
export function refuseRelationSort(model: RelationModel, uid: string, orderBy: unknown): void {
  if (Array.isArray(orderBy)) {
    for (const part of orderBy) refuseRelationSort(model, uid, part)
    return
  }
  if (!isRecord(orderBy)) return
  for (const [key, value] of Object.entries(orderBy)) {
    const target = model.targetOf(uid, key)
    if (!target) continue
    if (model.hasDrafts(target)) throw new errors.ValidationError(`Sorting on the relation "${key}" is not available`)
    refuseRelationSort(model, target, value)
  }
}

/**
 * Populate options with their own `where` and `orderBy` (REST `populate[x][filters]`, GraphQL
 * arguments of a relation field) held to the same rules. A file's uses (`related`, a morph
 * relation to entries of any type and status) are never populated.
 */
export function publishedRelationsPopulate(model: RelationModel, uid: string, populate: unknown): unknown {
  if (uid === UPLOAD_FILE) return undefined
  if (!isRecord(populate)) return populate
  const rewritten: Record_ = {}
  for (const [key, value] of Object.entries(populate)) {
    const target = model.targetOf(uid, key)
    rewritten[key] = target && isRecord(value) ? publishedRelationsOptions(model, target, value) : value
  }
  return rewritten
}

function publishedRelationsOptions(model: RelationModel, uid: string, options: Record_): Record_ {
  const rewritten: Record_ = { ...options }
  if (options.where !== undefined) rewritten.where = publishedRelationsWhere(model, uid, options.where)
  if (options.orderBy !== undefined) refuseRelationSort(model, uid, options.orderBy)
  if (options.populate !== undefined) rewritten.populate = publishedRelationsPopulate(model, uid, options.populate)
  if (rewritten.populate === undefined) delete rewritten.populate
  if (isRecord(options.on)) {
    // Dynamic zones and morph relations: one set of options per component or type.
    rewritten.on = Object.fromEntries(Object.entries(options.on).map(([member, sub]) => [member, isRecord(sub) ? publishedRelationsOptions(model, member, sub) : sub]))
  }
  return rewritten
}
