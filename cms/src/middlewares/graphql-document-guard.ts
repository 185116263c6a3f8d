import type { Core } from '@strapi/strapi'
import { Kind, parse, visit, type DocumentNode } from 'graphql'
import { GRAPHQL_MAX_TOKENS } from '../graphql/query-limits'
import { isGraphqlPath } from '../utils/route-path'

const BODY_LIMIT_BYTES = 256 * 1024

type Context = Parameters<Core.MiddlewareHandler>[0]

/**
 * Why a document must not reach the GraphQL server, or undefined. The plugin always runs
 * graphql-depth-limit, which follows fragment spreads without checking them: a spread of a
 * fragment that does not exist throws, and fragments that spread each other recurse until the
 * stack overflows; either way a 500, at no cost to the sender. graphql's own rules report both as
 * validation errors, but only after every rule, depth-limit included, has run.
 */
export function fragmentProblem(document: DocumentNode): string | undefined {
  const spreads = new Map<string, string[]>()
  const defined = new Set<string>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) defined.add(definition.name.value)
  }
  for (const definition of document.definitions) {
    const owner = definition.kind === Kind.FRAGMENT_DEFINITION ? definition.name.value : ''
    const found: string[] = []
    visit(definition, { FragmentSpread: (node) => { found.push(node.name.value) } })
    for (const name of found) if (!defined.has(name)) return `Unknown fragment "${name}".`
    if (owner) spreads.set(owner, found)
  }
  // Depth-first search for a cycle among the fragments.
  const state = new Map<string, 'visiting' | 'done'>()
  const cycleFrom = (name: string): string | undefined => {
    if (state.get(name) === 'done') return undefined
    if (state.get(name) === 'visiting') return name
    state.set(name, 'visiting')
    for (const next of spreads.get(name) ?? []) {
      const cycle = cycleFrom(next)
      if (cycle) return cycle
    }
    state.set(name, 'done')
    return undefined
  }
  for (const name of spreads.keys()) {
    const cycle = cycleFrom(name)
    if (cycle) return `Cannot spread fragment "${cycle}" within itself.`
  }
  return undefined
}

function queriesIn(body: unknown): unknown[] {
  if (Array.isArray(body)) return body.map((item) => (item as { query?: unknown } | null)?.query)
  return [(body as { query?: unknown } | null)?.query]
}

function refuse(ctx: Context, status: number, message: string) {
  ctx.status = status
  const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'GRAPHQL_VALIDATION_FAILED'
  ctx.body = { errors: [{ message, extensions: { code } }] }
}

/** Reads a JSON body up to the limit; prototype keys are refused as the plugin's parser does. */
async function readJson(ctx: Context): Promise<{ body?: unknown; status?: number; message?: string }> {
  const declared = Number(ctx.get('content-length'))
  if (declared > BODY_LIMIT_BYTES) return { status: 413, message: 'Request body too large.' }
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > BODY_LIMIT_BYTES) return { status: 413, message: 'Request body too large.' }
    chunks.push(chunk)
  }
  try {
    const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'), (key, value) => {
      if (key === '__proto__' || (key === 'constructor' && value && typeof value === 'object' && 'prototype' in value)) throw new Error('prototype key')
      return value
    })
    if (body === null || typeof body !== 'object') return { status: 400, message: 'The body must be a JSON object or array.' }
    return { body }
  } catch {
    return { status: 400, message: 'The body is not valid JSON.' }
  }
}

/** The one body type the GraphQL server needs: `{ "query": … }` as JSON (uploads are off). */
const isJsonBody = (contentType: string) => contentType.split(';')[0]!.trim().toLowerCase() === 'application/json'

/**
 * Checks GraphQL documents (GET and JSON POST, batches too) for unknown or cyclic fragment
 * spreads before the GraphQL server sees them, and answers 400. A JSON POST body is read here,
 * within the same 256 kB limit, and handed on parsed (the plugin's parser then leaves it).
 * POST bodies of any other type are refused with 415: the plugin's own parser also reads
 * url-encoded forms, and Strapi's body parser (which skips only the exact URL `/graphql`)
 * multipart and text, and each was a way to hand the GraphQL server a document unchecked.
 * Every spelling of the endpoint the router accepts (`/GraphQL`, `/graphql/`) is covered.
 */
const graphqlDocumentGuard: Core.MiddlewareFactory = () => async (ctx, next) => {
  if (!isGraphqlPath(ctx.path)) return next()
  let queries: unknown[] = []
  if (ctx.method === 'GET') {
    queries = [ctx.query.query]
  } else if (ctx.method === 'POST' && !['', 'identity'].includes(ctx.get('content-encoding').toLowerCase())) {
    // A compressed body would reach the plugin's parser unchecked; nobody needs to send one.
    return refuse(ctx, 415, 'Compressed request bodies are not accepted; send plain JSON.')
  } else if (ctx.method === 'POST' && !isJsonBody(ctx.get('content-type'))) {
    return refuse(ctx, 415, 'Send GraphQL as GET /graphql?query=… or POST with Content-Type: application/json.')
  } else if (ctx.method === 'POST' && ctx.request.body === undefined) {
    const { body, status, message } = await readJson(ctx)
    if (status) return refuse(ctx, status, message!)
    ctx.request.body = body
    queries = queriesIn(body)
  } else if (ctx.method === 'POST') {
    queries = queriesIn(ctx.request.body)
  }
  for (const query of queries) {
    if (typeof query !== 'string') continue
    let document: DocumentNode
    try { document = parse(query, { maxTokens: GRAPHQL_MAX_TOKENS }) } catch { continue /* the GraphQL server reports syntax errors and size */ }
    const problem = fragmentProblem(document)
    if (problem) return refuse(ctx, 400, problem)
  }
  return next()
}

export default graphqlDocumentGuard
