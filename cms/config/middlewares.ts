import type { Core } from '@strapi/strapi'

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  {
    // Public reads from any origin, never with credentials.
    name: 'strapi::cors',
    config: {
      origin: env.array('CORS_ORIGINS', ['*']),
      credentials: false,
      // Strapi's defaults, plus the English-fallback switch a partner's page may send.
      headers: ['Content-Type', 'Authorization', 'Origin', 'Accept', 'X-Locale-Fallback'],
    },
  },
  'strapi::poweredBy',
  'strapi::query',
  // Unreadable bodies (broken multipart, bad JSON) are 400s, not 500s: see body-errors.ts.
  'global::body-errors',
  {
    name: 'strapi::body',
    config: { jsonLimit: '256kb', formLimit: '256kb', textLimit: '256kb', formidable: { maxFileSize: 50 * 1024 * 1024 } },
  },
  'global::body-read',
  'strapi::session',
  // Strapi requires this middleware; without a favicon file in cms/ it answered /favicon.ico with a 500.
  { name: 'strapi::favicon', config: { path: 'favicon.png' } },
  'strapi::public',
  'global::rate-limit',
  // Filters the database layer refuses (`filters[$or]=x`, a word for a number) are 400s, not 500s.
  'global::query-errors',
  'global::graphql-document-guard',
  'global::locale-guard',
  'global::graphql-http-cache',
  // Bench only (`pnpm bench`): SQL statements per request in a response header.
  ...(env.bool('CMS_COUNT_SQL_STATEMENTS', false) ? ['global::sql-statement-count'] : []),
]
