import type { Core } from '@strapi/strapi'

/**
 * Strapi's database layer refuses some filters a client writes (`filters[$or]=x`, a word where a
 * number belongs) with plain errors, which became 500s for visitors, partners and editors alike.
 * They are the sender's fault: 400 with the reason. Anything else is left to Strapi's handler.
 */
const REFUSED_QUERY = [/^Operator \$\w+ must be an array$/, /^Where must be an array or an object$/, /^Expected a valid Number, got /]

/** Operators that compare with one value: an object there reached the database as a binding. */
const SCALAR_OPERATORS = new Set(['$eq', '$eqi', '$ne', '$nei', '$lt', '$lte', '$gt', '$gte', '$contains', '$notContains', '$containsi', '$notContainsi', '$startsWith', '$startsWithi', '$endsWith', '$endsWithi', '$null', '$notNull'])
const LIST_OPERATORS = new Set(['$in', '$notIn', '$between'])

/**
 * What in a query string names a field or an operator: keys everywhere, and the names in
 * `fields`, `sort` and `populate` values. A name Object.prototype has (`__proto__`,
 * `constructor`, `toString`) passed Strapi's check of field names (`attributes[name]` finds it on
 * the prototype) and reached the database as a column: 500. None is a field of any type here.
 */
const NAMED_BY_VALUE = new Set(['fields', 'sort', 'populate'])
const isPrototypeName = (name: string) => name in Object.prototype

function problemIn(value: unknown, key: string | undefined, depth: number): string | undefined {
  if (depth > 40) return undefined
  if (key !== undefined && SCALAR_OPERATORS.has(key) && value !== null && typeof value === 'object') return `${key} takes one value, not an object or a list`
  if (key !== undefined && LIST_OPERATORS.has(key) && Array.isArray(value) && value.some((item) => item !== null && typeof item === 'object')) return `${key} takes a list of values`
  if (typeof value === 'string' && key !== undefined && NAMED_BY_VALUE.has(key)) {
    const name = value.split(/[,.:]/).find((part) => isPrototypeName(part.trim()))
    return name === undefined ? undefined : `"${name}" is not a field`
  }
  if (value === null || typeof value !== 'object') return undefined
  for (const [inner, innerValue] of Object.entries(value)) {
    if (isPrototypeName(inner)) return `"${inner}" is not a field or an operator`
    // A list's items take the list's key: fields[0]=a is `fields: ['a']`.
    const found = problemIn(innerValue, Array.isArray(value) ? key : inner, depth + 1)
    if (found) return found
  }
  return undefined
}

/** Errors the databases answer for a value or column a read named that does not fit: the sender's. */
const DATABASE_INPUT_ERRORS = [/^no such column: /, /^SQLite3 can only bind /]
const POSTGRES_INPUT_CODES = new Set(['42703', '22P02', '22007', '22008', '22003'])

const refuse = (ctx: { status: number; body: unknown }, message: string) => {
  ctx.status = 400
  ctx.body = { data: null, error: { status: 400, name: 'ValidationError', message: `Invalid query: ${message.slice(0, 160)}`, details: {} } }
}

const queryErrors: Core.MiddlewareFactory = () => async (ctx, next) => {
  const problem = problemIn(ctx.query, undefined, 0)
  if (problem) return refuse(ctx, problem)
  try {
    await next()
  } catch (error) {
    const message = error instanceof Error ? error.message : ''
    if ((error as { status?: unknown }).status !== undefined) throw error
    const reading = ctx.method === 'GET' || ctx.method === 'HEAD'
    const fromDatabase = DATABASE_INPUT_ERRORS.some((pattern) => pattern.test(message)) || POSTGRES_INPUT_CODES.has(String((error as { code?: unknown }).code))
    if (REFUSED_QUERY.some((pattern) => pattern.test(message))) return refuse(ctx, `filters: ${message}`)
    if (reading && fromDatabase) return refuse(ctx, 'a filter, field or sort does not fit the data')
    throw error
  }
}

export default queryErrors
