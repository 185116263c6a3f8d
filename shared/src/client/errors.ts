/** One error GraphQL reported, as the API sends it. */
export interface GraphqlErrorEntry {
  message: string
  path?: ReadonlyArray<string | number>
  extensions?: Record<string, unknown>
}

export type SparksApiErrorKind =
  /** the request never got an answer (DNS, refused connection, timeout) */
  | 'network'
  /** an answer that is not a GraphQL result (proxy error page, 429, 5xx) */
  | 'http'
  /** the API refused the query or failed to run it */
  | 'graphql'

/** Everything that can go wrong with a request to the Sparks API, told apart by `kind`. */
export class SparksApiError extends Error {
  override readonly name = 'SparksApiError'

  constructor(
    readonly kind: SparksApiErrorKind,
    message: string,
    readonly status?: number,
    readonly errors: readonly GraphqlErrorEntry[] = [],
    /** seconds to wait before trying again, when the API said so (429) */
    readonly retryAfter?: number,
  ) {
    super(message)
  }
}
