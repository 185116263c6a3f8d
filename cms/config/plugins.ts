import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled'
import type { Core } from '@strapi/strapi'
import { graphqlCostLimits, queryCostPlugin } from '../src/graphql/query-cost'
import { GRAPHQL_MAX_TOKENS, graphqlLimits, queryLimitsRule } from '../src/graphql/query-limits'
import { requiredSecret } from '../src/utils/required-secret'

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  'graphql': {
    enabled: true,
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      // The plugin's own limits are unbounded unless set.
      depthLimit: graphqlLimits.maxDepth,
      defaultLimit: graphqlCostLimits.defaultPageSize,
      maxLimit: graphqlCostLimits.maxPageSize,
      // No landing page anywhere: Apollo's, in development and production alike, loads an
      // unpinned script from Apollo's CDN, and the site has its own API guide. `false` would
      // only swap in Apollo's production page; a function's plugin replaces it.
      landingPage: () => ApolloServerPluginLandingPageDisabled(),
      apolloServer: {
        // Added to the plugin's own depth rule (the plugin concatenates arrays): depth, aliases,
        // fields and introspection in one pass over the document.
        validationRules: [queryLimitsRule(graphqlLimits)],
        // Estimated entries per request, with the request's variables (page sizes multiply).
        plugins: [queryCostPlugin(graphqlCostLimits)],
        // The parser stops early on a document far larger than any real query.
        parseOptions: { maxTokens: GRAPHQL_MAX_TOKENS },
        introspection: true,
        // The API is read-only and never uses cookies, so there is nothing for CSRF to abuse;
        // Apollo's check would refuse the plain GETs that partners' caches send.
        csrfPrevention: false,
        cors: { origin: '*', credentials: false },
        // The plugin parses its own bodies (koa-bodyparser, 1 MB by default): hold GraphQL to the
        // same 256 kB as the rest of the API, answered with 413.
        bodyParserConfig: { jsonLimit: '256kb', formLimit: '256kb', textLimit: '256kb' },
      },
    },
  },
  'email': {
    config: {
      // Real SMTP everywhere: `npm start` and the tests run a local mail server (scripts/mailbox.mts).
      provider: 'nodemailer',
      providerOptions: {
        host: env('SMTP_HOST', '127.0.0.1'),
        port: env.int('SMTP_PORT', 1025),
        secure: env.bool('SMTP_SECURE', false),
        ...(env('SMTP_USERNAME') ? { auth: { user: env('SMTP_USERNAME'), pass: env('SMTP_PASSWORD') } } : {}),
      },
      settings: {
        defaultFrom: env('MAIL_FROM', 'Sparks <no-reply@sparks.localhost>'),
        defaultReplyTo: env('MAIL_REPLY_TO', 'team@sparks.localhost'),
      },
    },
  },
  'users-permissions': {
    config: {
      jwtSecret: requiredSecret('JWT_SECRET', env('JWT_SECRET')),
      register: { allowedFields: [] },
    },
  },
})
