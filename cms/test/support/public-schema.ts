import { buildClientSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema, type IntrospectionQuery } from 'graphql'

/**
 * The public GraphQL schema as an anonymous client sees it, printed in a stable order. The same
 * function writes shared/schema.graphql and checks in the tests that the committed file is current.
 */
export async function fetchPublicSchema(cmsUrl: string): Promise<string> {
  const response = await fetch(`${cmsUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: getIntrospectionQuery({ descriptions: true }) }),
  })
  const body = (await response.json()) as { data?: IntrospectionQuery; errors?: unknown }
  if (!response.ok || !body.data) throw new Error(`Introspection failed: ${response.status} ${JSON.stringify(body.errors)}`)
  return `${printSchema(lexicographicSortSchema(buildClientSchema(body.data)))}\n`
}
