// Domain constants only, so the site's browser bundle stays small; form schemas (zod) are
// imported from '@sparks/shared/forms' and GraphQL documents from '@sparks/shared/graphql'.
export * from './domain/index.js'
