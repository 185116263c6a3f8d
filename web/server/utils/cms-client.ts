import { Client, fetchExchange } from '@urql/core'
import type { TadaDocumentNode } from 'gql.tada'
import { isLocale, DEFAULT_LOCALE, type Locale } from '@sparks/shared'

let client: Client | undefined

/** One urql client for the server; the CMS URL comes from runtime config (NUXT_CMS_URL). */
function cmsClient(): Client {
  const config = useRuntimeConfig()
  client ??= new Client({
    url: `${config.cmsUrl.replace(/\/$/, '')}/graphql`,
    exchanges: [fetchExchange],
    preferGetMethod: false,
    requestPolicy: 'network-only',
  })
  return client
}

export class CmsError extends Error {
  constructor(message: string, override readonly cause?: unknown) {
    super(message)
    this.name = 'CmsError'
  }
}

/**
 * Runs one shared document against the CMS. A CMS that is down or refuses the query is a 502.
 * With an editor's preview token (from the admin's preview button) the CMS answers with drafts.
 * Every read asks for the English fallback (see cms/src/i18n/locale-fallback.ts) unless
 * `onlyLanguage` is set: the visitor chose entries in their own language only.
 */
export async function cmsQuery<Result, Variables extends Record<string, unknown>>(
  document: TadaDocumentNode<Result, Variables>,
  variables: Variables,
  options: { previewToken?: string; onlyLanguage?: boolean } = {},
): Promise<Result> {
  const config = useRuntimeConfig()
  const headers: Record<string, string> = {
    // The site's own server is exempt from the CMS's per-client rate limit.
    ...(config.cmsSiteKey ? { 'x-sparks-site-key': config.cmsSiteKey } : {}),
    ...(options.previewToken ? { 'x-sparks-preview': options.previewToken } : {}),
    // Entries with no version in the visitor's language come in English, in the same list.
    ...(options.onlyLanguage ? {} : { 'x-locale-fallback': DEFAULT_LOCALE }),
  }
  const result = await cmsClient().query(document, variables, { fetchOptions: { headers } }).toPromise()
  if (result.error || !result.data) {
    throw createError({ statusCode: 502, statusMessage: 'The content service did not answer', cause: new CmsError(result.error?.message ?? 'No data', result.error) })
  }
  return result.data
}

export function localeParam(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE
}
