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

/** GraphQL error codes that mean the request was wrong (a 400 here), not that the CMS failed (5xx). */
const BAD_INPUT_CODES = new Set(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED'])

export class CmsError extends Error {
  constructor(message: string, override readonly cause?: unknown) {
    super(message)
    this.name = 'CmsError'
  }
}

/**
 * Runs one shared document against the CMS. Variables the CMS calls bad input are a 400; a CMS
 * that does not answer is a 503; one that answers with a failure is a 502.
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
  if (result.error && !result.error.networkError && result.error.graphQLErrors.every((error) => BAD_INPUT_CODES.has(String(error.extensions?.code)))) {
    throw createError({ statusCode: 400, statusMessage: 'The content service refused these variables', cause: new CmsError(result.error.message, result.error) })
  }
  if (result.error || !result.data) {
    // No answer at all (refused, unreachable, timed out): the CMS is down, 503. It answered, but
    // with a failure or no data: an upstream failure, 502.
    const unreachable = Boolean(result.error?.networkError) && !result.error?.response
    throw createError(unreachable
      ? { statusCode: 503, statusMessage: 'The content service is unavailable', cause: new CmsError(result.error?.message ?? 'Unreachable', result.error) }
      : { statusCode: 502, statusMessage: 'The content service failed', cause: new CmsError(result.error?.message ?? 'No data', result.error) })
  }
  return result.data
}

export function localeParam(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE
}
