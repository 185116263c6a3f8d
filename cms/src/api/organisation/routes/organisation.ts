import { factories } from '@strapi/strapi'

// Read-only: the public API only finds; editors write through the admin.
export default factories.createCoreRouter('api::organisation.organisation', { only: ['find', 'findOne'] })
