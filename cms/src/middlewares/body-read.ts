import type { Core } from '@strapi/strapi'

/** Marks that `strapi::body` parsed the request (see global::body-errors). */
const bodyRead: Core.MiddlewareFactory = () => async (ctx, next) => {
  ctx.state.bodyRead = true
  await next()
}

export default bodyRead
