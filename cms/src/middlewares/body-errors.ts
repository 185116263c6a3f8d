import type { Core } from '@strapi/strapi'

/**
 * A request body the parser cannot read (a truncated multipart stream, a broken boundary, bad
 * JSON) is the sender's fault: 400, or the parser's own 4xx such as 413. Strapi's body parser
 * throws plain errors for these, which became 500s. Placed just before `strapi::body`; its
 * partner `global::body-read`, placed just after, marks that parsing went through, so errors from
 * the routes themselves are left alone.
 */
const bodyErrors: Core.MiddlewareFactory = () => async (ctx, next) => {
  try {
    await next()
  } catch (error) {
    if (ctx.state.bodyRead) throw error
    const status = (error as { status?: unknown; httpCode?: unknown }).status ?? (error as { httpCode?: unknown }).httpCode
    ctx.status = typeof status === 'number' && status >= 400 && status < 500 ? status : 400
    ctx.body = { data: null, error: { status: ctx.status, name: ctx.status === 413 ? 'PayloadTooLargeError' : 'BadRequestError', message: ctx.status === 413 ? 'The request body is too large.' : 'The request body could not be read.', details: {} } }
  }
}

export default bodyErrors
