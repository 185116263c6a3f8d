import type { Modules } from '@strapi/strapi'
import { errors } from '@strapi/utils'
import { isTimeZone } from '@sparks/shared'

const EVENT = 'api::event.event'

/**
 * An event's `timeZone` is one the platform can format in (a typo such as `Europe/Brusels` made
 * every page that lists the event answer 500): on every write, an unknown name is a 400.
 */
export function knownTimeZonesOnly(): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.uid !== EVENT || (context.action !== 'create' && context.action !== 'update')) return next()
    const data = (context.params as { data?: Record<string, unknown> }).data
    if (data && data.timeZone !== undefined && data.timeZone !== null && !isTimeZone(data.timeZone)) {
      throw new errors.ValidationError(`timeZone: "${String(data.timeZone).slice(0, 64)}" is not a time zone; use a name such as Europe/Brussels or UTC.`)
    }
    return next()
  }
}
