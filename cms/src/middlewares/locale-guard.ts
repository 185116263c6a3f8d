import type { Core } from '@strapi/strapi'
import { isLocale } from '@sparks/shared'
import { isContentApiPath } from '../utils/route-path'

/**
 * A content API request for a locale the platform does not have gets a 400 that says so,
 * instead of Strapi's silent fallback to an empty or default-language answer.
 */
const localeGuard: Core.MiddlewareFactory = () =>
  async (ctx, next) => {
    const locale = ctx.query?.locale
    if (isContentApiPath(ctx.path) && locale !== undefined && locale !== '*' && !isLocale(locale)) {
      ctx.status = 400
      ctx.body = {
        data: null,
        error: { status: 400, name: 'ValidationError', message: `Unknown locale "${String(locale)}". Use one of the codes GET /api/i18n/locales lists.`, details: {} },
      }
      return
    }
    await next()
  }

export default localeGuard
