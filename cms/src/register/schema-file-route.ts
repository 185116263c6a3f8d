import { readFileSync } from 'node:fs'
import type { Core } from '@strapi/strapi'

/**
 * The published GraphQL contract at a stable URL, GET /graphql/schema.graphql: the committed
 * shared/schema.graphql, which the tests keep identical to the live schema.
 */
export function serveSchemaFile(strapi: Core.Strapi): void {
  const schema = readFileSync(require.resolve('@sparks/shared/schema.graphql'), 'utf8')
  strapi.server.routes([
    {
      method: 'GET',
      path: '/graphql/schema.graphql',
      handler: (ctx) => {
        ctx.set('Content-Type', 'text/plain; charset=utf-8')
        ctx.set('Cache-Control', 'public, max-age=300')
        ctx.body = schema
      },
      config: { auth: false },
    },
  ])
}
