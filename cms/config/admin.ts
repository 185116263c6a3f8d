import type { Core } from '@strapi/strapi'
import { requiredSecret } from '../src/utils/required-secret'

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: {
    secret: requiredSecret('ADMIN_JWT_SECRET', env('ADMIN_JWT_SECRET')),
  },
  apiToken: {
    salt: requiredSecret('API_TOKEN_SALT', env('API_TOKEN_SALT')),
  },
  transfer: {
    token: {
      salt: requiredSecret('TRANSFER_TOKEN_SALT', env('TRANSFER_TOKEN_SALT')),
    },
  },
  secrets: {
    encryptionKey: requiredSecret('ENCRYPTION_KEY', env('ENCRYPTION_KEY')),
  },
  flags: {
    nps: false,
    promoteEE: false,
  },
})
