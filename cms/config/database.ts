import path from 'node:path'
import type { Core } from '@strapi/strapi'

/** SQLite by default; PostgreSQL with DATABASE_CLIENT=postgres and DATABASE_URL or DATABASE_*. */
export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const client = env.oneOf('DATABASE_CLIENT', ['sqlite', 'postgres'], 'sqlite')
  if (client === 'postgres') {
    const ssl = env.bool('DATABASE_SSL', false) ? { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) } : false
    const schema = env('DATABASE_SCHEMA', 'public')
    return {
      connection: {
        client: 'postgres',
        connection: {
          // node-postgres lets values in the URL win over the separate fields below.
          connectionString: env('DATABASE_URL') || undefined,
          host: env('DATABASE_HOST', '127.0.0.1'),
          port: env.int('DATABASE_PORT', 5432),
          database: env('DATABASE_NAME', 'sparks'),
          user: env('DATABASE_USERNAME', 'sparks'),
          password: env('DATABASE_PASSWORD', ''),
          schema,
          ssl,
        },
        pool: { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      },
    }
  }
  return {
    connection: {
      client: 'sqlite',
      connection: {
        filename: path.resolve(process.cwd(), env('DATABASE_FILENAME', 'database/sparks.db')),
      },
      useNullAsDefault: true,
    },
  }
}
