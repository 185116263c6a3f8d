import type { Core } from '@strapi/strapi'

/**
 * Strapi's database layer refuses some filters a client writes (`filters[$or]=x`, a word where a
 * number belongs) with plain errors, which became 500s for visitors, partners and editors alike.
 * They are the sender's fault: 400 with the reason. Anything else is left to Strapi's handler.
 */
const REFUSED_QUERY = [/^Operator \$\w+ must be an array$/, /^Where must be an array or an object$/, /^Expected a valid Number, got /]

const queryErrors: Core.MiddlewareFactory = () => async (ctx, next) => {
  try {
    await next()
  } catch (error) {
    const message = error instanceof Error ? error.message : ''
    if ((error as { status?: unknown }).status !== undefined || !REFUSED_QUERY.some((pattern) => pattern.test(message))) throw error
    ctx.status = 400
    ctx.body = { data: null, error: { status: 400, name: 'ValidationError', message: `Invalid filters: ${message.slice(0, 120)}`, details: {} } }
  }
}

export default queryErrors
