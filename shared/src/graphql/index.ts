export * from './graphql.js'
export * from './fragments.js'
export * from './queries.js'
export * as queries from './queries.js'
