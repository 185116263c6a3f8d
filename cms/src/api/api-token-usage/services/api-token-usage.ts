import { factories } from '@strapi/strapi'

// Private: no routes and no GraphQL type; platform editors read it in the Content Manager.
export default factories.createCoreService('api::api-token-usage.api-token-usage')
