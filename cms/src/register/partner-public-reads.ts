import type { Core } from '@strapi/strapi'
import { errors } from '@strapi/utils'
import { PUBLIC_ACTIONS } from '../bootstrap/public-permissions'

interface AuthState { strategy?: { name?: string }; credentials?: { type?: string } | null }
interface AuthConfig { scope?: string | string[] }
interface AuthService { verify(auth: AuthState | undefined, config?: AuthConfig | false): Promise<unknown> }

const scopesOf = (config: AuthConfig | false | undefined): string[] => {
  if (!config || config.scope === undefined) return []
  return Array.isArray(config.scope) ? config.scope : [config.scope]
}

/**
 * A read-only partner token reads what anonymous visitors read. Strapi lets a read-only token
 * through only to actions named `find` or `findOne`, so `GET /api/i18n/locales` (listLocales),
 * which the public role holds, answered a partner 403 and anonymous visitors 200. Here a
 * read-only token Strapi refused is let through when every scope is one the public role is given
 * (PUBLIC_ACTIONS); an expired or unknown token is still refused as before.
 */
export function partnersReadWhatVisitorsRead(strapi: Core.Strapi): void {
  const auth = strapi.get('auth') as AuthService
  const verify = auth.verify.bind(auth)
  auth.verify = async (state, config) => {
    try {
      return await verify(state, config)
    } catch (error) {
      const scopes = scopesOf(config)
      const readOnlyToken = state?.strategy?.name === 'content-api-token' && state.credentials?.type === 'read-only'
      if (error instanceof errors.ForbiddenError && !(error instanceof errors.PolicyError) && readOnlyToken && scopes.length > 0 && scopes.every((scope) => PUBLIC_ACTIONS.includes(scope))) return undefined
      throw error
    }
  }
}
