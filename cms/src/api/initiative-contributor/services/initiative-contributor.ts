import { factories } from '@strapi/strapi'

// Private: no routes and no GraphQL type, so nothing here is reachable through the public API.
export default factories.createCoreService('api::initiative-contributor.initiative-contributor')
