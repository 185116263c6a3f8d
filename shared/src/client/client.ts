import { print } from 'graphql'
import type { TadaDocumentNode } from 'gql.tada'
import { SparksApiError, type GraphqlErrorEntry } from './errors.js'

export interface SparksClientOptions {
  /** the GraphQL endpoint, e.g. https://cms.example.org/graphql */
  url: string
  /** a read-only partner token, for higher limits */
  token?: string
  /** GET (the default) lets HTTP caches and CDNs keep answers; POST suits very long queries */
  method?: 'GET' | 'POST'
  fetch?: typeof fetch
}

export interface SparksClient {
  query<Result, Variables extends Record<string, unknown>>(document: TadaDocumentNode<Result, Variables>, variables: Variables): Promise<Result>
}

/**
 * A small typed client for the Sparks GraphQL API: pass one of the shared documents and its
 * variables, get its typed result back or a SparksApiError that says what went wrong.
 */
export function createSparksClient(options: SparksClientOptions): SparksClient {
  const send = options.fetch ?? fetch
  const method = options.method ?? 'GET'
  return {
    async query<Result, Variables extends Record<string, unknown>>(document: TadaDocumentNode<Result, Variables>, variables: Variables): Promise<Result> {
      const query = print(document)
      const headers: Record<string, string> = { accept: 'application/json' }
      if (options.token) headers.authorization = `Bearer ${options.token}`
      let request: Request
      if (method === 'GET') {
        const url = new URL(options.url)
        url.searchParams.set('query', query)
        url.searchParams.set('variables', JSON.stringify(variables))
        request = new Request(url, { method, headers })
      } else {
        request = new Request(options.url, { method, headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) })
      }

      let response: Response
      try {
        response = await send(request)
      } catch (cause) {
        throw new SparksApiError('network', `Could not reach ${options.url}: ${(cause as Error).message}`)
      }
      let body: { data?: unknown; errors?: GraphqlErrorEntry[] } | undefined
      try {
        body = (await response.json()) as typeof body
      } catch {
        body = undefined
      }
      if (body?.errors?.length) {
        throw new SparksApiError('graphql', body.errors.map((error) => error.message).join('; '), response.status, body.errors)
      }
      if (!response.ok || body?.data === undefined || body.data === null) {
        const retryAfter = Number(response.headers.get('retry-after')) || undefined
        throw new SparksApiError('http', `The API answered ${response.status} ${response.statusText}`.trim(), response.status, [], retryAfter)
      }
      // The document's type is the contract: the API answered this very query.
      return body.data as Result
    },
  }
}
